package kexuereader.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kexuereader.ingest.SeriesRules;
import kexuereader.library.SampleDumps;
import kexuereader.model.Dump;
import kexuereader.model.Entry;
import kexuereader.model.SeriesPart;

/**
 * The real text the generator draws from, taken from the bundled seeds by the product's own parser: paragraphs
 * (with their formulas), title topics, series names, and an alphabet of Chinese characters for unique codes.
 *
 * @param leads      paragraphs that can open an excerpt: one line, a sentence, no display math
 * @param paragraphs every other usable paragraph, formulas included
 * @param topics     what titles are about: seed titles without their series and part
 * @param series     the seeds' series names
 * @param alphabet   distinct Chinese characters of the seeds that are not numerals, for codes
 */
record SeedCorpus(List<String> leads, List<String> paragraphs, List<String> topics, List<String> series,
                  String alphabet) {

    /** Characters a code must not use: numerals (they would read as part numbers) and the 上/中/下 suffixes. */
    private static final String NOT_IN_CODES = "零〇一二两三四五六七八九十百千万上中下之";

    private static final java.util.regex.Pattern LABEL_LIKE =
            java.util.regex.Pattern.compile("\\d{1,2}\\s*[A-Za-z]{3,9}\\.?|[A-Za-z]{3,9}\\.?\\s*\\d{1,2}");

    SeedCorpus {
        leads = List.copyOf(leads);
        paragraphs = List.copyOf(paragraphs);
        topics = List.copyOf(topics);
        series = List.copyOf(series);
    }

    /** The corpus of the seeds packaged with the application. */
    static SeedCorpus load() {
        return of(SampleDumps.load());
    }

    static SeedCorpus of(List<Dump> dumps) {
        Set<String> leads = new LinkedHashSet<>();
        Set<String> paragraphs = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        StringBuilder alphabet = new StringBuilder();
        Set<Integer> seen = new LinkedHashSet<>();
        SeriesRules rules = SeriesRules.defaults();
        for (Dump d : dumps) {
            for (Entry e : d.entries()) {
                if (e.title() != null) {
                    Optional<SeriesPart> s = rules.match(e.title());
                    s.ifPresent(p -> series.add(p.series()));
                    String topic = topic(e.title(), s.isPresent());
                    if (topic != null) {
                        topics.add(topic);
                    }
                    collect(e.title(), alphabet, seen);
                }
                for (String p : e.paragraphs()) {
                    collect(p, alphabet, seen);
                    if (!usable(p)) {
                        continue;
                    }
                    if (isLead(p)) {
                        leads.add(p);
                    } else {
                        paragraphs.add(p);
                    }
                }
            }
        }
        if (leads.isEmpty() || topics.isEmpty() || alphabet.length() < 64) {
            throw new IllegalStateException("the bundled seeds are missing or too small to generate archives from");
        }
        return new SeedCorpus(new ArrayList<>(leads), new ArrayList<>(paragraphs), new ArrayList<>(topics),
                new ArrayList<>(series), alphabet.toString());
    }

    /** The subject of a title: after the series and part when it has them; no brackets, no leading number. */
    static String topic(String title, boolean inSeries) {
        String t = title.replace('：', ':').replace('（', '(').replace('）', ')');
        if (inSeries) {
            int colon = t.indexOf(':');
            if (colon < 0) {
                return null;
            }
            t = t.substring(colon + 1);
        }
        t = t.replaceAll("\\([^)]*\\)", "").replaceAll("^[\\d\\s、.]+", "").replace(":", ",").strip();
        if (t.length() < 2 || t.length() > 40 || t.toLowerCase(java.util.Locale.ROOT).contains("flow")
                || t.endsWith("。")) {
            return null;
        }
        return t;
    }

    /** Paragraphs that would read as page chrome, a date label or a header when written back are left out. */
    private static boolean usable(String p) {
        return !p.isBlank() && !p.contains("最近评论") && !p.contains("点击阅读全文") && !p.startsWith("By ")
                && !LABEL_LIKE.matcher(p.strip()).matches();
    }

    private static boolean isLead(String p) {
        return p.length() >= 30 && p.contains("。") && !p.contains("\n") && !p.contains("\\begin")
                && !p.contains("$$");
    }

    private static void collect(String text, StringBuilder alphabet, Set<Integer> seen) {
        text.codePoints().filter(cp -> cp >= 0x4E00 && cp <= 0x9FFF && NOT_IN_CODES.indexOf(cp) < 0)
                .filter(seen::add).forEach(alphabet::appendCodePoint);
    }
}
