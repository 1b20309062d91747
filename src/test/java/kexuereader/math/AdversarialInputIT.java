package kexuereader.math;

import kexuereader.math.macro.DefinitionExtractor;
import kexuereader.math.rewrite.LabelTable;
import kexuereader.math.rewrite.Normaliser;
import kexuereader.math.tex.OuterEnvironment;
import kexuereader.math.rewrite.Rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The segmenter, the preparation and every rewrite rule stay linear on input built to make naive scanners
 * quadratic. Two checks: a generous absolute bound on large input (a quadratic pass would take minutes), and
 * the growth from n to 8n (linear ≈ 8×, quadratic 64×; the bound, 24×, leaves room for a loaded machine, and a failing ratio is
 * measured again before it counts).
 */
class AdversarialInputIT {

    /** Against a hang, not a slow machine: the ratios are of CPU time, this bound is of the clock. */
    private static final Duration BOUND = Duration.ofMinutes(5);

    /** A linear pass fails an attempt only when the JIT or the machine slowed one size and not the other; a
     *  quadratic one (64×) fails every attempt. */
    private static final int ATTEMPTS = 3;

    private static void linear(String what, IntFunction<String> input, Function<String, ?> work) {
        assertTimeoutPreemptively(BOUND, () -> {
            // sizes where a run takes milliseconds: below that a single young-generation GC decides the ratio
            String small = input.apply(100_000);
            String large = input.apply(800_000);
            for (int warm = 0; warm < 2; warm++) {
                work.apply(small);
                work.apply(large); // the large input takes paths the small one may not: warm both
            }
            String seen = "";
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                long[] best = bestOfInterleaved(small, large, work);
                double ratio = (double) best[1] / Math.max(best[0], 2_000_000);
                if (ratio < 24) {
                    return;
                }
                seen += String.format(" %.1f× (%d us, then %d us)", ratio, best[0] / 1_000, best[1] / 1_000);
            }
            fail(what + ": 8× the input took, in each of " + ATTEMPTS + " attempts," + seen);
        }, what);
    }

    /** The best of five CPU times of each size, timed in turn, so a compilation finishing half-way favours neither. */
    private static long[] bestOfInterleaved(String small, String large, Function<String, ?> work) {
        // the thread's own CPU time: other processes on a loaded machine do not count against it
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        String[] inputs = {small, large};
        for (int i = 0; i < 5; i++) {
            for (int k = 0; k < 2; k++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                work.apply(inputs[k]);
                best[k] = Math.min(best[k], cpu.getCurrentThreadCpuTime() - t0);
            }
        }
        return best;
    }

    @Test
    void manyDollars() {
        linear("100,000 dollars", n -> "$".repeat(n), MathEngine::prepare);
        linear("dollar then unclosed braces", n -> "a $" + "{".repeat(n) + " b", MathEngine::prepare);
        linear("alternating dollar brace", n -> "$ {".repeat(n / 3), MathEngine::prepare);
        linear("lone dollars in prose", n -> "costs $5 and ".repeat(n / 13), MathEngine::prepare);
    }

    @Test
    void unclosedDelimitersAndEnvironments() {
        linear("unclosed \\(", n -> "\\( x ".repeat(n / 5), MathEngine::prepare);
        linear("unclosed \\[", n -> "\\[ {".repeat(n / 4), MathEngine::prepare);
        linear("unclosed \\begin", n -> "\\begin{equation} ".repeat(n / 17), MathEngine::prepare);
        linear("unclosed \\eqref", n -> "\\eqref{".repeat(n / 7), MathEngine::prepare);
        linear("nested groups", n -> "{".repeat(n / 2) + "}".repeat(n / 2), MathEngine::prepare);
    }

    @Test
    void everyRewriteRuleIsLinear() {
        LabelTable labels = new LabelTable();
        String[] units = {"\\label{", "\\color{red}", "\\\\[", "\\begin{eqnarray}", "\\operatorname*{", "\\cancelto{",
                "\\sum\\limits", "\\begin{CD}@>", "{\\color{red} x", "\\tag{", "\\eqref{", "\\begin{cases}", "%",
                "\\textcolor{", "\\newcommand{", "\\bm{", "&", "\\left(", "{", "}"};
        for (Rewrite rule : Normaliser.standard(labels).rules()) {
            for (String unit : units) {
                linear(rule.name() + " on " + unit, n -> unit.repeat(n / unit.length()), rule::apply);
            }
        }
        for (String unit : units) {
            linear("definitions on " + unit, n -> unit.repeat(n / unit.length()), DefinitionExtractor::extract);
            linear("rows on " + unit, n -> unit.repeat(n / unit.length()), OuterEnvironment::rows);
        }
        kexuereader.math.macro.Macros none = new kexuereader.math.macro.Macros(java.util.Map.of());
        for (String unit : new String[]{"\\color{", "\\color{c}\\", "\\text{", "x^{", "^\\frac{", "%", "'", "\\x"}) {
            linear("blog check on " + unit, n -> unit.repeat(n / unit.length()), t -> BlogTex.rejection(t, t, none));
        }
    }

    @Test
    void hugeBodiesArePreparedWithinBounds() {
        String body = "正文$x_i$与\\begin{equation}a\\end{equation}\n".repeat(20_000) + "$" + "x".repeat(1_000_000);
        ArticleMath m = assertTimeoutPreemptively(BOUND, () -> MathEngine.prepare(body));
        assertEquals(40_000, m.formulas().size());
    }
}
