package kexuereader.model;

import java.time.Instant;

/**
 * An imported dump file, as the library remembers it.
 *
 * @param id         the library's key for it
 * @param fileName   its name when imported
 * @param sha256     hex SHA-256 of its bytes: importing the same bytes again is a no-op
 * @param format     its format
 * @param importedAt when it was imported
 * @param yearHint   for a yearless (format B) dump, the year of its first entry as the user gave it, else null
 * @param entryCount how many entries it yielded
 */
public record Source(long id, String fileName, String sha256, DumpFormat format, Instant importedAt,
                     Integer yearHint, int entryCount) {
}
