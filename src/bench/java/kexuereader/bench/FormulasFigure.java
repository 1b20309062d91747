package kexuereader.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kexuereader.library.SampleDumps;
import kexuereader.math.Document;
import kexuereader.math.FormulaBench;
import kexuereader.math.tools.FormulaCheck;
import kexuereader.model.Dump;
import kexuereader.model.Entry;

/**
 * The math engineer's figure, {@code formulas bench}: time per formula (parse, layout, SVG; render cache off), by
 * {@link FormulaBench} itself, over the seeds' article bodies and over the formula corpus (hand-written blog-style
 * formulas and generated variations of the seeds', over 500 formulas). Its median is the median formula of the
 * last run set; min and max are the extremes of its five run medians. The corpus figure is set beside KaTeX's
 * median on 535 real formulas of the blog, measured on this machine for the issue (49 µs), and counts the
 * formulas that did not render: the target is none, at a median no slower than KaTeX's.
 */
final class FormulasFigure {

    /** KaTeX 0.19's median per formula on 535 formulas of the blog, measured on the reference machine. */
    static final double KATEX_MEDIAN_US = 49;

    /** The corpus files, in the jar beside the math package. */
    private static final List<String> CORPUS = List.of("generated.txt", "handwritten-1.txt", "handwritten-2.txt",
            "handwritten-3.txt");

    private FormulasFigure() {
    }

    static List<Figure> run() {
        List<Document> seeds = new ArrayList<>();
        for (Dump d : SampleDumps.load()) {
            int i = 0;
            for (Entry e : d.entries()) {
                seeds.add(new Document(d.fileName() + "#" + i++, e.body()));
            }
        }
        List<Figure> figures = new ArrayList<>();
        FormulaBench.Result r = FormulaBench.run(seeds, new PrintWriter(Writer.nullWriter()));
        figures.add(Figure.plain("formulas bench: per formula", r.formulas() + " seed formulas, p90 "
                + Report.number(r.p90Us()) + " us", "us", stats(r)));

        List<Document> corpus = corpus();
        int failed = FormulaCheck.run(corpus, new PrintWriter(Writer.nullWriter()));
        FormulaBench.Result c = FormulaBench.run(corpus, new PrintWriter(Writer.nullWriter()));
        double ratio = c.medianUs() / KATEX_MEDIAN_US;
        figures.add(new Figure("formulas bench: per formula", c.formulas() + " corpus formulas, " + failed
                + " failed, p90 " + Report.number(c.p90Us()) + " us", "us", stats(c), KATEX_MEDIAN_US,
                "KaTeX median", ratio, "≤ KaTeX, 0 failed", failed == 0 && ratio <= 1));
        return figures;
    }

    private static Stats stats(FormulaBench.Result r) {
        Stats runs = Stats.of(r.runMedians());
        return new Stats(r.runMedians().size(), r.medianUs(), runs.min(), runs.max(), r.p90Us());
    }

    private static List<Document> corpus() {
        List<Document> docs = new ArrayList<>();
        for (String name : CORPUS) {
            try (InputStream in = Document.class.getResourceAsStream("corpus/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("formula corpus missing from the build: " + name);
                }
                docs.add(new Document(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs;
    }
}
