package kexuereader.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kexuereader.model.Article;
import kexuereader.model.ReaderCount;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Every field of every article as YAML, for comparing libraries in tests. (The user-facing export lives in
 * the CLI; this one only needs to be complete and deterministic.)
 */
final class ExportFixture {

    private ExportFixture() {
    }

    static String export(Library library) {
        List<Object> list = new ArrayList<>();
        for (Article a : library.allArticles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("title", a.title());
            m.put("display_title", a.displayTitle());
            m.put("aliases", new ArrayList<>(a.aliases()));
            m.put("date", a.date().display());
            m.put("year_known", a.date().isYearKnown());
            m.put("readers", a.readers());
            List<Object> history = new ArrayList<>();
            for (ReaderCount r : a.readerHistory()) {
                history.add(r.source() + ": " + r.readers());
            }
            m.put("reader_history", history);
            m.put("series", a.series() == null ? null : a.series().series());
            m.put("part", a.series() == null ? null : a.series().partLabel());
            m.put("excerpt_only", a.excerptOnly());
            m.put("sources", new ArrayList<>(a.sources()));
            m.put("paragraphs", new ArrayList<>(a.paragraphs()));
            m.put("blog_id", a.post().blogId());
            m.put("url", a.post().url());
            m.put("categories", new ArrayList<>(a.post().categories()));
            m.put("tags", new ArrayList<>(a.post().tags()));
            m.put("comments", a.post().comments());
            m.put("content", a.content().word());
            m.put("blocks", new ArrayList<>(a.blocks().stream().map(Object::toString).toList()));
            list.add(m);
        }
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setWidth(Integer.MAX_VALUE);
        o.setSplitLines(false);
        return new Yaml(o).dump(Map.of("articles", list));
    }
}
