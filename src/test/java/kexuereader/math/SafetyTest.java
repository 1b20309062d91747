package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile formulas end with a typed failure, quickly and with bounded memory: never a hang, a stack overflow
 * escaping, or a change to JLaTeXMath's JVM-wide state. Time bounds are generous (they guard against hangs,
 * not speed).
 */
class SafetyTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private static Rendering.Failure fails(String body) {
        return assertTimeoutPreemptively(BOUND, () -> {
            ArticleMath math = MathEngine.prepare(body);
            Formula f = math.formulas().get(0);
            Rendering r = new MathEngine().render(f, RenderStyle.PAGE);
            Rendering.Failure failure = assertInstanceOf(Rendering.Failure.class, r, f.source());
            assertEquals(f.source(), failure.source());
            assertTrue(!failure.reason().isBlank());
            return failure;
        });
    }

    @Test
    void recursiveDefFails() {
        Rendering.Failure f = fails("$\\def\\a{\\a}\\a$");
        assertTrue(f.reason().contains("recursive"), f.reason());
    }

    @Test
    void exponentialNewcommandFails() {
        Rendering.Failure f = fails("$\\newcommand{\\x}{\\x\\x}\\x$");
        assertTrue(f.reason().contains("\\x"), f.reason());
    }

    @Test
    void mutuallyRecursiveMacrosFail() {
        fails("$\\newcommand{\\a}{\\b x}\\newcommand{\\b}{\\a y}\\a$");
    }

    @Test
    void macroGrowingTheFormulaPastTheLimitFails() {
        fails("$\\newcommand{\\a}{xxxxxxxxxxxxxxxx}\\newcommand{\\b}{\\a\\a\\a\\a\\a\\a\\a\\a}"
                + "\\newcommand{\\c}{\\b\\b\\b\\b\\b\\b\\b\\b}\\newcommand{\\d}{\\c\\c\\c\\c\\c\\c\\c\\c}"
                + "\\newcommand{\\e}{\\d\\d\\d\\d\\d\\d\\d\\d}\\e$");
    }

    @Test
    void tenThousandOpenBracesFail() {
        Rendering.Failure f = fails("$" + "{".repeat(10_000) + "x$");
        assertTrue(f.reason().contains("nests too deeply"), f.reason());
    }

    @Test
    void deepButBalancedNestingFails() {
        fails("$" + "{".repeat(5_000) + "x" + "}".repeat(5_000) + "$");
        fails("$" + "\\left(".repeat(500) + "x" + "\\right)".repeat(500) + "$");
        fails("$" + "\\frac{".repeat(2_000) + "1" + "}{2}".repeat(2_000) + "$");
    }

    @Test
    void megabyteFormulaFails() {
        Rendering.Failure f = fails("$" + "x+".repeat(500_000) + "1$");
        assertTrue(f.reason().contains("too long"), f.reason());
    }

    @Test
    void megabyteFormulaWithMacrosFailsBeforeExpanding() {
        fails("$\\newcommand{\\y}{y}" + "\\y".repeat(400_000) + "$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\includegraphics{/etc/passwd}", "\\newenvironment{x}{a}{b}", "\\definecolor{c}{rgb}{1,0,0}",
            "\\jlmExternalFont{Serif}", "\\magnification{2}", "\\DeclareMathSizes{1}{2}{3}{4}", "\\makeatletter x",
            "\\hdotsfor{1000000000}", "\\romannumeral 99999999", "\\fcscore{1000000000}"})
    void commandsWithGlobalEffectsAreRefused(String tex) {
        Rendering r = new MathEngine().render(Formula.of(tex, false, tex), RenderStyle.PAGE);
        Rendering.Failure f = assertInstanceOf(Rendering.Failure.class, r);
        assertTrue(f.reason().contains("not supported"), f.reason());
    }

    @Test
    void theDeepestAllowedFormulasRenderOnASmallStack() throws Exception {
        String[] deepest = {"\\frac{".repeat(32) + "1" + "}{2}".repeat(32), "{".repeat(64) + "x" + "}".repeat(64),
                "\\left(".repeat(64) + "x" + "\\right)".repeat(64), "x^{".repeat(64) + "2" + "}".repeat(64),
                "\\begin{aligned}".repeat(32) + "x" + "\\end{aligned}".repeat(32)};
        for (String tex : deepest) {
            Rendering[] result = new Rendering[1];
            Thread t = new Thread(null, () -> result[0] = new MathEngine(0).render(Formula.of("x", true, tex),
                    RenderStyle.PAGE), "small-stack", 512 * 1024);
            t.start();
            t.join(BOUND.toMillis());
            assertInstanceOf(Rendering.Svg.class, result[0], tex.substring(0, 12) + ": " + result[0]);
        }
    }

    @Test
    void absurdSizesAreRefused() {
        Rendering r = new MathEngine().render(Formula.of("x", false, "\\hspace{100000em}x"), RenderStyle.PAGE);
        assertInstanceOf(Rendering.Failure.class, r);
    }

    @Test
    void malformedFormulasFailWithAShortReason() {
        for (String tex : new String[] {"\\frac{a}", "\\left( x", "x^^", "\\begin{foo}x\\end{foo}", "\\unknowncommand",
                "}", "\\sqrt[", "a & b", "\\\\\\\\", "\\textcolor{nocolour}{x}"}) {
            Rendering r = new MathEngine().render(Formula.of(tex, false, tex), RenderStyle.PAGE);
            if (r instanceof Rendering.Failure f) {
                assertTrue(f.reason().length() <= 160 && !f.reason().contains("\n"), f.reason());
            }
        }
    }

    @Test
    void enginesSurviveFailuresAndKeepRendering() {
        MathEngine engine = new MathEngine();
        engine.render(Formula.of("x", false, "{".repeat(100_000)), RenderStyle.PAGE);
        engine.render(Formula.of("x", false, "\\newcommand{\\q}{q}"), RenderStyle.PAGE);
        assertInstanceOf(Rendering.Svg.class, engine.render(Formula.of("x", false, "\\frac{a}{b}"), RenderStyle.PAGE));
    }

    @Test
    void limitsNeverLeakIntoOtherFormulas() {
        MathEngine engine = new MathEngine(0);
        Formula inline = MathEngine.prepare("$\\sum_{i=1}^n x_i$").formulas().get(0);
        Rendering.Svg before = assertInstanceOf(Rendering.Svg.class, engine.render(inline, RenderStyle.PAGE));
        for (String body : new String[] {"$\\sum\\limits_{i}^{n}$", "$\\lim\\limits_{n}$", "$\\mathop{\\sum}\\limits_i$",
                "$$\\int\\nolimits_0^1$$"}) {
            engine.render(MathEngine.prepare(body).formulas().get(0), RenderStyle.PAGE);
        }
        Rendering.Svg after = assertInstanceOf(Rendering.Svg.class, engine.render(inline, RenderStyle.PAGE));
        assertEquals(before.markup(), after.markup());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$\\begin{array}{*{2147483647}{c}}x\\end{array}$",
            "$\\begin{array}{*{100000}{c}}x\\end{array}$",
            "$\\begin{array}[t]{*{3}{*{400}{c}}}x\\end{array}$",
            "$\\begin{array}{*{99999999999999999999}c}x\\end{array}$",
            "$\\begin{array}{*{65536}{*{65536}{*{65536}{c}}}}x\\end{array}$"})
    void columnSpecBombsAreRefusedBeforeJLaTeXMathExpandsThem(String body) {
        // before the preflight counted repeats, *{2147483647}{c} never finished; *{100000}{c} took 5 s and 1.4 GB
        Rendering.Failure f = fails(body);
        assertTrue(f.reason().contains("too many columns"), f.reason());
    }

    @Test
    void aTabularBombOutsideAnArticleIsRefusedByThePreflight() {
        // in an article the blog's MathJax rejects tabular first (BlogTex); a single formula reaches the preflight
        String tex = "\\begin{tabular}{*{2147483647}{c}}x\\end{tabular}";
        Rendering r = assertTimeoutPreemptively(BOUND,
                () -> new MathEngine().render(Formula.of(tex, false, tex), RenderStyle.PAGE));
        Rendering.Failure f = assertInstanceOf(Rendering.Failure.class, r);
        assertTrue(f.reason().contains("too many columns"), f.reason());
        assertEquals("Unknown environment 'tabular'", fails("$" + tex + "$").reason());
    }

    @Test
    void tablesOfTooManyCellsAreRefused() {
        Rendering.Failure f = fails("$\\begin{matrix}" + "&".repeat(400) + "\\\\".repeat(400) + "\\end{matrix}$");
        assertTrue(f.reason().contains("table too large"), f.reason());
    }

    @Test
    void arraysOfTheBlogsSizesStillRender() {
        MathEngine engine = new MathEngine(0);
        for (String body : new String[] {"$\\begin{array}{*{20}{c}}x&y\\end{array}$",
                "$\\begin{array}{@{}c|*{2}{c}p{3cm}}a&b\\\\c&d\\end{array}$",
                "$\\begin{pmatrix}" + "a&".repeat(30) + "a" + "\\\\a".repeat(30) + "\\end{pmatrix}$"}) {
            Formula f = MathEngine.prepare(body).formulas().get(0);
            assertInstanceOf(Rendering.Svg.class, engine.render(f, RenderStyle.PAGE), body);
        }
    }

    private static SafetyLimits limits(long formulaMillis, int svgChars, long pageMillis) {
        SafetyLimits d = SafetyLimits.DEFAULT;
        return new SafetyLimits(d.maxSourceChars(), d.maxExpandedChars(), d.maxMacroExpansions(), d.maxExpansionWork(),
                d.maxNesting(), d.maxSizeEm(), d.maxColumns(), d.maxTableCells(), formulaMillis, svgChars, pageMillis,
                d.maxPageSvgChars());
    }

    @Test
    void aFormulaDrawingMoreThanItsSizeBudgetFails() {
        MathEngine engine = new MathEngine(0, limits(1_000, 2_000, 10_000));
        Formula f = MathEngine.prepare("$" + "x+".repeat(200) + "x$").formulas().get(0);
        Rendering.Failure failure = assertInstanceOf(Rendering.Failure.class, engine.render(f, RenderStyle.PAGE));
        assertTrue(failure.reason().contains("too large to draw"), failure.reason());
        assertInstanceOf(Rendering.Svg.class, engine.render(MathEngine.prepare("$x$").formulas().get(0),
                RenderStyle.PAGE));
    }

    @Test
    void aFormulaOverItsTimeBudgetFails() {
        // a budget of 0 ms: any layout takes longer, so the check is exercised without timing anything
        MathEngine engine = new MathEngine(0, limits(0, 4_000_000, 10_000));
        Formula f = MathEngine.prepare("$\\frac{a}{b}$").formulas().get(0);
        Rendering.Failure failure = assertInstanceOf(Rendering.Failure.class, engine.render(f, RenderStyle.PAGE));
        assertTrue(failure.reason().contains("too long"), failure.reason());
    }

    @Test
    void aPageOverItsBudgetSkipsItsFurtherFormulasAndOnlyThose() {
        // page budget 0 ms: the first formula spends it, the next uncached one of that page is skipped
        MathEngine engine = new MathEngine(100, limits(1_000, 4_000_000, 0));
        List<Formula> fs = MathEngine.prepare("$a$ and $b$").formulas();
        MathEngine.Page page = engine.page();
        assertInstanceOf(Rendering.Svg.class, page.render(fs.get(0), RenderStyle.PAGE));
        Rendering.Failure skipped = assertInstanceOf(Rendering.Failure.class, page.render(fs.get(1), RenderStyle.PAGE));
        assertTrue(skipped.reason().contains("skipped"), skipped.reason());
        assertInstanceOf(Rendering.Svg.class, page.render(fs.get(0), RenderStyle.PAGE), "cached: costs nothing");
        assertInstanceOf(Rendering.Svg.class, engine.page().render(fs.get(1), RenderStyle.PAGE), "a new page");
    }
}
