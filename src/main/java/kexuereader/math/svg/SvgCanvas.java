package kexuereader.math.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A {@link Graphics2D} that writes what JLaTeXMath draws as SVG elements: glyphs as {@code <path>}s from
 * {@link GlyphOutlines}, placed with a transform; rules as {@code <rect>}; strokes as stroked paths. It does the
 * job of JFreeSVG's {@code SVGGraphics2D} in vector-text mode, but reuses each glyph's outline instead of
 * re-outlining and re-formatting it at every occurrence, which is where that approach spends its time.
 *
 * <p>Drawing in the default colour (a sentinel {@link Color} instance) emits no fill, so it inherits the root
 * colour ({@code currentColor} for the page); any other colour, i.e. the formula's own {@code \color}, is
 * written out. Images (which only {@code \includegraphics} would draw, and that is refused) are ignored.
 */
public final class SvgCanvas extends Graphics2D {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font DEFAULT_FONT = new Font(Font.SERIF, Font.PLAIN, 10);
    private static final Stroke DEFAULT_STROKE = new BasicStroke(1f);

    private final StringBuilder out;
    /** Drawing stops {@code budgetNanos} after {@code start} ({@link System#nanoTime()}), or past {@code maxChars}. */
    private long start;
    private long budgetNanos = Long.MAX_VALUE;
    private int maxChars = Integer.MAX_VALUE;
    private final Color defaultColor;
    private final String defaultColorCss;

    private AffineTransform transform;
    private Color color;
    private Paint paint;
    private Stroke stroke = DEFAULT_STROKE;
    private Font font = DEFAULT_FONT;
    /** Glyph table of the current font: JLaTeXMath sets the font before every character, mostly the same one. */
    private GlyphOutlines.CharTable glyphs;
    private Color background = Color.WHITE;
    private Composite composite = java.awt.AlphaComposite.SrcOver;
    private RenderingHints hints;

    /**
     * @param out             where elements are appended
     * @param defaultColor    the sentinel meaning "no colour of the formula's own"
     * @param defaultColorCss how to write that colour on strokes ({@code currentColor} or {@code #rrggbb})
     * @param unitsPerEm      user units per em, applied as the initial transform
     */
    public SvgCanvas(StringBuilder out, Color defaultColor, String defaultColorCss, double unitsPerEm) {
        this.out = out;
        this.defaultColor = defaultColor;
        this.defaultColorCss = defaultColorCss;
        this.transform = AffineTransform.getScaleInstance(unitsPerEm, unitsPerEm);
        this.color = defaultColor;
        this.paint = defaultColor;
    }

    private SvgCanvas(SvgCanvas parent) {
        this.out = parent.out;
        this.defaultColor = parent.defaultColor;
        this.defaultColorCss = parent.defaultColorCss;
        this.transform = new AffineTransform(parent.transform);
        this.color = parent.color;
        this.paint = parent.paint;
        this.stroke = parent.stroke;
        this.font = parent.font;
        this.background = parent.background;
        this.composite = parent.composite;
        this.hints = parent.hints == null ? null : (RenderingHints) parent.hints.clone();
        this.start = parent.start;
        this.budgetNanos = parent.budgetNanos;
        this.maxChars = parent.maxChars;
    }

    /** Thrown when a drawing runs past its time or size budget; the renderer turns it into a failure. */
    public static final class OverBudget extends RuntimeException {
        OverBudget(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Stops drawing (with {@link OverBudget}) {@code nanos} after {@code startNanos} or past {@code chars}. */
    public SvgCanvas budget(long startNanos, long nanos, int chars) {
        this.start = startNanos;
        this.budgetNanos = nanos;
        this.maxChars = chars;
        return this;
    }

    /** Before each element: a few nanoseconds, and what keeps a runaway drawing bounded. */
    private void checkBudget() {
        if (out.length() > maxChars) {
            throw new OverBudget("formula too large to draw (over " + maxChars + " characters of SVG)");
        }
        if (System.nanoTime() - start > budgetNanos) {
            throw new OverBudget("formula takes too long to draw");
        }
    }

    // ---- text ----------------------------------------------------------------------------------------------

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        double advance = 0;
        if (glyphs == null || glyphs.font() != font) {
            glyphs = GlyphOutlines.table(font);
        }
        for (int k = offset; k < offset + length; k++) {
            GlyphOutlines.Glyph g = glyphs.get(data[k]);
            glyph(g, x + advance, y);
            if (length > 1) {
                advance += font.createGlyphVector(FRC, new char[] {data[k]}).getGlyphMetrics(0).getAdvance();
            }
        }
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (str.isEmpty()) {
            return;
        }
        drawGlyphVector(font.createGlyphVector(FRC, str), x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        new TextLayout(iterator, FRC).draw(this, x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector gv, float x, float y) {
        Font f = gv.getFont();
        FontRenderContext frc = gv.getFontRenderContext();
        for (int i = 0; i < gv.getNumGlyphs(); i++) {
            Point2D p = gv.getGlyphPosition(i);
            glyph(GlyphOutlines.ofGlyph(f, gv.getGlyphCode(i), frc), x + p.getX(), y + p.getY());
        }
    }

    /** One glyph with its origin at (x, y) in current coordinates. */
    private void glyph(GlyphOutlines.Glyph g, double x, double y) {
        if (g.path().isEmpty()) {
            return; // a space
        }
        AffineTransform t = transform;
        double s = 1 / g.unitsPerPoint();
        double a = t.getScaleX() * s;
        double b = t.getShearY() * s;
        double c = t.getShearX() * s;
        double d = t.getScaleY() * s;
        double e = t.getScaleX() * x + t.getShearX() * y + t.getTranslateX();
        double f = t.getShearY() * x + t.getScaleY() * y + t.getTranslateY();
        checkBudget();
        out.append("<path");
        fillAttribute();
        out.append(" transform=\"");
        if (b == 0 && c == 0 && Math.abs(a - d) < 1e-9) {
            SvgNumbers.append(out.append("translate("), e, 1).append(' ');
            SvgNumbers.append(out, f, 1).append(')');
            if (Math.abs(a - 1) > 1e-6) {
                SvgNumbers.append(out.append(" scale("), a, 4).append(')');
            }
        } else {
            SvgNumbers.append(out.append("matrix("), a, 4).append(' ');
            SvgNumbers.append(out, b, 4).append(' ');
            SvgNumbers.append(out, c, 4).append(' ');
            SvgNumbers.append(out, d, 4).append(' ');
            SvgNumbers.append(out, e, 1).append(' ');
            SvgNumbers.append(out, f, 1).append(')');
        }
        out.append("\" d=\"").append(g.path()).append("\"/>");
    }

    // ---- shapes --------------------------------------------------------------------------------------------

    @Override
    public void fill(Shape s) {
        if (s instanceof Rectangle2D r && transform.getShearX() == 0 && transform.getShearY() == 0) {
            double x1 = transform.getScaleX() * r.getX() + transform.getTranslateX();
            double x2 = transform.getScaleX() * (r.getX() + r.getWidth()) + transform.getTranslateX();
            double y1 = transform.getScaleY() * r.getY() + transform.getTranslateY();
            double y2 = transform.getScaleY() * (r.getY() + r.getHeight()) + transform.getTranslateY();
            checkBudget();
            out.append("<rect");
            fillAttribute();
            SvgNumbers.append(out.append(" x=\""), Math.min(x1, x2), 1);
            SvgNumbers.append(out.append("\" y=\""), Math.min(y1, y2), 1);
            SvgNumbers.append(out.append("\" width=\""), Math.abs(x2 - x1), 1);
            SvgNumbers.append(out.append("\" height=\""), Math.abs(y2 - y1), 1).append("\"/>");
            return;
        }
        checkBudget();
        out.append("<path");
        fillAttribute();
        out.append(" d=\"");
        transformedPath(s);
        out.append("\"/>");
    }

    @Override
    public void draw(Shape s) {
        float width = 1f;
        boolean squareCaps = true;
        if (stroke instanceof BasicStroke bs) {
            width = bs.getLineWidth();
            squareCaps = bs.getEndCap() == BasicStroke.CAP_SQUARE;
        }
        double scale = Math.sqrt(Math.abs(transform.getDeterminant()));
        checkBudget();
        out.append("<path fill=\"none\" stroke=\"");
        colorValue(out);
        out.append('"');
        if (color != null && color.getAlpha() < 255 && color != defaultColor) {
            SvgNumbers.append(out.append(" stroke-opacity=\""), color.getAlpha() / 255.0, 3).append('"');
        }
        SvgNumbers.append(out.append(" stroke-width=\""), Math.max(width * scale, 0.1), 1).append('"');
        if (squareCaps) {
            out.append(" stroke-linecap=\"square\"");
        }
        out.append(" d=\"");
        transformedPath(s);
        out.append("\"/>");
    }

    private void transformedPath(Shape s) {
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(transform); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> points(out.append('M'), c, 1);
                case PathIterator.SEG_LINETO -> points(out.append('L'), c, 1);
                case PathIterator.SEG_QUADTO -> points(out.append('Q'), c, 2);
                case PathIterator.SEG_CUBICTO -> points(out.append('C'), c, 3);
                case PathIterator.SEG_CLOSE -> out.append('Z');
                default -> {
                }
            }
        }
    }

    private static void points(StringBuilder out, double[] c, int count) {
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                out.append(' ');
            }
            SvgNumbers.append(out, c[2 * k], 1).append(' ');
            SvgNumbers.append(out, c[2 * k + 1], 1);
        }
    }

    private void fillAttribute() {
        if (color == defaultColor || color == null) {
            return;
        }
        out.append(" fill=\"");
        colorValue(out);
        out.append('"');
        if (color.getAlpha() < 255) {
            SvgNumbers.append(out.append(" fill-opacity=\""), color.getAlpha() / 255.0, 3).append('"');
        }
    }

    private void colorValue(StringBuilder sb) {
        if (color == defaultColor || color == null) {
            sb.append(defaultColorCss);
            return;
        }
        int rgb = color.getRGB() & 0xFFFFFF;
        sb.append('#');
        String hex = Integer.toHexString(rgb);
        for (int k = hex.length(); k < 6; k++) {
            sb.append('0');
        }
        sb.append(hex);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Float(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        // nothing to clear: the SVG starts transparent
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Float(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Float(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Float(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Float(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        java.awt.geom.Path2D.Float p = new java.awt.geom.Path2D.Float();
        for (int i = 0; i < nPoints; i++) {
            if (i == 0) {
                p.moveTo(xPoints[i], yPoints[i]);
            } else {
                p.lineTo(xPoints[i], yPoints[i]);
            }
        }
        draw(p);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        draw(new Polygon(xPoints, yPoints, nPoints));
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        fill(new Polygon(xPoints, yPoints, nPoints));
    }

    // ---- images: never drawn (only \includegraphics would, and it is refused) ----------------------------

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             Color bgcolor, ImageObserver observer) {
        return true;
    }

    // ---- state ---------------------------------------------------------------------------------------------

    @Override
    public Graphics create() {
        return new SvgCanvas(this);
    }

    @Override
    public void dispose() {
    }

    /**
     * Empty on purpose: {@link Graphics#finalize()} makes every Graphics finalizable, so each canvas, and the
     * whole SVG it wrote, would wait for the finalizer thread; under load that held hundreds of megabytes and
     * caused long GC pauses. A class whose finalizer is empty is not registered for finalization at all.
     */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void finalize() {
    }

    @Override
    public Color getColor() {
        return color;
    }

    @Override
    public void setColor(Color c) {
        if (c != null) {
            color = c;
            paint = c;
        }
    }

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public void setPaint(Paint p) {
        if (p instanceof Color c) {
            setColor(c);
        } else if (p != null) {
            paint = p;
        }
    }

    @Override
    public void setPaintMode() {
    }

    @Override
    public void setXORMode(Color c1) {
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        if (f != null) {
            font = f;
        }
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(f);
        } finally {
            g.dispose();
        }
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return FRC;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setStroke(Stroke s) {
        if (s != null) {
            stroke = s;
        }
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setComposite(Composite comp) {
        if (comp != null) {
            composite = comp;
        }
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setBackground(Color c) {
        background = c;
    }

    // hints change nothing in vector output; kept only so a caller reads back what it set
    private RenderingHints hints() {
        if (hints == null) {
            hints = new RenderingHints(null);
        }
        return hints;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints().put(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints == null ? null : hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> map) {
        hints().clear();
        hints().putAll(map);
    }

    @Override
    public void addRenderingHints(Map<?, ?> map) {
        hints().putAll(map);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints().clone();
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return null;
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        return false;
    }

    // ---- transform -----------------------------------------------------------------------------------------

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    // ---- clipping: formulas are never clipped --------------------------------------------------------------

    @Override
    public Rectangle getClipBounds() {
        return null;
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
    }

    @Override
    public Shape getClip() {
        return null;
    }

    @Override
    public void setClip(Shape clip) {
    }

    @Override
    public void clip(Shape s) {
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    }
}
