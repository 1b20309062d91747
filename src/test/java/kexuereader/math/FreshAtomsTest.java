package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A formula whose parse writes into one of JLaTeXMath's shared atoms (a braced single symbol is made ordinary by
 * setting the atom's type) must not change how any later formula is set: after each first formula, the second
 * still has MathJax's box (measured once with mathjax-full 3.2.2, as in {@link MathJaxMetricsTest}). Without
 * {@link FreshAtoms}, {@code x{=}y} took the relation spacing from every later {@code =} of the JVM.
 */
class FreshAtomsTest {

    private static final MathEngine ENGINE = new MathEngine(0);

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = ';', value = {
        // the spaces around a relation, a binary operator, after punctuation
        "$x{=}y$                 ; $a=b$             ; 2.292 ; NaN",
        "$\\text{a-b=c}$         ; $a=b$             ; 2.292 ; NaN",
        "$x{+}y$                 ; $a+b$             ; 2.180 ; NaN",
        "$1{,}000$               ; $a,b$             ; 1.403 ; NaN",
        "$x{<}y$                 ; $a<b$             ; 2.292 ; NaN",
        // an operator's limits below it in display (an ordinary symbol takes them beside it: less depth)
        "$$x{\\sum}y$$           ; $$\\sum_{i}x$$    ; 2.183 ; 1.192",
        // a predefined formula of one atom (JLaTeXMath caches it and hands out its atom)
        "$x{\\Doteq}y$           ; $a\\Doteq b$      ; 2.292 ; NaN",
    })
    void laterFormulaKeepsItsBox(String writer, String reader, double width, double depth) {
        render(writer);
        Rendering.Svg svg = render(reader);
        assertEquals(width, svg.widthEm(), 0.02, "width of " + reader + " after " + writer);
        if (!Double.isNaN(depth)) { // NaN: the depth is another class (MathJax's relation glyphs are deeper)
            assertEquals(depth, svg.depthEm(), 0.05, "depth of " + reader + " after " + writer);
        }
    }

    private static Rendering.Svg render(String body) {
        Formula f = MathEngine.prepare(body).formulas().get(0);
        return assertInstanceOf(Rendering.Svg.class, ENGINE.render(f, RenderStyle.PAGE));
    }
}
