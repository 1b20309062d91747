package kexuereader.math;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glyph outlines as SVG path data, computed once per font and glyph and shared by every formula and thread:
 * outlining a glyph costs far more than the rest of rendering, and a page uses few distinct glyphs.
 * Coordinates are integers in thousandths of the font's size.
 */
final class GlyphOutlines {

    /** An outline, drawn by scaling its path by {@code 1/unitsPerPoint} at the glyph's origin. */
    record Glyph(String path, double unitsPerPoint) {
    }

    private record Key(Font font, int code, boolean glyphCode) {
    }

    /** Bounds memory: past this many glyphs (a CJK-heavy library) outlines are computed without being kept. */
    private static final int MAX_ENTRIES = 50_000;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final ConcurrentHashMap<Key, Glyph> CACHE = new ConcurrentHashMap<>();

    private GlyphOutlines() {
    }

    /** The outline of character {@code c} in {@code font}. */
    static Glyph ofChar(Font font, char c) {
        Key key = new Key(font, c, false);
        Glyph g = CACHE.get(key);
        if (g == null) {
            Shape outline = font.createGlyphVector(FRC, new char[] {c}).getGlyphOutline(0);
            g = remember(key, outline, font);
        }
        return g;
    }

    /** The outline of glyph number {@code code} in {@code font} (text laid out by Java2D, e.g. CJK). */
    static Glyph ofGlyph(Font font, int code, FontRenderContext frc) {
        Key key = new Key(font, code, true);
        Glyph g = CACHE.get(key);
        if (g == null) {
            Shape outline = font.createGlyphVector(frc == null ? FRC : frc, new int[] {code}).getGlyphOutline(0);
            g = remember(key, outline, font);
        }
        return g;
    }

    private static Glyph remember(Key key, Shape outline, Font font) {
        double units = 1000.0 / Math.max(1e-3, font.getSize2D());
        Glyph g = new Glyph(pathData(outline, units), units);
        if (CACHE.size() < MAX_ENTRIES) {
            Glyph raced = CACHE.putIfAbsent(key, g);
            if (raced != null) {
                return raced;
            }
        }
        return g;
    }

    /** SVG path data of a shape, coordinates multiplied by {@code scale} and rounded. */
    static String pathData(Shape shape, double scale) {
        StringBuilder d = new StringBuilder(256);
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> point(d.append('M'), c, 0, scale);
                case PathIterator.SEG_LINETO -> point(d.append('L'), c, 0, scale);
                case PathIterator.SEG_QUADTO -> point(point(d.append('Q'), c, 0, scale).append(' '), c, 2, scale);
                case PathIterator.SEG_CUBICTO -> point(point(point(d.append('C'), c, 0, scale).append(' '), c, 2,
                        scale).append(' '), c, 4, scale);
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> {
                }
            }
        }
        return d.toString();
    }

    private static StringBuilder point(StringBuilder d, double[] c, int k, double scale) {
        d.append(Math.round(c[k] * scale)).append(' ').append(Math.round(c[k + 1] * scale));
        return d;
    }
}
