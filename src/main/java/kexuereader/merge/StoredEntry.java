package kexuereader.merge;

import kexuereader.model.Entry;

/**
 * An entry as the library keeps it: the parsed {@link Entry} (its date carrying the year the library fixed
 * for it, if any) and where it came from.
 *
 * @param id         the entry's key
 * @param sourceName the file name of its dump
 * @param sourceSha  the SHA-256 of its dump
 * @param ordinal    its position in the dump
 * @param entry      the parsed entry
 */
public record StoredEntry(long id, String sourceName, String sourceSha, int ordinal, Entry entry) {
}
