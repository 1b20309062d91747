package kexuereader.math.macro;

/**
 * The bounds of one formula's macro expansion (from the engine's safety limits).
 *
 * @param maxMacroExpansions how many macro expansions one formula may need
 * @param maxExpandedChars   how long the formula may grow
 * @param maxExpansionWork   how many characters expansion may push in total
 */
public record ExpansionLimits(int maxMacroExpansions, int maxExpandedChars, long maxExpansionWork) {
}
