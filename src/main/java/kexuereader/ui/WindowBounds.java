package kexuereader.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * The window's saved place and size fitted to the screens there are now: a size larger than the screen (a
 * settings file from a bigger monitor, or {@code 1e300}) shrinks to it, a place off every screen is dropped (the
 * window is centred), a place half off a screen moves onto it.
 *
 * @param x      left edge, or NaN to centre the window
 * @param y      top edge, or NaN to centre the window
 * @param width  width, within the chosen screen
 * @param height height, within the chosen screen
 */
record WindowBounds(double x, double y, double width, double height) {

    static final double DEFAULT_WIDTH = 1400;
    static final double DEFAULT_HEIGHT = 900;

    /**
     * Fits the saved bounds to the screens' visual bounds (the first is the primary screen); sizes below
     * {@code minWidth}×{@code minHeight} grow to them unless the screen is smaller still.
     */
    static WindowBounds fit(double x, double y, double width, double height, List<Rectangle2D> screens,
                            double minWidth, double minHeight) {
        double w = Double.isFinite(width) && width > 0 ? width : DEFAULT_WIDTH;
        double h = Double.isFinite(height) && height > 0 ? height : DEFAULT_HEIGHT;
        if (screens.isEmpty()) {
            return new WindowBounds(Double.NaN, Double.NaN, Math.max(w, minWidth), Math.max(h, minHeight));
        }
        boolean placed = Double.isFinite(x) && Double.isFinite(y);
        Rectangle2D screen = placed ? mostOverlapped(x, y, w, h, screens) : null;
        if (screen == null) {
            placed = false;
            screen = screens.get(0);
        }
        w = Math.min(Math.max(w, Math.min(minWidth, screen.getWidth())), screen.getWidth());
        h = Math.min(Math.max(h, Math.min(minHeight, screen.getHeight())), screen.getHeight());
        if (!placed) {
            return new WindowBounds(Double.NaN, Double.NaN, w, h);
        }
        double fx = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double fy = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new WindowBounds(fx, fy, w, h);
    }

    /** The screen the window covers most, or null when it is on none. */
    private static Rectangle2D mostOverlapped(double x, double y, double w, double h, List<Rectangle2D> screens) {
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double ow = Math.min(x + w, s.getMaxX()) - Math.max(x, s.getMinX());
            double oh = Math.min(y + h, s.getMaxY()) - Math.max(y, s.getMinY());
            double area = ow > 0 && oh > 0 ? ow * oh : 0;
            if (area > bestArea) {
                best = s;
                bestArea = area;
            }
        }
        return best;
    }
}
