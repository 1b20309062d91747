package kexuereader.math;

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
 */
public record SafetyLimits(int maxSourceChars, int maxExpandedChars, int maxMacroExpansions, long maxExpansionWork,
                           int maxNesting, double maxSizeEm) {

    /** The limits the reader uses. */
    public static final SafetyLimits DEFAULT = new SafetyLimits(65_536, 65_536, 10_000, 2_000_000, 64, 2_000);
}
