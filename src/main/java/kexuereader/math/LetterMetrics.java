package kexuereader.math;

import kexuereader.math.tex.MathJaxHeights;
import kexuereader.math.tex.MathJaxItalics;
import org.scilab.forge.jlatexmath.Char;
import org.scilab.forge.jlatexmath.DefaultTeXFont;
import org.scilab.forge.jlatexmath.FontInfo;
import org.scilab.forge.jlatexmath.TeXConstants;

/**
 * Math italic letters as wide as MathJax's. JLaTeXMath adds a letter's italic correction (cmmi10's, TeX's) to its
 * width inside a row ({@code RowAtom} → {@code CharBox.addItalicCorrectionToWidth}) and not when it stands alone;
 * MathJax boxes every letter with its own, smaller correction, in a row or alone: {@code zz} was 1.018 em
 * (MathJax 0.930), {@code f} alone 0.490 (0.550). Each letter's width becomes its glyph's width plus MathJax's
 * correction and its own correction 0, so a row adds nothing; {@code script-spacing} places the scripts from there.
 * Latin and lowercase Greek, italic and bold italic ({@code \boldsymbol}); the {@code \mathcal} capitals and their
 * bold forms too (MathJax: cmsy10's correction in the box, {@code \mathcal{N}} 0.979 em; JLaTeXMath 0.820).
 */
final class LetterMetrics {

    private static final float TEX_X_HEIGHT = 0.430555f;
    private static final float MATHJAX_X_HEIGHT = 0.442f;
    private static final float[] EQUALS = {0.583f, 0.082f};

    private LetterMetrics() {
    }

    /** Once at start, before any concurrent use; does nothing on a JLaTeXMath without these internals. */
    static void correct() {
        FontInfo[] fonts = GlyphMetrics.fonts();
        if (fonts == null) {
            return; // another JLaTeXMath: its letters stay as they are
        }
        DefaultTeXFont font = new DefaultTeXFont(10);
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c)) {
                try {
                    set(fonts, font.getDefaultChar(c, TeXConstants.STYLE_TEXT), MathJaxItalics.latin(c, false),
                            MathJaxItalics.latin(c, true));
                } catch (RuntimeException e) {
                    // a letter without a glyph of its own: nothing to correct
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            try {
                set(fonts, font.getChar(c, "mathcal", TeXConstants.STYLE_TEXT), MathJaxItalics.calligraphic(c, false),
                        MathJaxItalics.calligraphic(c, true));
            } catch (RuntimeException e) {
                // idem
            }
        }
        for (String name : MathJaxItalics.LOWER_GREEK) {
            try {
                set(fonts, font.getChar(name, TeXConstants.STYLE_TEXT), MathJaxItalics.greek(name, false),
                        MathJaxItalics.greek(name, true));
            } catch (RuntimeException e) {
                // idem
            }
        }
    }

    /** MathJax's boxes' heights and depths for the letters and digits (its glyphs' outlines; TeX's design sizes are
     *  up to 0.022 em lower), by which MathJax sizes delimiters and radicals and places scripts. */
    static void heighten() {
        FontInfo[] fonts = GlyphMetrics.fonts();
        if (fonts == null) {
            return;
        }
        DefaultTeXFont font = new DefaultTeXFont(10);
        for (char c = 'A'; c <= 'z'; c++) {
            float[] italic = MathJaxHeights.latin(c, false);
            if (italic == null) {
                continue;
            }
            try {
                Char glyph = font.getDefaultChar(c, TeXConstants.STYLE_TEXT);
                tall(GlyphMetrics.of(fonts, glyph), italic);
                int bold = fonts[glyph.getFontCode()].getBoldId();
                if (bold >= 0 && bold < fonts.length && bold != glyph.getFontCode() && fonts[bold] != null) {
                    tall(fonts[bold].getMetrics(glyph.getChar()), MathJaxHeights.latin(c, true));
                }
            } catch (RuntimeException e) {
                // a letter without a glyph of its own
            }
        }
        // MathJax boxes = as + (cmr10's = is 0.367 high and 0.133 above the baseline)
        try {
            tall(GlyphMetrics.of(fonts, font.getChar("equals", TeXConstants.STYLE_TEXT)), EQUALS);
        } catch (RuntimeException e) {
            // no = of its own
        }
        // and MathJax's one x-height (cmr10's, cmmi10's and cmsy10's 0.431): accents stand on it, scripts clear it
        try {
            java.lang.reflect.Field xHeight = FontInfo.class.getDeclaredField("xHeight");
            xHeight.setAccessible(true);
            for (FontInfo info : fonts) {
                if (info != null && Math.abs(info.getXHeight(1) - TEX_X_HEIGHT) < 0.001f) {
                    xHeight.setFloat(info, MATHJAX_X_HEIGHT);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another JLaTeXMath: TeX's x-height
        }
        for (char c = '0'; c <= '9'; c++) {
            try {
                tall(GlyphMetrics.of(fonts, font.getDefaultChar(c, TeXConstants.STYLE_TEXT)), MathJaxHeights.digit(c));
            } catch (RuntimeException e) {
                // idem
            }
        }
    }

    private static void tall(float[] metrics, float[] heightDepth) {
        if (metrics != null && heightDepth != null) {
            metrics[GlyphMetrics.HEIGHT] = heightDepth[0];
            metrics[GlyphMetrics.DEPTH] = heightDepth[1];
        }
    }

    private static void set(FontInfo[] fonts, Char glyph, double italic, double boldItalic) {
        FontInfo info = fonts[glyph.getFontCode()];
        widen(GlyphMetrics.of(fonts, glyph), italic);
        int bold = info.getBoldId();
        if (bold >= 0 && bold < fonts.length && bold != info.getId() && fonts[bold] != null) {
            widen(fonts[bold].getMetrics(glyph.getChar()), boldItalic);
        }
    }

    private static void widen(float[] metrics, double italic) {
        if (metrics != null) {
            metrics[GlyphMetrics.WIDTH] += (float) italic;
            metrics[GlyphMetrics.ITALIC] = 0;
        }
    }
}
