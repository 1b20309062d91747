package kexuereader.merge;

import kexuereader.model.MonthDay;

/**
 * What the merge needs to know of an entry to decide which entries are one article: small enough to load a
 * whole month-day block of a large library at once.
 *
 * @param entryId  the entry's key in the library
 * @param sourceSha the SHA-256 of its dump: with {@code ordinal}, an order that does not depend on import order
 * @param ordinal  its position in the dump
 * @param titleKey {@link kexuereader.ingest.TextKeys#titleKey} of its title, or null when untitled
 * @param head     {@link kexuereader.ingest.TextKeys#head} of its body
 * @param year     its year, or null when unknown
 * @param month    its month
 * @param day      its day
 * @param blogId   N of its post's address when its dump showed it (article pages, the index), else null
 */
public record MergeKey(long entryId, String sourceSha, int ordinal, String titleKey, String head, Integer year, int month,
                int day, Integer blogId) {

    public MergeKey(long entryId, String sourceSha, int ordinal, String titleKey, String head, Integer year, int month,
             int day) {
        this(entryId, sourceSha, ordinal, titleKey, head, year, month, day, null);
    }

    public MonthDay monthDay() {
        return new MonthDay(month, day);
    }
}
