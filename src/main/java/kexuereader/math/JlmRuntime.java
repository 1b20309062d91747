package kexuereader.math;

import java.util.Collections;
import java.util.HashMap;
import org.scilab.forge.jlatexmath.FontInfo;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Makes JLaTeXMath safe to call from several threads, once per JVM. JLaTeXMath keeps global mutable tables;
 * the ones that ordinary formulas write are made harmless here:
 * <ul>
 *   <li>the external-font map, which parsing a character of a new Unicode block writes, becomes a synchronised
 *       map;</li>
 *   <li>the Greek and Cyrillic alphabets, which JLaTeXMath loads into shared lists on first use, and every font,
 *       which it creates on first use, are loaded now, before any concurrent use;</li>
 *   <li>the macro and colour tables are never written, because the commands that write them
 *       ({@code \newcommand}, {@code \definecolor}, …) are refused before parsing (see {@link Preflight}) and
 *       the articles' macros are expanded by {@link MacroExpander} instead.</li>
 * </ul>
 * Works with {@code java.awt.headless=true}: JLaTeXMath only needs fonts, never a display.
 */
final class JlmRuntime {

    private static volatile boolean ready;

    private JlmRuntime() {
    }

    static void ensureReady() {
        if (!ready) {
            initialise();
        }
    }

    private static synchronized void initialise() {
        if (ready) {
            return;
        }
        TeXFormula.externalFontMap = Collections.synchronizedMap(new HashMap<>(TeXFormula.externalFontMap));
        for (int id = 0; id < 256; id++) {
            try {
                FontInfo.getFont(id);
            } catch (RuntimeException e) {
                // no font with this id
            }
        }
        // first use of these loads alphabets and symbol tables into JLaTeXMath's shared lists
        String warmUp = "\\text{αβγ абв}\\alpha\\mathbb{R}\\mathcal{O}\\mathfrak{g}\\mathscr{L}\\boldsymbol{x}"
                + "\\frac{a}{b}\\sqrt{x}\\sum_{i=1}^n\\int\\left(\\begin{array}{c}a\\end{array}\\right)"
                + "\\xrightarrow{f}\\underbrace{x}_{y}\\textcolor{#ff0000}{z}";
        new TeXFormula(warmUp).createTeXIcon(TeXConstants.STYLE_DISPLAY, 1f);
        CjkFonts.start();
        ready = true;
    }
}
