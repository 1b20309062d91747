package kexuereader.merge;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kexuereader.ingest.SeriesRules;
import kexuereader.model.Article;
import kexuereader.model.Entry;
import kexuereader.model.PublishDate;
import kexuereader.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The merge rules as examples, like commonmark's spec: each {@code *.entries.yaml} under
 * {@code src/test/resources/kexuereader/merge} lists entries (as the library stores them) and its
 * {@code *.articles.txt} the articles they make, every field. No SQLite: this is the merge alone.
 * {@code -Dgolden.update=true} rewrites the expected files after a deliberate change; review the diff.
 */
class MergeGoldenTest {

    static final Path CASES = Path.of("src/test/resources/kexuereader/merge");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".entries.yaml"))
                    .map(n -> n.substring(0, n.length() - ".entries.yaml".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void entriesMakeTheseArticles(String name) throws IOException {
        List<StoredEntry> entries = read(CASES.resolve(name + ".entries.yaml"));
        StringBuilder out = new StringBuilder();
        for (Article a : Merge.articles(entries, SeriesRules.defaults())) {
            out.append(describe(a)).append('\n');
        }
        Golden.assertMatches(CASES.resolve(name + ".articles.txt"), out.toString());
    }

    /** Entries from the case file: each names its source, its date (yyyy-mm-dd, or mm-dd without a year)… */
    @SuppressWarnings("unchecked")
    static List<StoredEntry> read(Path file) throws IOException {
        Map<String, Object> doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        }
        List<StoredEntry> entries = new ArrayList<>();
        Map<String, Integer> ordinals = new java.util.HashMap<>();
        long id = 1;
        for (Map<String, Object> e : (List<Map<String, Object>>) doc.get("entries")) {
            String source = String.valueOf(e.get("source"));
            String[] d = String.valueOf(e.get("date")).split("-");
            PublishDate date = d.length == 3 ? PublishDate.of(Integer.parseInt(d[0]), Integer.parseInt(d[1]),
                    Integer.parseInt(d[2])) : PublishDate.yearless(Integer.parseInt(d[0]), Integer.parseInt(d[1]));
            Object body = e.get("body");
            List<String> paragraphs = body instanceof List<?> l ? (List<String>) l : List.of(String.valueOf(body));
            Entry entry = new Entry(1, (String) e.get("title"), date, (Integer) e.get("readers"), paragraphs,
                    Boolean.TRUE.equals(e.get("excerpt")));
            int ordinal = ordinals.merge(source, 1, Integer::sum) - 1;
            entries.add(new StoredEntry(id++, source, sha(source), ordinal, entry));
        }
        return entries;
    }

    static String describe(Article a) {
        return "id: " + a.id() + "\n"
                + "title: " + a.title() + "\n"
                + "display title: " + a.displayTitle() + "\n"
                + "aliases: " + a.aliases() + "\n"
                + "date: " + a.date().display() + "\n"
                + "readers: " + a.readers() + "\n"
                + "reader history: " + a.readerHistory().stream().map(r -> r.source() + "=" + r.readers()).toList()
                + "\n"
                + "series: " + (a.series() == null ? "none" : a.series().series() + " / " + a.series().part()
                + (a.series().suffix() == null ? "" : " " + a.series().suffix())) + "\n"
                + "excerpt only: " + a.excerptOnly() + "\n"
                + "sources: " + a.sources() + "\n"
                + "paragraphs: " + a.paragraphs() + "\n";
    }

    private static String sha(String source) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
