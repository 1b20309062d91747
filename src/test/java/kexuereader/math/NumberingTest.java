package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equation numbers and references as MathJax shows them with {@code tags: 'ams'}. */
class NumberingTest {

    private static List<Segment.Display> displays(ArticleMath math) {
        List<Segment.Display> out = new ArrayList<>();
        for (Segment s : math.mathSegments()) {
            if (s instanceof Segment.Display d) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<String> shown(Segment.Display d) {
        return d.tags().stream().map(Tag::shown).toList();
    }

    private static List<Segment.Reference> references(ArticleMath math) {
        List<Segment.Reference> out = new ArrayList<>();
        for (Segment s : math.mathSegments()) {
            if (s instanceof Segment.Reference r) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void equationsCountUpInArticleOrder() {
        ArticleMath m = MathEngine.prepare("""
                \\begin{equation}a\\end{equation}

                text $x$ text
                \\begin{equation}b\\end{equation}""");
        List<Segment.Display> d = displays(m);
        assertEquals(List.of("(1)"), shown(d.get(0)));
        assertEquals(List.of("(2)"), shown(d.get(1)));
        assertEquals(List.of("eq-2"), d.get(1).anchorIds());
    }

    @Test
    void starredFormsAndPlainDisplaysAreUnnumbered() {
        ArticleMath m = MathEngine.prepare("""
                \\begin{equation*}a\\end{equation*}
                $$b$$
                \\[c\\]
                \\begin{align*}d\\\\e\\end{align*}
                \\begin{equation}f\\end{equation}""");
        List<Segment.Display> d = displays(m);
        for (int i = 0; i < 4; i++) {
            assertTrue(d.get(i).tags().isEmpty(), "display " + i);
            assertNull(d.get(i).tagColumn());
        }
        assertEquals(List.of("(1)"), shown(d.get(4)));
    }

    @Test
    void eachNumberedRowOfAlignGetsItsOwnNumber() {
        ArticleMath m = MathEngine.prepare("""
                \\begin{align}
                &\\text{HiPPO-LegT:}\\quad x'(t) = Ax(t) + Bu(t) \\label{eq:legt-ode}\\\\[5pt]
                &\\text{HiPPO-LegS:}\\quad x'(t) = \\frac{A}{t}x(t) + \\frac{B}{t}u(t) \\label{eq:legs-ode}\\end{align}
                见$\\eqref{eq:legs-ode}$""");
        Segment.Display d = displays(m).get(0);
        assertEquals(List.of("(1)", "(2)"), shown(d));
        assertEquals(0, d.tags().get(0).row());
        assertEquals(1, d.tags().get(1).row());
        assertEquals("eq:legs-ode", d.tags().get(1).label());
        assertEquals(List.of("eq-1", "eq-2"), d.anchorIds());
        Segment.Reference r = references(m).get(0);
        assertEquals("(2)", r.shownText());
        assertEquals("eq-2", r.targetAnchorId());
        assertNotNull(d.tagColumn());
        assertTrue(d.tagColumn().latex().startsWith("\\begin{aligned}\\vphantom{"), d.tagColumn().latex());
    }

    @Test
    void aFormulaThatCannotRenderGetsNoNumberAsOnMathJax() {
        // the blog's kexue-9444: an equation with the typo \vdot shows an error and no number on MathJax, so
        // every later number there is one lower than a count of all equations
        ArticleMath m = MathEngine.prepare("""
                \\begin{equation}\\vdot x\\end{equation}

                \\begin{equation}a\\label{eq:a}\\end{equation}
                见$\\eqref{eq:a}$，以及 \\begin{equation}\\mathbf{x}\\vdots\\end{equation}""");
        List<Segment.Display> d = displays(m);
        assertEquals(List.of(), shown(d.get(0)));
        assertEquals(List.of("(1)"), shown(d.get(1)));
        assertEquals(List.of("(2)"), shown(d.get(2)), "known commands keep their number");
        Segment.Reference r = m.mathSegments().stream().filter(Segment.Reference.class::isInstance)
                .map(Segment.Reference.class::cast).findFirst().orElseThrow();
        assertEquals("(1)", r.shownText());
    }

    @Test
    void aFormulaTheBlogRejectsStaysAnErrorAndGetsNoNumber() {
        // \bm is in none of the blog's MathJax packages, and colorv2 reads \color{c}\boldsymbol as \color's
        // whole argument: MathJax shows both as errors without a number; a macro of the article's own is known
        ArticleMath m = MathEngine.prepare("""
                \\begin{equation}\\bm{x}\\end{equation}
                \\begin{equation}{\\color{red}\\boldsymbol{M}}\\end{equation}

                $\\newcommand{\\vv}{\\boldsymbol{v}}$ \\begin{equation}\\vv\\label{eq:v}\\end{equation}
                见$\\eqref{eq:v}$与$\\bm{y}$""");
        List<Segment.Display> d = displays(m);
        assertEquals(List.of(), shown(d.get(0)));
        assertEquals("Undefined control sequence \\bm", d.get(0).formula().problem());
        assertEquals(List.of(), shown(d.get(1)));
        assertEquals("Missing argument for \\boldsymbol", d.get(1).formula().problem());
        assertEquals(List.of("(1)"), shown(d.get(2)));
        assertEquals("(1)", references(m).get(0).shownText());
        Segment.Inline bm = m.mathSegments().stream().filter(Segment.Inline.class::isInstance)
                .map(Segment.Inline.class::cast).reduce((a, b) -> b).orElseThrow();
        assertEquals("Undefined control sequence \\bm", bm.formula().problem());
    }

    @Test
    void nonumberAndNotagSkipARow() {
        ArticleMath m = MathEngine.prepare("\\begin{align}a\\\\b\\nonumber\\\\c\\notag\\\\d\\end{align}");
        Segment.Display d = displays(m).get(0);
        assertEquals(List.of("(1)", "(2)"), shown(d));
        assertEquals(List.of(0, 3), d.tags().stream().map(Tag::row).toList());
    }

    @Test
    void tagShowsItsTextAndDoesNotAdvanceTheCounter() {
        ArticleMath m = MathEngine.prepare("""
                \\begin{equation}a\\tag{A}\\label{eq:a}\\end{equation}
                \\begin{equation}b\\end{equation}
                $$c\\tag*{[*]}$$
                $\\eqref{eq:a}$ $\\ref{eq:a}$""");
        List<Segment.Display> d = displays(m);
        assertEquals(List.of("(A)"), shown(d.get(0)));
        assertEquals("eq-tag-1", d.get(0).anchorIds().get(0));
        assertEquals(List.of("(1)"), shown(d.get(1)));
        assertEquals(List.of("[*]"), shown(d.get(2)));
        List<Segment.Reference> r = references(m);
        assertEquals("(A)", r.get(0).shownText());
        assertEquals("A", r.get(1).shownText());
        assertEquals("eq-tag-1", r.get(1).targetAnchorId());
    }

    @Test
    void gatherEqnarrayAndMultline() {
        ArticleMath m = MathEngine.prepare("""
                \\begin{gather}a\\\\b\\end{gather}
                \\begin{eqnarray}x&=&1\\\\y&=&2\\end{eqnarray}
                \\begin{multline}p\\\\q\\\\r\\end{multline}""");
        List<Segment.Display> d = displays(m);
        assertEquals(List.of("(1)", "(2)"), shown(d.get(0)));
        assertEquals(List.of("(3)", "(4)"), shown(d.get(1)));
        assertEquals(List.of("(5)"), shown(d.get(2)));
        assertEquals(2, d.get(2).tags().get(0).row(), "multline numbers its last row");
    }

    @Test
    void forwardReferencesResolve() {
        ArticleMath m = MathEngine.prepare("如式$\\eqref{eq:later}$所示\n\n\\begin{equation}x\\label{eq:later}\\end{equation}");
        Segment.Reference r = references(m).get(0);
        assertEquals("(1)", r.shownText());
        assertEquals("eq-1", r.targetAnchorId());
    }

    @Test
    void unknownLabelShowsQuestionMarks() {
        ArticleMath m = MathEngine.prepare("见$\\eqref{eq:nowhere}$与$\\ref{eq:nowhere}$");
        List<Segment.Reference> r = references(m);
        assertEquals("(??)", r.get(0).shownText());
        assertNull(r.get(0).targetAnchorId());
        assertEquals("??", r.get(1).shownText());
    }

    @Test
    void labelOnAnUnnumberedRowIsUnknown() {
        ArticleMath m = MathEngine.prepare("\\begin{align*}a\\label{eq:x}\\end{align*} $\\eqref{eq:x}$");
        assertEquals("(??)", references(m).get(0).shownText());
    }

    @Test
    void referencesInTextOutsideMath() {
        ArticleMath m = MathEngine.prepare("\\begin{equation}a\\label{eq:sm}\\end{equation}由\\eqref{eq:sm}可知");
        Segment.Reference r = references(m).get(0);
        assertEquals("(1)", r.shownText());
        assertEquals("\\eqref{eq:sm}", r.source());
    }

    @Test
    void referenceInsideALargerFormulaBecomesText() {
        ArticleMath m = MathEngine.prepare("\\begin{equation}a\\label{eq:a}\\end{equation} $\\eqref{eq:a}\\Rightarrow b$");
        Segment.Inline i = assertInstanceOf(Segment.Inline.class, m.mathSegments().get(1));
        assertEquals("\\text{(1)}\\Rightarrow b", i.formula().latex());
    }

    @Test
    void numbersAreRenderedBesideTheirRowsAtTheSameHeight() {
        ArticleMath m = MathEngine.prepare("""
                \\begin{align}
                a &= \\frac{\\frac{1}{2}}{\\frac{3}{4}} \\\\[5pt]
                b &= c \\\\
                d &= \\sum_{i=1}^n x_i
                \\end{align}""");
        Segment.Display d = displays(m).get(0);
        DisplayRendering r = new MathEngine().renderDisplay(d, RenderStyle.PAGE);
        Rendering.Svg body = assertInstanceOf(Rendering.Svg.class, r.body());
        Rendering.Svg tags = assertInstanceOf(Rendering.Svg.class, r.tags());
        assertEquals(body.heightEm(), tags.heightEm(), 1e-9);
        assertEquals(body.depthEm(), tags.depthEm(), 1e-9);
        // before equalising, the column is already as tall as the formula: its rows match row for row
        Rendering.Svg bare = assertInstanceOf(Rendering.Svg.class,
                new MathEngine().render(d.tagColumn(), RenderStyle.PAGE));
        assertEquals(body.heightEm(), bare.heightEm(), 1e-6);
        assertEquals(body.depthEm(), bare.depthEm(), 1e-6);
    }

    @Test
    void numberColumnMatchesRowsShorterThanTheNumbers() {
        MathEngine engine = new MathEngine();
        for (String env : new String[] {"\\begin{gather}\\frac{a}{b}\\\\c\\\\x\\end{gather}",
                "\\begin{eqnarray}x&=&\\frac{1}{2}\\\\y&=&c\\end{eqnarray}",
                "\\begin{align}a\\\\b\\\\c\\\\d\\\\e\\end{align}",
                "\\begin{multline}a+b\\\\\\frac{c}{d}\\\\e\\end{multline}"}) {
            Segment.Display d = displays(MathEngine.prepare(env)).get(0);
            Rendering.Svg body = assertInstanceOf(Rendering.Svg.class, engine.render(d.formula(), RenderStyle.PAGE));
            Rendering.Svg column = assertInstanceOf(Rendering.Svg.class,
                    engine.render(d.tagColumn(), RenderStyle.PAGE));
            assertEquals(body.heightEm(), column.heightEm(), 1e-6, env);
            assertEquals(body.depthEm(), column.depthEm(), 1e-6, env);
        }
    }
}
