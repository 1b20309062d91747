package kexuereader.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kexuereader.library.SampleDumps;
import kexuereader.math.Formula;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.model.Dump;
import kexuereader.model.Entry;
import kexuereader.model.PublishDate;
import kexuereader.model.ReaderCount;

/**
 * Articles with a chosen number of formulas, made of the seeds' formulas and text: inline formulas three to a
 * sentence, display formulas on their own, a seed paragraph of prose every few paragraphs. Every formula is
 * distinct (a repeated seed formula gets a small index, {@code {}^{k}}, and loses its label), so a page costs
 * what a new article with that many formulas costs: the worst case for the render cache.
 */
final class FormulaPages {

    private static final Pattern LABEL = Pattern.compile("\\\\label\\{[^}]*\\}");
    private static final Pattern DISPLAY_END = Pattern.compile("(\\\\end\\{[a-z*]+\\}|\\$\\$|\\\\\\])\\s*$");

    private final List<Formula> inline = new ArrayList<>();
    private final List<Formula> display = new ArrayList<>();
    private final List<String> prose = new ArrayList<>();

    FormulaPages() {
        for (Dump d : SampleDumps.load()) {
            for (Entry e : d.entries()) {
                for (Formula f : MathEngine.prepare(e.body()).formulas()) {
                    if (f.isRenderable()) {
                        (f.display() ? display : inline).add(f);
                    }
                }
                for (String p : e.paragraphs()) {
                    if (!p.contains("$") && !p.contains("\\") && p.length() > 40) {
                        prose.add(p);
                    }
                }
            }
        }
    }

    /** An article whose body holds exactly {@code count} formulas. */
    Article article(int count) {
        List<String> paragraphs = new ArrayList<>();
        int made = 0;
        int i = 0;
        int d = 0;
        int round = 0;
        while (made < count) {
            if (paragraphs.size() % 4 == 3) {
                paragraphs.add(prose.get(paragraphs.size() % prose.size()));
            }
            if (made % 4 == 3 && !display.isEmpty()) {
                Formula f = display.get(d % display.size());
                paragraphs.add(distinct(f.source(), d / display.size(), true));
                d++;
                made++;
                continue;
            }
            StringBuilder sentence = new StringBuilder("其中");
            for (int k = 0; k < 3 && made < count && made % 4 != 3; k++) {
                Formula f = inline.get(i % inline.size());
                sentence.append(distinct(f.source(), i / inline.size(), false)).append(k < 2 ? "与" : "");
                i++;
                made++;
            }
            paragraphs.add(sentence.append("均如前文所定义。").toString());
            round++;
        }
        Article a = new Article("bench" + count, "公式" + count + "个的文章", "公式" + count + "个的文章", List.of(),
                PublishDate.of(2024, 4, 17), 1000, List.of(new ReaderCount("bench.txt", 1000)), null, false,
                List.of("bench.txt"), paragraphs);
        int actual = MathEngine.prepare(a.body()).formulas().size();
        if (actual != count) {
            throw new IllegalStateException("made " + actual + " formulas, not " + count);
        }
        return a;
    }

    /** The k-th copy of a formula: unchanged the first time, then with an index and without its label. */
    static String distinct(String source, int copy, boolean isDisplay) {
        if (copy == 0) {
            return source;
        }
        String s = LABEL.matcher(source).replaceAll("");
        String mark = "\\;{}^{" + copy + "}";
        if (!isDisplay) {
            // $…$ or \(…\)
            int close = s.endsWith("\\)") ? s.length() - 2 : s.length() - 1;
            return s.substring(0, close) + mark + s.substring(close);
        }
        Matcher m = DISPLAY_END.matcher(s);
        if (!m.find()) {
            return s;
        }
        return s.substring(0, m.start()) + mark + s.substring(m.start());
    }
}
