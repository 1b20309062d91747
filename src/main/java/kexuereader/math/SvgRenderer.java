package kexuereader.math;

import kexuereader.math.svg.SvgCanvas;

import kexuereader.math.svg.SvgImage;

import java.awt.Color;
import org.scilab.forge.jlatexmath.Box;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Renders one formula's LaTeX: preflight, JLaTeXMath parse and layout, then the box drawn onto an
 * {@link SvgCanvas}. Every way JLaTeXMath can fail (parse errors, runtime exceptions from odd input, a stack
 * overflow the preflight did not foresee) becomes a typed failure with a short reason.
 */
final class SvgRenderer {

    /** Outcome of rendering LaTeX. */
    sealed interface Result {
    }

    /** A drawing. */
    record Drawn(SvgImage image) implements Result {
    }

    /** Why there is none. */
    record Refused(String reason) implements Result {
    }

    /** The colour that means "not coloured by the formula"; compared by identity, so no formula can forge it. */
    private static final Color DEFAULT_COLOR = new Color(0, 0, 0);

    /**
     * The font size JLaTeXMath lays out at, in its points. Not 1: JLaTeXMath keeps some spaces in absolute
     * points (the 0.5pt script space, {@code \\[5pt]}), which at size 1 would be half an em. At 10, as in TeX's
     * 10pt, they come out as on the blog.
     */
    private static final float POINT_SIZE = 10f;

    private final SafetyLimits limits;

    SvgRenderer(SafetyLimits limits) {
        this.limits = limits;
    }

    Result render(String latex, boolean displayStyle, String color, double fontSizePx) {
        if (latex.isBlank()) {
            return new Drawn(SvgImage.empty(color, fontSizePx));
        }
        String refusal = Preflight.check(latex, limits);
        if (refusal != null) {
            return new Refused(refusal);
        }
        JlmRuntime.ensureReady();
        if (CjkFonts.needs(latex)) {
            CjkFonts.await();
        }
        long start = System.nanoTime();
        long budget = limits.maxFormulaMillis() * 1_000_000L;
        try {
            TeXFormula formula = new TeXFormula(latex);
            TeXIcon icon = formula.createTeXIcon(displayStyle ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    POINT_SIZE);
            Box box = icon.getBox();
            // boxes are measured in em whatever the point size; only absolute spaces depend on it
            double width = box.getWidth();
            double height = box.getHeight();
            double depth = box.getDepth();
            if (!(Math.abs(width) <= limits.maxSizeEm() && Math.abs(height) <= limits.maxSizeEm()
                    && Math.abs(depth) <= limits.maxSizeEm())) {
                return new Refused("formula too large (over " + (int) limits.maxSizeEm() + " em)");
            }
            width = Math.max(0, width);
            height = Math.max(0, height);
            depth = Math.max(0, depth);
            // one buffer for the whole element: the opening tag first (the box is known), then the drawing
            StringBuilder buffer = new StringBuilder(Math.min(512 + 160 * latex.length(), 1 << 18));
            StringBuilder markup = SvgImage.open(buffer, width, height, depth, color, fontSizePx);
            int drawingStart = markup.length();
            box.draw(new SvgCanvas(markup, DEFAULT_COLOR, color, SvgImage.UNITS_PER_EM)
                    .budget(start, budget, limits.maxSvgChars()), 0, 0);
            return new Drawn(SvgImage.close(markup, drawingStart, width, height, depth, color, fontSizePx));
        } catch (SvgCanvas.OverBudget e) {
            return new Refused(e.getMessage());
        } catch (StackOverflowError e) {
            return new Refused("formula nests too deeply");
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return new Refused(FailureReason.of(e));
        }
    }
}
