package kexuereader.math;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import org.scilab.forge.jlatexmath.FontInfo;
import org.scilab.forge.jlatexmath.MatrixAtom;
import org.scilab.forge.jlatexmath.SpaceAtom;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Makes JLaTeXMath safe to call from several threads, once per JVM. JLaTeXMath keeps global mutable tables;
 * the ones that ordinary formulas write are made harmless here:
 * <ul>
 *   <li>the external-font map, which parsing a character of a new Unicode block writes, becomes a synchronised
 *       map;</li>
 *   <li>the predefined formulas ({@code \lim}, {@code \ldots}…), which JLaTeXMath parses and caches in a plain
 *       map on first use, are all cached now and the map becomes a concurrent one;</li>
 *   <li>operator atoms, which JLaTeXMath shares JVM-wide and flags on {@code \limits}, are never flagged: see
 *       {@link LimitsOnFreshAtom};</li>
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
        // predefined formulas (\lim, \ldots, …) are parsed and cached on first use: fill the cache now, and make
        // it a concurrent map, so rendering never writes a plain HashMap that other threads read
        for (String name : new ArrayList<>(TeXFormula.predefinedTeXFormulasAsString.keySet())) {
            try {
                TeXFormula.get(name);
            } catch (RuntimeException e) {
                // a predefined formula JLaTeXMath itself cannot parse: it fails the same way later
            }
        }
        // and every lookup of a symbol or predefined formula gets its own atom, so no formula's parse can change
        // another's (FreshAtoms; the maps are concurrent ones)
        FreshAtoms.install();
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
        // MathJax sets an array with no padding outside its first and last columns (TeX and JLaTeXMath add half a
        // column gap, 0.5 em, on each side: +1 em on every array and cases); JLaTeXMath reads this shared atom
        // only for those outer gaps
        MatrixAtom.semihsep = new SpaceAtom(TeXConstants.UNIT_EM, 0, 0, 0);
        // MathJax's rows are rowspacing apart and nothing above the first or below the last; the rows' gaps are
        // set per environment by the row-spacing rule (these atoms are read only by arrays and multline)
        MatrixAtom.vsep_in = new SpaceAtom(TeXConstants.UNIT_EM, 0, 0, 0);
        MatrixAtom.vsep_ext_top = new SpaceAtom(TeXConstants.UNIT_EM, 0, 0, 0);
        MatrixAtom.vsep_ext_bot = new SpaceAtom(TeXConstants.UNIT_EM, 0, 0, 0);
        // aligned's right-left column pairs touch in MathJax (JLaTeXMath puts a medium space between them; the
        // row-spacing rule gives a relation opening the right cell its space, as amsmath's {} does)
        try {
            java.lang.reflect.Field align = MatrixAtom.class.getDeclaredField("align");
            align.setAccessible(true);
            align.set(null, new SpaceAtom(TeXConstants.UNIT_EM, 0, 0, 0));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another JLaTeXMath: aligned keeps its medium space
        }
        // display-size operators (\sum, \prod…) sit and are boxed as in MathJax (JLaTeXMath centred them 0.1 em high)
        BigOperatorMetrics.correct();
        // letters as wide as MathJax's, in a row or alone (JLaTeXMath added TeX's italic correction in rows)
        LetterMetrics.correct();
        LetterMetrics.heighten();
        // scripts at MathJax's size (√½ of the text; JLaTeXMath 0.7)
        ScriptSize.correct();
        // a thin space after punctuation before anything, as TeX and MathJax (JLaTeXMath: up to a thick one)
        PunctuationGlue.correct();
        // \boxed and \fbox pad as MathJax does (0.267 em to the frame's edge; JLaTeXMath's 0.69 em)
        FramePadding.install();
        // fractions ordinary and clearing the bar as MathJax's, and \right spaced as a closing symbol after it
        MathJaxAtoms.install();
        CjkFonts.start();
        ready = true;
    }
}
