package kexuereader.math;

/**
 * What one page's formulas may still spend (time and SVG), so a page full of costly formulas cannot hold the
 * thread that builds it: once spent, its further formulas are failures (red boxes) instead of renderings.
 * Formulas already in the cache cost nothing. Thread-safe.
 */
final class RenderBudget {

    private final SafetyLimits limits;
    private long spentNanos;
    private long spentChars;

    RenderBudget(SafetyLimits limits) {
        this.limits = limits;
    }

    /** Why no more formulas of this page are rendered, or {@code null} while there is budget left. */
    synchronized String exhausted() {
        if (spentNanos > limits.maxPageMillis() * 1_000_000L) {
            return "skipped: this page's formulas took over " + limits.maxPageMillis() / 1000.0
                    + " s to render";
        }
        if (spentChars > limits.maxPageSvgChars()) {
            return "skipped: this page's formulas drew over " + limits.maxPageSvgChars() + " characters of SVG";
        }
        return null;
    }

    synchronized void spend(long nanos, long chars) {
        spentNanos += nanos;
        spentChars += chars;
    }
}
