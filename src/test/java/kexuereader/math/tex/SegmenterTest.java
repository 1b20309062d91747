package kexuereader.math.tex;

import kexuereader.math.ArticleMath;
import kexuereader.math.MathEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    /** The pieces as a compact string: text as-is, math as «delimiter:body». */
    private static String cut(String paragraph) {
        StringBuilder s = new StringBuilder();
        for (Piece p : Segmenter.segment(paragraph)) {
            if (p instanceof Piece.Text t) {
                s.append(t.text());
            } else {
                Piece.Math m = (Piece.Math) p;
                s.append('«').append(m.delimiter()).append(':').append(m.body()).append('»');
            }
        }
        return s.toString();
    }

    @Test
    void inlineDollars() {
        assertEquals("其中«DOLLAR:A,B»是常数,«DOLLAR:t»无关", cut("其中$A,B$是常数,$t$无关"));
    }

    @Test
    void inlineParens() {
        assertEquals("a «PAREN:x+y» b", cut("a \\(x+y\\) b"));
    }

    @Test
    void displayDoubleDollarAndBrackets() {
        assertEquals("«DOUBLE_DOLLAR:x^2» and «BRACKET:y»", cut("$$x^2$$ and \\[y\\]"));
    }

    @Test
    void environmentSpanningLines() {
        String p = "是:\n\\begin{align}\n&a \\label{eq:legt-ode}\\\\[5pt]\n&b\\end{align}\n其中$A$";
        List<Piece> pieces = Segmenter.segment(p);
        assertEquals(4, pieces.size());
        Piece.Math env = assertInstanceOf(Piece.Math.class, pieces.get(1));
        assertEquals(Delimiter.ENVIRONMENT, env.delimiter());
        assertEquals("\\begin{align}\n&a \\label{eq:legt-ode}\\\\[5pt]\n&b\\end{align}", env.original());
    }

    @Test
    void nestedEnvironmentsAreOneFormula() {
        String eq = "\\begin{equation}\\begin{aligned}x&=1\\\\y&=2\\end{aligned}\\end{equation}";
        assertEquals("«ENVIRONMENT:" + eq + "»", cut(eq));
    }

    @Test
    void nestedSameNameEnvironments() {
        String eq = "\\begin{array}{c}\\begin{array}{c}a\\end{array}\\end{array}";
        assertEquals("x «ENVIRONMENT:" + eq + "» y", cut("x " + eq + " y"));
    }

    @Test
    void escapedDollarIsADollarSign() {
        assertEquals("costs $5 and «DOLLAR:x»", cut("costs \\$5 and $x$"));
    }

    @Test
    void loneDollarIsText() {
        assertEquals("costs $5", cut("costs $5"));
        assertEquals("这里单独一个$符号", cut("这里单独一个$符号"));
    }

    @Test
    void unclosedDollarAtTheEndOfAnExcerptLeavesTheRestAsText() {
        assertEquals("已知«DOLLAR:a»,而$\\boldsymbol{x}_t = \\alpha", cut("已知$a$,而$\\boldsymbol{x}_t = \\alpha"));
    }

    @Test
    void unclosedDoubleDollarIsTextButLaterMathStillPairs() {
        assertEquals("$$ x «DOLLAR:y»", cut("$$ x $y$"));
    }

    @Test
    void adjacentInlineFormulas() {
        assertEquals("«DOLLAR:a»«DOLLAR:b»", cut("$a$$b$"));
    }

    @Test
    void dollarInsideBracesDoesNotClose() {
        assertEquals("«DOLLAR:\\text{a $b$ c}» d", cut("$\\text{a $b$ c}$ d"));
    }

    @Test
    void withUnbalancedBracesTheFirstClosingDollarIsTaken() {
        // tex2jax's rule: no closer at brace level 0, so the first one closes
        assertEquals("«DOLLAR:{x» y", cut("${x$ y"));
    }

    @Test
    void escapedDollarInsideMathStaysMath() {
        assertEquals("«DOLLAR:a\\$b»", cut("$a\\$b$"));
    }

    @Test
    void doubleBackslashBeforeDollarDoesNotEscapeIt() {
        assertEquals("«DOLLAR:a\\\\»", cut("$a\\\\$"));
    }

    @Test
    void referencesInText() {
        assertEquals("见«TEXT_REFERENCE:\\eqref{eq:sm}»和«TEXT_REFERENCE:\\ref{x}»", cut("见\\eqref{eq:sm}和\\ref{x}"));
    }

    @Test
    void unmatchedEnvironmentIsText() {
        assertEquals("\\begin{equation} x", cut("\\begin{equation} x"));
    }

    @Test
    void paragraphsSplitAtBlankLines() {
        List<String> p = Paragraphs.split("a\nb\n\n  \nc\r\n\r\nd");
        assertEquals(List.of("a\nb", "c", "d"), p);
    }

    @Test
    void mathNeverSpansParagraphs() {
        ArticleMath math = MathEngine.prepare("a $x\n\ny$ b");
        assertEquals(0, math.formulas().size());
    }
}
