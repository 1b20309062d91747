package kexuereader.math;

import java.util.Map;
import org.scilab.forge.jlatexmath.Char;
import org.scilab.forge.jlatexmath.DefaultTeXFont;
import org.scilab.forge.jlatexmath.FontInfo;
import org.scilab.forge.jlatexmath.SymbolAtom;
import org.scilab.forge.jlatexmath.TeXConstants;

/**
 * Display-size big operators ({@code \sum}, {@code \prod}, {@code \bigcup}…) drawn and boxed where MathJax draws
 * them. TeX's cmex10 gives these glyphs a height of 0.1 em and a depth of 1.5 em; JLaTeXMath centres an operator
 * on the axis by {@code -(h + d) / 2 - axis}, where TeX uses {@code (h - d) / 2 - axis}, so the glyph stood 0.1 em
 * too high and its box reached 0.2 em above MathJax's (1.15 em against 0.95 em; the limits above went up with it).
 * Height 0 and depth {@code d - h} give JLaTeXMath's formula TeX's shift and MathJax's box, 0.95 + 0.45 em.
 * The integral signs take MathJax's italic corrections (0.138 em in text, 0.388 in display; cmex10's 0.194 and
 * 0.444), so {@code \int x} is as wide as MathJax's and its scripts stand where MathJax puts them.
 */
final class BigOperatorMetrics {

    /** MathJax's italic corrections of the integral signs, text and display size (its smallop, largeop fonts). */
    private static final Map<String, float[]> INTEGRAL_ITALIC = Map.of("int", new float[] {0.138f, 0.388f},
            "oint", new float[] {0.138f, 0.388f});

    private BigOperatorMetrics() {
    }

    /** Once at start, before any concurrent use; does nothing on a JLaTeXMath without these internals. */
    static void correct() {
        FontInfo[] fonts = GlyphMetrics.fonts();
        if (fonts == null) {
            return; // another JLaTeXMath: its operators stay as they are
        }
        DefaultTeXFont font = new DefaultTeXFont(10);
        for (Map.Entry<String, SymbolAtom> symbol : SymbolAtom.symbols.entrySet()) {
            if (symbol.getValue().type != TeXConstants.TYPE_BIG_OPERATOR) {
                continue;
            }
            try {
                Char text = font.getChar(symbol.getKey(), TeXConstants.STYLE_DISPLAY);
                float[] italic = INTEGRAL_ITALIC.get(symbol.getKey());
                float[] textMetrics = GlyphMetrics.of(fonts, text);
                if (italic != null && textMetrics != null) {
                    textMetrics[GlyphMetrics.ITALIC] = italic[0];
                }
                if (font.hasNextLarger(text)) {
                    Char display = font.getNextLarger(text, TeXConstants.STYLE_DISPLAY);
                    float[] metrics = GlyphMetrics.of(fonts, display);
                    if (italic != null && metrics != null) {
                        metrics[GlyphMetrics.ITALIC] = italic[1];
                    }
                    if (metrics != null && metrics[GlyphMetrics.HEIGHT] > 0) {
                        metrics[GlyphMetrics.DEPTH] -= metrics[GlyphMetrics.HEIGHT];
                        metrics[GlyphMetrics.HEIGHT] = 0;
                    }
                }
            } catch (RuntimeException e) {
                // a symbol without a glyph of its own: nothing to correct
            }
        }
    }
}
