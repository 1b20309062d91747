package kexuereader.bench;

import java.util.ArrayList;
import java.util.List;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.reading.ArticlePage;
import kexuereader.reading.PageContext;

/**
 * Opening an article: the time {@code ArticlePage.html} takes to build its page (segment, normalise, render
 * every formula to SVG, assemble the HTML) for 10, 100 and 500 formulas, three ways:
 * <ul>
 *   <li><b>first in a JVM</b>: a fresh process builds one page (class loading, JLaTeXMath's start, cold JIT):
 *       what the first article after start-up costs;</li>
 *   <li><b>warm</b>: the JVM warmed up, the render cache empty: what opening another new article costs (the
 *       target, ≤ 100 ms for 100 formulas);</li>
 *   <li><b>cached</b>: the same page again, every formula from the render cache: re-opening an article.</li>
 * </ul>
 * The floor shown beside them is the page without formulas' rendering cost: the same page with the cache warm.
 */
final class PageBench {

    static final int[] FORMULAS = {10, 100, 500};

    private PageBench() {
    }

    static List<Figure> run(BenchSettings s, Subprocess sub, java.io.PrintWriter log) {
        FormulaPages pages = new FormulaPages();
        List<Figure> figures = new ArrayList<>();
        // warm the JIT on pages of every size first, so no size pays for the others' warm-up
        for (int w = 0; w < Math.max(2, s.warmUps()); w++) {
            for (int n : FORMULAS) {
                Timing.sink = ArticlePage.forReader(new MathEngine()).html(pages.article(n), PageContext.standalone());
            }
        }
        for (int n : FORMULAS) {
            Article a = pages.article(n);
            String input = n + " formulas, all distinct";
            log.printf("page: %s%n", input);
            log.flush();
            List<Double> first = new ArrayList<>();
            if (sub != null && s.gui() > 0) {
                for (int r = 0; r < Math.max(3, s.gui() / 2); r++) {
                    first.add(sub.firstPageMillis(n));
                }
            }
            List<Double> warm = new ArrayList<>();
            for (int r = 0; r < s.runs(); r++) {
                ArticlePage page = ArticlePage.forReader(new MathEngine());
                warm.add(Timing.once(() -> Timing.sink = page.html(a, PageContext.standalone())));
            }
            ArticlePage cachedPage = ArticlePage.forReader(new MathEngine());
            cachedPage.html(a, PageContext.standalone());
            List<Double> cached = Timing.millis(1, s.runs(),
                    () -> Timing.sink = cachedPage.html(a, PageContext.standalone()));
            Stats c = Stats.of(cached);
            if (!first.isEmpty()) {
                figures.add(Figure.plain("open article: first in a JVM", input, "ms", Stats.of(first)));
            }
            Stats w = Stats.of(warm);
            figures.add(n == 100
                    ? Figure.atMost("open article: warm, new formulas", input, "ms", w, 100, w.median(), c,
                            "cached")
                    : new Figure("open article: warm, new formulas", input, "ms", w, c.median(), "cached",
                            w.median() / c.median(), "", null));
            figures.add(Figure.plain("open article: cached formulas", input, "ms", c));
        }
        return figures;
    }

    /** Entry point of the "first in a JVM" probe: builds one page of {@code n} formulas and prints its time. */
    static double firstPage(int n) {
        FormulaPages pages = new FormulaPages();
        Article a = pages.article(n);
        long t0 = System.nanoTime();
        Timing.sink = ArticlePage.forReader(MathEngine.shared()).html(a, PageContext.standalone());
        return (System.nanoTime() - t0) / 1e6;
    }
}
