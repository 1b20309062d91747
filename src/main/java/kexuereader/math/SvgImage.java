package kexuereader.math;

/**
 * A rendered formula before it is wrapped in its {@code <svg>} element: the drawing and its box. Kept apart so
 * a display formula and its number column can be given the same height and baseline cheaply.
 *
 * @param drawing    the SVG elements, in user units of {@link #UNITS_PER_EM} per em, baseline at y = 0
 * @param width      width in em
 * @param height     height above the baseline in em
 * @param depth      depth below the baseline in em
 * @param color      the root colour: {@code currentColor} or {@code #rrggbb}
 * @param fontSizePx 0 to size in em, else the font size in px
 */
record SvgImage(String drawing, double width, double height, double depth, String color, double fontSizePx) {

    static final double UNITS_PER_EM = 1000;

    /** The same drawing in a box at least {@code height} high and {@code depth} deep. */
    SvgImage withExtent(double height, double depth) {
        return new SvgImage(drawing, width, Math.max(this.height, height), Math.max(this.depth, depth), color,
                fontSizePx);
    }

    Rendering.Svg toRendering() {
        return new Rendering.Svg(markup(), width, height + depth, depth);
    }

    String markup() {
        boolean em = fontSizePx == 0;
        double scale = em ? 1 : fontSizePx;
        String unit = em ? "em" : "px";
        StringBuilder s = new StringBuilder(drawing.length() + 320);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
        SvgNumbers.append(s, width * scale, 4).append(unit).append("\" height=\"");
        SvgNumbers.append(s, (height + depth) * scale, 4).append(unit).append("\" viewBox=\"0 ");
        SvgNumbers.append(s, -height * UNITS_PER_EM, 1).append(' ');
        SvgNumbers.append(s, width * UNITS_PER_EM, 1).append(' ');
        SvgNumbers.append(s, (height + depth) * UNITS_PER_EM, 1).append("\" style=\"vertical-align:");
        SvgNumbers.append(s, -depth * scale, 4).append(unit).append(";overflow:visible\" fill=\"").append(color)
                .append("\" stroke=\"none\" role=\"img\" focusable=\"false\">");
        return s.append(drawing).append("</svg>").toString();
    }
}
