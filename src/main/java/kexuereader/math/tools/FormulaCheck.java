package kexuereader.math.tools;

import kexuereader.math.ArticleMath;
import kexuereader.math.DisplayRendering;
import kexuereader.math.Document;
import kexuereader.math.MathEngine;
import kexuereader.math.RenderStyle;
import kexuereader.math.Rendering;
import kexuereader.math.Segment;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code formulas check}: renders every formula of the given documents and reports each one that fails, one
 * line each, then a total:
 * <pre>
 * FAIL &lt;label&gt;#&lt;n&gt;: &lt;reason&gt;: &lt;first 80 characters of the source&gt;
 * formulas: T total, R rendered, F failed
 * </pre>
 * {@code n} counts the math of the document in reading order from 1 (formulas and references alike); source
 * line breaks are shown as spaces.
 */
public final class FormulaCheck {

    static final int SOURCE_CHARS = 80;

    private FormulaCheck() {
    }

    /** Checks with a fresh engine; returns how many formulas failed. */
    public static int run(List<Document> documents, PrintWriter out) {
        return run(documents, out, new MathEngine());
    }

    public static int run(List<Document> documents, PrintWriter out, MathEngine engine) {
        int total = 0;
        int failed = 0;
        for (Document doc : documents) {
            ArticleMath math = MathEngine.prepare(doc.body());
            MathEngine.Page page = engine.page();
            int n = 0;
            for (Segment s : math.mathSegments()) {
                n++;
                total++;
                Rendering.Failure failure = failure(s, page);
                if (failure != null) {
                    failed++;
                    out.println(failLine(doc.label(), n, failure));
                }
            }
        }
        out.println(summary(total, failed));
        out.flush();
        return failed;
    }

    /** The failure of a math segment, or {@code null} when it renders (references always do). */
    static Rendering.Failure failure(Segment s, MathEngine.Page page) {
        if (s instanceof Segment.Inline i) {
            return page.render(i.formula(), RenderStyle.PAGE) instanceof Rendering.Failure f ? f : null;
        }
        if (s instanceof Segment.Display d) {
            DisplayRendering r = page.renderDisplay(d, RenderStyle.PAGE);
            if (r.body() instanceof Rendering.Failure f) {
                return f;
            }
            if (r.tags() instanceof Rendering.Failure f) {
                return new Rendering.Failure(f.source(), "equation number: " + f.reason());
            }
        }
        return null;
    }

    /** {@code FAIL <label>#<n>: <reason>: <first 80 chars of source>}. */
    static String failLine(String label, int n, Rendering.Failure f) {
        return "FAIL " + label + "#" + n + ": " + f.reason() + ": " + shortSource(f.source());
    }

    /** {@code formulas: T total, R rendered, F failed}. */
    static String summary(int total, int failed) {
        return "formulas: " + total + " total, " + (total - failed) + " rendered, " + failed + " failed";
    }

    /** The first 80 characters (code points) of a source, line breaks shown as spaces. */
    static String shortSource(String source) {
        String oneLine = source.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= SOURCE_CHARS) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, SOURCE_CHARS));
    }
}
