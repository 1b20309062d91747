package kexuereader.math.svg;

/**
 * A rendered formula: its {@code <svg>} markup and its box. The drawing's place in the markup is kept so a
 * display formula and its number column can be re-wrapped to the same height and baseline without drawing again.
 *
 * @param markup       the whole {@code <svg>} element
 * @param drawingStart where the drawn elements start in {@code markup} (after the opening tag)
 * @param width        width in em
 * @param height       height above the baseline in em
 * @param depth        depth below the baseline in em
 * @param color        the root colour: {@code currentColor} or {@code #rrggbb}
 * @param fontSizePx   0 to size in em, else the font size in px
 */
public record SvgImage(String markup, int drawingStart, double width, double height, double depth, String color,
                double fontSizePx) {

    /** User units per em: glyph outlines and positions are in thousandths of an em, baseline at y = 0. */
    public static final double UNITS_PER_EM = 1000;

    private static final String CLOSE = "</svg>";

    /** Starts the markup of an image of this box: the opening tag, ready for the drawing to be appended. */
    public static StringBuilder open(StringBuilder s, double width, double height, double depth, String color,
                              double fontSizePx) {
        boolean em = fontSizePx == 0;
        double scale = em ? 1 : fontSizePx;
        String unit = em ? "em" : "px";
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
        SvgNumbers.append(s, width * scale, 4).append(unit).append("\" height=\"");
        SvgNumbers.append(s, (height + depth) * scale, 4).append(unit).append("\" viewBox=\"0 ");
        SvgNumbers.append(s, -height * UNITS_PER_EM, 1).append(' ');
        SvgNumbers.append(s, width * UNITS_PER_EM, 1).append(' ');
        SvgNumbers.append(s, (height + depth) * UNITS_PER_EM, 1).append("\" style=\"vertical-align:");
        SvgNumbers.append(s, -depth * scale, 4).append(unit).append(";overflow:visible\" fill=\"").append(color)
                .append("\" stroke=\"none\" role=\"img\" focusable=\"false\">");
        return s;
    }

    /** Closes markup started with {@link #open} and makes the image. */
    public static SvgImage close(StringBuilder s, int drawingStart, double width, double height, double depth, String color,
                          double fontSizePx) {
        return new SvgImage(s.append(CLOSE).toString(), drawingStart, width, height, depth, color, fontSizePx);
    }

    /** An image with nothing drawn. */
    public static SvgImage empty(String color, double fontSizePx) {
        StringBuilder s = open(new StringBuilder(256), 0, 0, 0, color, fontSizePx);
        return close(s, s.length(), 0, 0, 0, color, fontSizePx);
    }

    /** The drawn elements, without the enclosing {@code <svg>}. */
    String drawing() {
        return markup.substring(drawingStart, markup.length() - CLOSE.length());
    }

    /** The same drawing in a box at least {@code height} high and {@code depth} deep. */
    public SvgImage withExtent(double height, double depth) {
        double h = Math.max(this.height, height);
        double d = Math.max(this.depth, depth);
        if (h == this.height && d == this.depth) {
            return this;
        }
        StringBuilder s = open(new StringBuilder(markup.length() + 16), width, h, d, color, fontSizePx);
        int start = s.length();
        s.append(markup, drawingStart, markup.length() - CLOSE.length());
        return close(s, start, width, h, d, color, fontSizePx);
    }
}
