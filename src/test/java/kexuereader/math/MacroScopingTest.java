package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.MacroInfo;

/** An article's macros apply to that article only, whatever order or thread articles are rendered in. */
class MacroScopingTest {

    private static final String ARTICLE_A = """
            $\\newcommand{msign}{\\mathop{\\text{msign}}}$先定义。

            于是$\\msign(\\boldsymbol{M})$,以及
            \\begin{equation}\\msign(\\boldsymbol{M}) = \\boldsymbol{U}\\boldsymbol{V}^{\\top}\\end{equation}""";

    private static final String ARTICLE_B = """
            这篇文章没有定义宏,$\\msign(x)$应该失败。""";

    private static final String ARTICLE_C = """
            $\\newcommand{\\msign}{\\operatorname{sgn}}\\def\\abs#1{\\left|#1\\right|}$另一个定义:$\\msign(x)=\\abs{x}/x$""";

    @Test
    void blogStyleNewcommandAppliesToLaterFormulas() {
        ArticleMath a = MathEngine.prepare(ARTICLE_A);
        List<Formula> f = a.formulas();
        assertEquals("", f.get(0).latex(), "a formula holding only definitions renders as nothing");
        assertEquals("\\mathop{\\text{msign}}(\\boldsymbol{M})", f.get(1).latex());
        MathEngine engine = new MathEngine();
        for (Formula formula : f) {
            assertInstanceOf(Rendering.Svg.class, engine.render(formula, RenderStyle.PAGE), formula.source());
        }
    }

    @Test
    void macrosDoNotLeakIntoAnotherArticle() {
        MathEngine engine = new MathEngine();
        for (Formula f : MathEngine.prepare(ARTICLE_A).formulas()) {
            engine.render(f, RenderStyle.PAGE);
        }
        Formula b = MathEngine.prepare(ARTICLE_B).formulas().get(0);
        Rendering.Failure failure = assertInstanceOf(Rendering.Failure.class, engine.render(b, RenderStyle.PAGE));
        assertTrue(failure.reason().contains("msign"), failure.reason());
    }

    @Test
    void aMacroUsedBeforeItsDefinitionStillWorks() {
        ArticleMath m = MathEngine.prepare("先用$\\R^n$\n\n再定义$\\newcommand{R}{\\mathbb{R}}$");
        assertEquals("\\mathbb{R}^{\\hspace{0.33pt}n}", m.formulas().get(0).latex()); // script-spacing
    }

    @Test
    void laterDefinitionsOverrideEarlierOnesFromThereOn() {
        ArticleMath m = MathEngine.prepare(
                "$\\newcommand{\\x}{1}$ $\\x$ $\\renewcommand{\\x}{2}$ $\\x$");
        List<Formula> f = m.formulas();
        assertEquals("1", f.get(1).latex());
        assertEquals("2", f.get(3).latex());
    }

    @Test
    void argumentsOptionalArgumentsDefAndDeclareMathOperator() {
        ArticleMath m = MathEngine.prepare("""
                $\\newcommand{\\pair}[2]{(#1,#2)}\\newcommand{\\opt}[2][k]{#1_{#2}}\\def\\sq#1{#1^2}\
                \\DeclareMathOperator{\\Tr}{Tr}\\DeclareMathOperator*{\\amax}{argmax}$
                $\\pair{a}{b} \\opt{i} \\opt[j]{i} \\sq{x} \\Tr A \\amax_x$""");
        // after expansion the rewrites run too (script-spacing: the spaces in the scripts)
        assertEquals("(a,b) k_{\\hspace{0.33pt}i\\hspace{0.50pt}} j_{\\hspace{0.33pt}i\\hspace{0.50pt}} "
                + "x^{\\hspace{0.33pt}2} \\operatorname{Tr} A \\mathop{\\mathrm{argmax}}_x",
                m.formulas().get(1).latex());
    }

    @Test
    void jlatexmathsGlobalMacroTableIsNeverWritten() {
        int before = MacroInfo.Commands.size();
        MathEngine engine = new MathEngine();
        for (String article : List.of(ARTICLE_A, ARTICLE_B, ARTICLE_C)) {
            for (Formula f : MathEngine.prepare(article).formulas()) {
                engine.render(f, RenderStyle.PAGE);
            }
        }
        // a definition that slipped through to JLaTeXMath would be refused, not executed
        Rendering r = engine.render(Formula.of("x", false, "\\newcommand{\\leak}{x}\\leak"), RenderStyle.PAGE);
        assertInstanceOf(Rendering.Failure.class, r);
        assertEquals(before, MacroInfo.Commands.size());
        assertTrue(!MacroInfo.Commands.containsKey("msign") && !MacroInfo.Commands.containsKey("leak"));
    }

    @Test
    void concurrentRenderingKeepsArticlesApart() throws Exception {
        // the same macro name means different things in A and C; render both from many threads at once
        List<Formula> a = MathEngine.prepare(ARTICLE_A).formulas();
        List<Formula> c = MathEngine.prepare(ARTICLE_C).formulas();
        MathEngine reference = new MathEngine(0);
        List<String> expectedA = markups(reference, a);
        List<String> expectedC = markups(reference, c);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                boolean useA = t % 2 == 0;
                results.add(pool.submit(() -> {
                    MathEngine engine = new MathEngine(0);
                    return useA ? markups(engine, a).equals(expectedA) : markups(engine, c).equals(expectedC);
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> markups(MathEngine engine, List<Formula> formulas) {
        List<String> out = new ArrayList<>();
        for (Formula f : formulas) {
            Rendering r = engine.render(f, RenderStyle.PAGE);
            out.add(r instanceof Rendering.Svg s ? s.markup() : "FAIL " + ((Rendering.Failure) r).reason());
        }
        return out;
    }
}
