package kexuereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kexuereader.ingest.TextKeys;
import kexuereader.merge.MergeKey;
import kexuereader.merge.StoredEntry;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;
import kexuereader.model.DumpFormat;
import kexuereader.model.Entry;
import kexuereader.model.MonthDay;
import kexuereader.model.PublishDate;

/** The {@code source}, {@code entry} and {@code meta} tables: the {@link EntryStore} of one connection. */
final class EntryTable implements EntryStore {

    private final Connection c;

    EntryTable(Connection c) {
        this.c = c;
    }

    @Override
    public Long sourceId(String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM source WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public Integer yearHint(long source) throws SQLException {
        return sourceInt(source, "year_hint");
    }

    @Override
    public void setYearHint(long source, int yearHint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE source SET year_hint = ? WHERE id = ?")) {
            ps.setInt(1, yearHint);
            ps.setLong(2, source);
            ps.executeUpdate();
        }
    }

    @Override
    public Integer firstYear(long source) throws SQLException {
        return sourceInt(source, "first_year");
    }

    private Integer sourceInt(long source, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM source WHERE id = ?")) {
            ps.setLong(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ArticleTable.intOrNull(rs, column) : null;
            }
        }
    }

    @Override
    public long insertSource(Dump dump, Integer yearHint) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO source (file_name, sha256, format, encoding, imported_at, year_hint, entry_count, diagnostics,
                  notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, dump.fileName());
            ps.setString(2, dump.sha256());
            ps.setString(3, dump.format().name());
            ps.setString(4, dump.encoding());
            ps.setString(5, Instant.now().toString());
            ArticleTable.setInt(ps, 6, dump.format() == DumpFormat.ARCHIVE ? yearHint : null);
            ps.setInt(7, dump.entries().size());
            ps.setString(8, dump.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
            ps.setString(9, SourceNotes.encode(dump.diagnostics()));
            ps.executeUpdate();
        }
        id = lastRowid();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO entry (source_id, ordinal, line, title, title_key, head, year, month, day, readers, body,
                  excerpt_only, blog_id, url, categories, tags, comments, blocks)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int ordinal = 0;
            for (Entry e : dump.entries()) {
                ps.setLong(1, id);
                ps.setInt(2, ordinal++);
                ps.setInt(3, e.line());
                ps.setString(4, e.title());
                ps.setString(5, TextKeys.titleKey(e.title()));
                ps.setString(6, TextKeys.excerptHead(EntryFacts.headText(e)));
                ArticleTable.setInt(ps, 7, e.date().year());
                ps.setInt(8, e.date().month());
                ps.setInt(9, e.date().day());
                ArticleTable.setInt(ps, 10, e.readers());
                ps.setString(11, e.body());
                ps.setInt(12, e.excerptOnly() ? 1 : 0);
                EntryFacts.bind(ps, 13, e);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    @Override
    public void setYears(long source, Integer first, List<MergeKey> entries, Integer[] years) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE source SET first_year = ? WHERE id = ?")) {
            ArticleTable.setInt(ps, 1, first);
            ps.setLong(2, source);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE entry SET year = ? WHERE id = ?")) {
            for (int i = 0; i < entries.size(); i++) {
                ArticleTable.setInt(ps, 1, years[i]);
                ps.setLong(2, entries.get(i).entryId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<Long> archiveSourcesAt(Set<MonthDay> monthDays) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT DISTINCT e.source_id FROM entry e JOIN source s ON s.id = e.source_id
                WHERE s.format = 'ARCHIVE' AND e.month = ? AND e.day = ? ORDER BY s.sha256""")) {
            for (MonthDay md : monthDays) {
                ps.setInt(1, md.month());
                ps.setInt(2, md.day());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return new ArrayList<>(ids);
    }

    @Override
    public List<ArchiveEntry> archiveEntriesAt(MonthDay md) throws SQLException {
        List<ArchiveEntry> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.source_id, e.title_key, e.head FROM entry e JOIN source s ON s.id = e.source_id
                WHERE s.format = 'ARCHIVE' AND e.month = ? AND e.day = ?""")) {
            ps.setInt(1, md.month());
            ps.setInt(2, md.day());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ArchiveEntry(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return list;
    }

    private static final String KEY_COLUMNS =
            "e.id, s.sha256, e.ordinal, e.title_key, e.head, e.year, e.month, e.day, e.blog_id FROM entry e "
                    + "JOIN source s ON s.id = e.source_id ";

    @Override
    public List<MergeKey> keysOfSource(long source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KEY_COLUMNS
                + "WHERE e.source_id = ? ORDER BY e.ordinal")) {
            ps.setLong(1, source);
            return keys(ps);
        }
    }

    @Override
    public List<MergeKey> datedKeysAt(int month, int day, long excludedSource) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KEY_COLUMNS
                + "WHERE e.month = ? AND e.day = ? AND e.year IS NOT NULL AND e.source_id <> ?")) {
            ps.setInt(1, month);
            ps.setInt(2, day);
            ps.setLong(3, excludedSource);
            return keys(ps);
        }
    }

    @Override
    public List<MergeKey> keysAt(MonthDay md) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KEY_COLUMNS + "WHERE e.month = ? AND e.day = ?")) {
            ps.setInt(1, md.month());
            ps.setInt(2, md.day());
            return keys(ps);
        }
    }

    private static List<MergeKey> keys(PreparedStatement ps) throws SQLException {
        List<MergeKey> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new MergeKey(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        ArticleTable.intOrNull(rs, "year"), rs.getInt(7), rs.getInt(8),
                        ArticleTable.intOrNull(rs, "blog_id")));
            }
        }
        return list;
    }

    @Override
    public Set<MonthDay> monthDays() throws SQLException {
        Set<MonthDay> all = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT month, day FROM entry");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new MonthDay(rs.getInt(1), rs.getInt(2)));
            }
        }
        return all;
    }

    @Override
    public Map<Long, String> articleOfEntries(MonthDay md) throws SQLException {
        Map<Long, String> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.id, a.id FROM entry e JOIN article a ON a.rowid = e.article_rowid
                WHERE e.month = ? AND e.day = ?""")) {
            ps.setInt(1, md.month());
            ps.setInt(2, md.day());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return map;
    }

    @Override
    public List<StoredEntry> load(List<MergeKey> cluster) throws SQLException {
        List<StoredEntry> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.id, s.file_name, s.sha256, e.ordinal, e.line, e.title, e.year, e.month, e.day, e.readers,
                       e.body, e.excerpt_only, e.blog_id, e.url, e.categories, e.tags, e.comments, e.blocks
                FROM entry e JOIN source s ON s.id = e.source_id WHERE e.id = ?""")) {
            for (MergeKey k : cluster) {
                ps.setLong(1, k.entryId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        String blocks = rs.getString("blocks");
                        // an entry with blocks takes its paragraphs from them: its body is neither read nor split
                        List<String> paragraphs = blocks == null || blocks.isEmpty()
                                ? ArticleTable.paragraphs(rs.getString("body")) : List.of();
                        Entry entry = new Entry(rs.getInt("line"), rs.getString("title"),
                                new PublishDate(ArticleTable.intOrNull(rs, "year"), rs.getInt("month"),
                                        rs.getInt("day")),
                                ArticleTable.intOrNull(rs, "readers"), paragraphs, rs.getInt("excerpt_only") != 0);
                        entry = EntryFacts.read(rs, blocks, entry);
                        list.add(new StoredEntry(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                                rs.getInt("ordinal"), entry));
                    }
                }
            }
        }
        return list;
    }

    @Override
    public void assign(List<MergeKey> cluster, long rowid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE entry SET article_rowid = ? WHERE id = ?")) {
            for (MergeKey k : cluster) {
                ps.setLong(1, rowid);
                ps.setLong(2, k.entryId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public String meta(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private long lastRowid() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
