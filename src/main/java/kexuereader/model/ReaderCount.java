package kexuereader.model;

/**
 * A reader count as one dump saw it. Counts are snapshots taken at different times, so they are kept per
 * source rather than folded into one number.
 *
 * @param source  the dump's file name
 * @param readers the count it showed
 */
public record ReaderCount(String source, int readers) {
}
