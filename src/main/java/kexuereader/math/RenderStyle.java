package kexuereader.math;

import kexuereader.math.tex.ColourNames;

import java.util.Locale;
import java.util.Objects;

/**
 * How to render a formula.
 *
 * @param mode       display or text style; {@link Mode#AUTO} follows the formula (display math in display style)
 * @param color      the colour of everything the formula does not colour itself: {@code currentColor} (the
 *                   page's text colour, so a theme change needs no re-rendering) or {@code #rrggbb} (for
 *                   copy-as-image). Formulas' own {@code \color}s are kept either way.
 * @param fontSizePx 0 to size the SVG in {@code em}, so it scales with the surrounding CSS font size; else the
 *                   font size in pixels, for a standalone image sized in {@code px}
 */
public record RenderStyle(Mode mode, String color, double fontSizePx) {

    /** Display or text style. */
    public enum Mode {
        /** Display style for display math, text style for inline math. */
        AUTO,
        /** Always display style (large operators, limits below). */
        DISPLAY,
        /** Always text style. */
        TEXT
    }

    /** What the reading pane uses: automatic style, the page's text colour, sized in em. */
    public static final RenderStyle PAGE = new RenderStyle(Mode.AUTO, "currentColor", 0);

    public RenderStyle {
        Objects.requireNonNull(mode, "mode");
        color = normaliseColor(color);
        if (!(fontSizePx >= 0) || Double.isInfinite(fontSizePx)) {
            throw new IllegalArgumentException("font size must be 0 (em) or a positive number of pixels");
        }
    }

    /** The page style with an explicit colour, e.g. for copying a formula as an image. */
    public static RenderStyle withColor(String color) {
        return new RenderStyle(Mode.AUTO, color, 0);
    }

    /** Whether a formula is set in display style under this style. */
    boolean displayStyle(Formula f) {
        return mode == Mode.DISPLAY || (mode == Mode.AUTO && f.display());
    }

    /**
     * Accepts {@code currentColor}, {@code #rgb}, {@code #rrggbb} or a CSS colour name and returns
     * {@code currentColor} or {@code #rrggbb}; anything else is refused, so nothing but a colour can reach the
     * SVG markup.
     */
    private static String normaliseColor(String color) {
        Objects.requireNonNull(color, "color");
        String c = color.trim();
        if (c.equalsIgnoreCase("currentColor")) {
            return "currentColor";
        }
        String hex = c.startsWith("#") ? ColourNames.resolve(null, c) : ColourNames.css(c);
        if (hex == null) {
            throw new IllegalArgumentException("not a colour: " + color);
        }
        return hex.toLowerCase(Locale.ROOT);
    }
}
