package kexuereader.math;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code formulas bench}: renders every formula of the given documents (parse, layout and SVG; the render cache
 * off), on one thread, 5 times after a warm-up, and reports the time per formula:
 * <pre>
 * formulas-bench: runs 5, run medians A–B us, run p90s C–D us
 * formulas-bench: N formulas, median X us, p90 Y us
 * </pre>
 * A formula's time is the median of its 5 runs; the last line gives the median and 90th percentile of those.
 */
public final class FormulaBench {

    /** Measured runs after the warm-up. */
    public static final int RUNS = 5;

    /**
     * The figures.
     *
     * @param formulas   how many formulas were rendered
     * @param medianUs   median time per formula, in microseconds
     * @param p90Us      90th percentile time per formula
     * @param runMedians the median of each run, in run order
     * @param runP90s    the 90th percentile of each run
     */
    public record Result(int formulas, double medianUs, double p90Us, List<Double> runMedians, List<Double> runP90s) {

        public Result {
            runMedians = List.copyOf(runMedians);
            runP90s = List.copyOf(runP90s);
        }

        /** The exact last line of the command's output. */
        public String summaryLine() {
            return String.format(Locale.ROOT, "formulas-bench: %d formulas, median %.1f us, p90 %.1f us", formulas,
                    medianUs, p90Us);
        }
    }

    private FormulaBench() {
    }

    /** Benchmarks with a warm-up of at least 3 seconds. */
    public static Result run(List<Document> documents, PrintWriter out) {
        return run(documents, out, 3_000);
    }

    public static Result run(List<Document> documents, PrintWriter out, long warmUpMillis) {
        List<Formula> formulas = new ArrayList<>();
        for (Document d : documents) {
            formulas.addAll(MathEngine.prepare(d.body()).formulas());
        }
        MathEngine engine = new MathEngine(0);
        warmUp(engine, formulas, warmUpMillis);
        int n = formulas.size();
        long[][] nanos = new long[n][RUNS];
        List<Double> runMedians = new ArrayList<>();
        List<Double> runP90s = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            double[] run = new double[n];
            for (int i = 0; i < n; i++) {
                Formula f = formulas.get(i);
                long t0 = System.nanoTime();
                engine.render(f, RenderStyle.PAGE);
                long t = System.nanoTime() - t0;
                nanos[i][r] = t;
                run[i] = t / 1_000.0;
            }
            runMedians.add(percentile(run, 50));
            runP90s.add(percentile(run, 90));
        }
        double[] perFormula = new double[n];
        for (int i = 0; i < n; i++) {
            long[] t = nanos[i].clone();
            Arrays.sort(t);
            perFormula[i] = t[RUNS / 2] / 1_000.0;
        }
        Result result = new Result(n, percentile(perFormula, 50), percentile(perFormula, 90), runMedians, runP90s);
        out.println(String.format(Locale.ROOT,
                "formulas-bench: runs %d, run medians %.1f–%.1f us, run p90s %.1f–%.1f us",
                RUNS, min(runMedians), max(runMedians), min(runP90s), max(runP90s)));
        out.println(result.summaryLine());
        out.flush();
        return result;
    }

    private static void warmUp(MathEngine engine, List<Formula> formulas, long millis) {
        if (formulas.isEmpty()) {
            return;
        }
        long end = System.nanoTime() + millis * 1_000_000;
        int passes = 0;
        while (passes < 3 || (System.nanoTime() < end && passes < 1_000)) {
            for (Formula f : formulas) {
                engine.render(f, RenderStyle.PAGE);
            }
            passes++;
        }
    }

    /** The nearest-rank percentile of the values (0 for none). */
    public static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
