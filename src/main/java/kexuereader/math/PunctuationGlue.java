package kexuereader.math;

import java.lang.reflect.Field;
import org.scilab.forge.jlatexmath.Glue;
import org.scilab.forge.jlatexmath.TeXConstants;

/**
 * The space after punctuation as TeX and MathJax set it: a thin space before anything (TeXbook's table, p. 170).
 * JLaTeXMath's glue table gives a medium space before an operator or another punctuation mark and a thick one
 * before a relation or an inner atom, so every {@code x_1,\cdots,x_n} ran 0.11 em wide per comma before the dots.
 * The table ({@code Glue.glueTable}: left type, right type, style / 2 → glue type) is corrected once at start.
 */
final class PunctuationGlue {

    private static final int[] AFTER_PUNCT = {TeXConstants.TYPE_BIG_OPERATOR, TeXConstants.TYPE_RELATION,
        TeXConstants.TYPE_PUNCTUATION, TeXConstants.TYPE_INNER};

    private PunctuationGlue() {
    }

    /** Once at start, before any concurrent use; does nothing on a JLaTeXMath without these internals. */
    static void correct() {
        try {
            Field tableField = Glue.class.getDeclaredField("glueTable");
            tableField.setAccessible(true);
            int[][][] table = (int[][][]) tableField.get(null);
            Field typesField = Glue.class.getDeclaredField("glueTypes");
            typesField.setAccessible(true);
            Glue[] types = (Glue[]) typesField.get(null);
            int thin = -1;
            for (int t = 0; t < types.length; t++) {
                if ("thin".equals(types[t].getName())) {
                    thin = t;
                }
            }
            if (thin < 0) {
                return;
            }
            int[][] punct = table[TeXConstants.TYPE_PUNCTUATION];
            for (int right : AFTER_PUNCT) {
                // display and text style (style / 2 = 0, 1); in script styles none, as in TeX
                punct[right][0] = thin;
                punct[right][1] = thin;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another JLaTeXMath: its punctuation spacing stays
        }
    }
}
