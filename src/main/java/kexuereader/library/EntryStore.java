package kexuereader.library;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kexuereader.merge.MergeKey;
import kexuereader.merge.StoredEntry;
import kexuereader.model.Dump;
import kexuereader.model.MonthDay;

/**
 * The facts an import works on: the dumps (sources) and their entries, as {@link Importer} reads and writes them.
 * Everything the merge decides goes through here and through {@link ArticleTable}; {@link EntryTable} keeps them
 * in SQLite.
 */
interface EntryStore {

    /** An entry of an archive-page dump, as the year resolution compares it with the dated entries. */
    record ArchiveEntry(long sourceId, String titleKey, String head) {
    }

    /** The source with these bytes, or null. */
    Long sourceId(String sha256) throws SQLException;

    Integer yearHint(long source) throws SQLException;

    void setYearHint(long source, int yearHint) throws SQLException;

    /** The year its first entry was fixed to, or null. */
    Integer firstYear(long source) throws SQLException;

    /** Stores the dump and its entries, in order; returns the new source's id. */
    long insertSource(Dump dump, Integer yearHint) throws SQLException;

    /** Fixes the years of a dump's entries ({@code years[i]} for {@code entries.get(i)}, null: unknown). */
    void setYears(long source, Integer firstYear, List<MergeKey> entries, Integer[] years) throws SQLException;

    /** A dump's entries, in its order. */
    List<MergeKey> keysOfSource(long source) throws SQLException;

    /** Every entry of a month-day. */
    List<MergeKey> keysAt(MonthDay monthDay) throws SQLException;

    /** The entries of a month-day with a known year, but those of {@code excludedSource}. */
    List<MergeKey> datedKeysAt(int month, int day, long excludedSource) throws SQLException;

    /** The archive-page dumps with an entry on one of the month-days, in SHA-256 order. */
    List<Long> archiveSourcesAt(Set<MonthDay> monthDays) throws SQLException;

    /** The entries of archive-page dumps on a month-day. */
    List<ArchiveEntry> archiveEntriesAt(MonthDay monthDay) throws SQLException;

    /** Every month-day that has an entry. */
    Set<MonthDay> monthDays() throws SQLException;

    /** The entries in full, for building their article. */
    List<StoredEntry> load(List<MergeKey> cluster) throws SQLException;

    /** For each entry of the month-day that belonged to an article, that article's id. */
    Map<Long, String> articleOfEntries(MonthDay monthDay) throws SQLException;

    /** Makes the entries belong to the article stored at {@code rowid}. */
    void assign(List<MergeKey> cluster, long rowid) throws SQLException;

    /** A value the library keeps about itself (the fingerprint of the series rules), or null. */
    String meta(String key) throws SQLException;

    void setMeta(String key, String value) throws SQLException;
}
