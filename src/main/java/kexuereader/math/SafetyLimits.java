package kexuereader.math;

import kexuereader.math.macro.ExpansionLimits;

/**
 * The bounds that keep any formula, however hostile, to bounded time and memory. The defaults sit far above
 * what the blog writes (its longest formulas are a few thousand characters, nested a dozen deep).
 *
 * @param maxSourceChars     a formula longer than this, as written, is refused before any work
 * @param maxExpandedChars   nor may it grow past this once its macros are expanded
 * @param maxMacroExpansions how many macro expansions one formula may need
 * @param maxExpansionWork   how many characters expansion may push in total
 * @param maxNesting         how deep braces, environments and {@code \left…\right} may nest
 * @param maxSizeEm          how wide or tall a rendered formula may be, in em
 * @param maxColumns         how many columns an array's column spec may make, its repeats ({@code *{n}{c}})
 *                           counted
 * @param maxTableCells      how many cells (rows × widest row) one table may have
 * @param maxFormulaMillis   how long one formula may take until it is drawn (checked while drawing; wall time,
 *                           so generous: a loaded machine must not turn good formulas into failures)
 * @param maxSvgChars        how much SVG one formula may draw
 * @param maxPageMillis      how long the formulas of one page may take in all; later ones are then skipped
 * @param maxPageSvgChars    how much SVG the formulas of one page may draw in all
 */
public record SafetyLimits(int maxSourceChars, int maxExpandedChars, int maxMacroExpansions, long maxExpansionWork,
                           int maxNesting, double maxSizeEm, int maxColumns, int maxTableCells,
                           long maxFormulaMillis, int maxSvgChars, long maxPageMillis, long maxPageSvgChars) {

    /** The limits the reader uses. */
    public static final SafetyLimits DEFAULT = new SafetyLimits(65_536, 65_536, 10_000, 2_000_000, 64, 2_000, 1_000,
            100_000, 5_000, 4_000_000, 30_000, 32_000_000);

    /** The part that bounds macro expansion. */
    public ExpansionLimits expansion() {
        return new ExpansionLimits(maxMacroExpansions, maxExpandedChars, maxExpansionWork);
    }
}
