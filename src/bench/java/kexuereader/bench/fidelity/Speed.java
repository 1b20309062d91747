package kexuereader.bench.fidelity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kexuereader.math.Formula;
import kexuereader.math.FormulaBench;
import kexuereader.math.MathEngine;
import kexuereader.math.RenderStyle;
import kexuereader.math.Rendering;
import kexuereader.math.Segment;

/**
 * The speed figure of issue 13: our median time per formula against KaTeX's, on the formulas both render, in the
 * same run ({@code katex-time.js} has just timed KaTeX on the same machine). Ours as the formulas bench times it:
 * parse, layout and SVG, the render cache off, 5 runs after a warm-up of at least 3 seconds, each formula's
 * median of its runs.
 */
final class Speed {

    private static final int RUNS = 5;
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private Speed() {
    }

    static void compare(Path work, List<Path> files, PrintStream out) throws IOException {
        Map<String, Double> katex = new HashMap<>();
        String version = "?";
        for (String line : Files.readAllLines(work.resolve("katex.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("#katex")) {
                version = f[1];
                continue;
            }
            if (f.length >= 3 && f[1].isEmpty() && !f[2].isEmpty()) {
                katex.put(f[0], Double.parseDouble(f[2]));
            }
        }
        List<String> ids = new ArrayList<>();
        List<Formula> formulas = new ArrayList<>();
        for (List<FormulaCase> doc : Corpus.read(files)) {
            for (FormulaCase c : doc) {
                Formula f = c.segment() instanceof Segment.Display d ? d.formula() : ((Segment.Inline) c.segment()).formula();
                if (katex.containsKey(c.id()) && f.isRenderable()) {
                    ids.add(c.id());
                    formulas.add(f);
                }
            }
        }
        MathEngine engine = new MathEngine(0);
        RenderStyle style = new RenderStyle(RenderStyle.Mode.AUTO, "#000000", 0);
        long end = System.nanoTime() + WARM_UP_NANOS;
        for (int pass = 0; pass < 3 || System.nanoTime() < end; pass++) {
            formulas.forEach(f -> engine.render(f, style));
        }
        long[][] nanos = new long[formulas.size()][RUNS];
        for (int r = 0; r < RUNS; r++) {
            for (int i = 0; i < formulas.size(); i++) {
                long t0 = System.nanoTime();
                Rendering ignored = engine.render(formulas.get(i), style);
                nanos[i][r] = System.nanoTime() - t0;
            }
        }
        double[] ours = new double[formulas.size()];
        double[] theirs = new double[formulas.size()];
        for (int i = 0; i < ours.length; i++) {
            long[] t = nanos[i].clone();
            Arrays.sort(t);
            ours[i] = t[RUNS / 2] / 1_000.0;
            theirs[i] = katex.get(ids.get(i));
        }
        double oursMedian = FormulaBench.percentile(ours, 50);
        double katexMedian = FormulaBench.percentile(theirs, 50);
        out.printf(Locale.ROOT, "speed, %d formulas both render (render cache off, 5 runs after a warm-up):%n",
                ours.length);
        out.printf(Locale.ROOT, "| per formula | median | p90 |%n|---|---|---|%n");
        out.printf(Locale.ROOT, "| ours | %.1f µs | %.1f µs |%n", oursMedian, FormulaBench.percentile(ours, 90));
        out.printf(Locale.ROOT, "| KaTeX %s (same formulas, same run) | %.1f µs | %.1f µs |%n", version,
                katexMedian, FormulaBench.percentile(theirs, 90));
        out.printf(Locale.ROOT, "ours ÷ KaTeX, median: %.2f× (target ≤ 1)%n", oursMedian / katexMedian);
    }
}
