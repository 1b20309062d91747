package kexuereader.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kexuereader.ingest.SeriesRules;
import kexuereader.ingest.TextKeys;
import kexuereader.model.Article;
import kexuereader.model.MonthDay;

/**
 * The whole merge of a set of stored entries, in memory: per month-day block, the entries that are one
 * article ({@link Merger}), their ids ({@link ArticleIds}) and the articles ({@link ArticleBuilder}). The
 * library runs the same steps on the blocks an import touches; the golden merge cases run this.
 */
public final class Merge {

    private Merge() {
    }

    /** The articles the entries make, block by block in month-day order, each block in cluster order. */
    public static List<Article> articles(List<StoredEntry> entries, SeriesRules rules) {
        Map<MonthDay, List<MergeKey>> blocks = new TreeMap<>();
        Map<Long, StoredEntry> byId = new java.util.HashMap<>();
        for (StoredEntry s : entries) {
            byId.put(s.id(), s);
            var e = s.entry();
            blocks.computeIfAbsent(MonthDay.of(e.date()), k -> new ArrayList<>())
                    .add(new MergeKey(s.id(), s.sourceSha(), s.ordinal(), TextKeys.titleKey(e.title()),
                            TextKeys.excerptHead(e.paragraphs()), e.date().year(), e.date().month(),
                            e.date().day()));
        }
        List<Article> articles = new ArrayList<>();
        for (List<MergeKey> block : blocks.values()) {
            List<List<MergeKey>> clusters = Merger.cluster(block);
            List<String> ids = ArticleIds.assign(clusters);
            for (int i = 0; i < clusters.size(); i++) {
                articles.add(ArticleBuilder.build(ids.get(i), clusters.get(i).stream().map(k -> byId.get(k.entryId()))
                        .toList(), rules));
            }
        }
        return articles;
    }
}
