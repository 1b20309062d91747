package kexuereader.math.svg;

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

    /**
     * The outlines of one font's characters below 256, which is all JLaTeXMath's own fonts use: an array lookup
     * instead of a map lookup per glyph. Filled lazily; racing writers store equal immutable glyphs.
     */
    static final class CharTable {
        private final Font font;
        private final Glyph[] glyphs = new Glyph[256];

        private CharTable(Font font) {
            this.font = font;
        }

        Font font() {
            return font;
        }

        Glyph get(char c) {
            if (c >= 256) {
                return ofChar(font, c);
            }
            Glyph g = glyphs[c];
            if (g == null) {
                g = ofChar(font, c);
                glyphs[c] = g;
            }
            return g;
        }
    }

    private static final ConcurrentHashMap<Font, CharTable> TABLES = new ConcurrentHashMap<>();

    /** The character table of a font (kept for fonts JLaTeXMath draws with; there are a few dozen). */
    static CharTable table(Font font) {
        CharTable t = TABLES.get(font);
        if (t == null) {
            t = TABLES.size() < 1_000 ? TABLES.computeIfAbsent(font, CharTable::new) : new CharTable(font);
        }
        return t;
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

    /**
     * Compact SVG path data of a shape, coordinates multiplied by {@code scale} and rounded: relative commands
     * after the first move, separators left out where a minus sign does the job. Deltas are taken between
     * rounded points, so no rounding error accumulates along the outline.
     */
    static String pathData(Shape shape, double scale) {
        StringBuilder d = new StringBuilder(256);
        double[] c = new double[6];
        long[] p = new long[6];
        long x = 0;
        long y = 0;
        long startX = 0;
        long startY = 0;
        boolean first = true;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            int points = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
                case PathIterator.SEG_QUADTO -> 2;
                case PathIterator.SEG_CUBICTO -> 3;
                default -> 0;
            };
            if (type == PathIterator.SEG_CLOSE) {
                d.append('z');
                x = startX;
                y = startY;
                continue;
            }
            for (int k = 0; k < 2 * points; k++) {
                p[k] = Math.round(c[k] * scale);
            }
            if (type == PathIterator.SEG_MOVETO && first) {
                d.append('M').append(p[0]);
                number(d, p[1]);
                first = false;
            } else {
                d.append(switch (type) {
                    case PathIterator.SEG_MOVETO -> 'm';
                    case PathIterator.SEG_LINETO -> 'l';
                    case PathIterator.SEG_QUADTO -> 'q';
                    default -> 'c';
                });
                for (int k = 0; k < points; k++) {
                    if (k == 0) {
                        d.append(p[0] - x);
                    } else {
                        number(d, p[2 * k] - x);
                    }
                    number(d, p[2 * k + 1] - y);
                }
            }
            x = p[2 * points - 2];
            y = p[2 * points - 1];
            if (type == PathIterator.SEG_MOVETO) {
                startX = x;
                startY = y;
            }
        }
        return d.toString();
    }

    /** Appends a number after another; a minus sign separates by itself. */
    private static void number(StringBuilder d, long v) {
        if (v >= 0) {
            d.append(' ');
        }
        d.append(v);
    }
}
