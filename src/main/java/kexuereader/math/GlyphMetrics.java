package kexuereader.math;

import java.lang.reflect.Field;
import org.scilab.forge.jlatexmath.Char;
import org.scilab.forge.jlatexmath.DefaultTeXFont;
import org.scilab.forge.jlatexmath.FontInfo;

/**
 * JLaTeXMath's table of glyph metrics, which the start-up corrections ({@link BigOperatorMetrics},
 * {@link LetterMetrics}) change in place: it is private, so it is read by reflection, once.
 */
final class GlyphMetrics {

    /** Slots of a glyph's metrics array (JLaTeXMath's FontInfo), in em. */
    static final int WIDTH = 0;
    static final int HEIGHT = 1;
    static final int DEPTH = 2;
    static final int ITALIC = 3;

    private GlyphMetrics() {
    }

    /** The fonts' table, or {@code null} on a JLaTeXMath without these internals (nothing is then corrected). */
    static FontInfo[] fonts() {
        try {
            Field field = DefaultTeXFont.class.getDeclaredField("fontInfo");
            field.setAccessible(true);
            return (FontInfo[]) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The live metrics of {@code glyph} ({@link #WIDTH} … {@link #ITALIC}), or {@code null}. */
    static float[] of(FontInfo[] fonts, Char glyph) {
        return fonts[glyph.getFontCode()].getMetrics(glyph.getChar());
    }
}
