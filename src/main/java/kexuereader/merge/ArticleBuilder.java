package kexuereader.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kexuereader.ingest.DerivedTitle;
import kexuereader.ingest.SeriesRules;
import kexuereader.ingest.TextKeys;
import kexuereader.model.Article;
import kexuereader.model.Content;
import kexuereader.model.Entry;
import kexuereader.model.PublishDate;
import kexuereader.model.ReaderCount;
import kexuereader.model.SeriesPart;

/**
 * Derives one {@link Article} from the entries the merge put together: the newest title (the one seen with the
 * most readers, as counts only grow for one article), the other titles as aliases, the highest reader count
 * with every count kept per source, the body (a full page's over any excerpt, see {@link ArticleFacts}), and the
 * series the title names.
 */
public final class ArticleBuilder {

    private static final Comparator<StoredEntry> CANONICAL = Comparator.comparing(StoredEntry::sourceSha)
            .thenComparingInt(StoredEntry::ordinal).thenComparingLong(StoredEntry::id);

    /** Titled entries, best title first: most readers, then the longer title (X later became X(上)). */
    private static final Comparator<StoredEntry> TITLE_ORDER = Comparator
            .comparing((StoredEntry e) -> e.entry().readers() == null ? -1 : e.entry().readers(),
                    Comparator.reverseOrder())
            .thenComparing(e -> e.entry().title().length(), Comparator.reverseOrder())
            .thenComparing(e -> TextKeys.titleKey(e.entry().title()))
            .thenComparing(CANONICAL);

    private ArticleBuilder() {
    }

    public static Article build(String id, List<StoredEntry> entries, SeriesRules rules) {
        List<StoredEntry> members = new ArrayList<>(entries);
        members.sort(CANONICAL);

        List<StoredEntry> titled = members.stream().filter(e -> e.entry().hasTitle()).sorted(TITLE_ORDER).toList();
        String title = titled.isEmpty() ? null : titled.get(0).entry().title();
        String titleKey = TextKeys.titleKey(title);
        Map<String, String> aliasByKey = new TreeMap<>();
        for (StoredEntry e : titled) {
            String key = TextKeys.titleKey(e.entry().title());
            if (!key.equals(titleKey)) {
                aliasByKey.putIfAbsent(key, e.entry().title());
            }
        }

        Entry body = ArticleFacts.body(members);

        PublishDate date = members.get(0).entry().date();
        for (StoredEntry e : members) {
            if (e.entry().date().isYearKnown()) {
                date = e.entry().date();
                break;
            }
        }

        Map<String, Integer> bySource = new TreeMap<>();
        Map<String, Integer> perSourceSha = new LinkedHashMap<>();
        List<ReaderCount> history = new ArrayList<>();
        Integer readers = null;
        for (StoredEntry e : members) {
            Integer r = e.entry().readers();
            bySource.putIfAbsent(e.sourceName(), 0);
            if (r == null) {
                continue;
            }
            readers = readers == null ? r : Math.max(readers, r);
            perSourceSha.merge(e.sourceSha() + "\u0000" + e.sourceName(), r, Math::max);
        }
        for (Map.Entry<String, Integer> m : perSourceSha.entrySet()) {
            history.add(new ReaderCount(m.getKey().substring(m.getKey().indexOf('\u0000') + 1), m.getValue()));
        }
        history.sort(Comparator.comparing(ReaderCount::source).thenComparingInt(ReaderCount::readers));

        SeriesPart series = null;
        if (title != null) {
            series = rules.match(title).orElse(null);
            if (series == null) {
                for (String alias : aliasByKey.values()) {
                    series = rules.match(alias).orElse(null);
                    if (series != null) {
                        break;
                    }
                }
            }
        }

        String display = title != null ? title : DerivedTitle.from(body.paragraphs());
        Content content = body.content();
        return new Article(id, title, display, List.copyOf(aliasByKey.values()), date, readers, history, series,
                content != Content.FULL, List.copyOf(bySource.keySet()), body.paragraphs(), content, body.blocks(),
                ArticleFacts.post(members));
    }
}
