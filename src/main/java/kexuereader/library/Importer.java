package kexuereader.library;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kexuereader.ingest.DumpParser;
import kexuereader.ingest.SeriesRules;
import kexuereader.ingest.TextKeys;
import kexuereader.merge.ArticleBuilder;
import kexuereader.merge.ArticleIds;
import kexuereader.merge.MergeKey;
import kexuereader.merge.Merger;
import kexuereader.merge.StoredEntry;
import kexuereader.merge.YearResolver;
import kexuereader.model.Article;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;
import kexuereader.model.DumpFormat;
import kexuereader.model.Entry;
import kexuereader.model.PublishDate;

/**
 * The write side of the library. Importing a dump stores its source and entries as facts, fixes the years of
 * archive-page dumps from anchors, and re-derives the articles of every month-day the change touches. Articles
 * whose entries did not change are left as they are, so an import costs in proportion to the file, not to the
 * library. The caller runs each call in one transaction.
 */
final class Importer {

    private final Connection c;
    private final SeriesRules rules;
    private final String rulesFingerprint;

    Importer(Connection c, SeriesRules rules) {
        this.c = c;
        this.rules = rules;
        this.rulesFingerprint = fingerprint(rules);
    }

    /** Imports a parsed dump that was not rejected. */
    ImportResult importDump(Dump dump, Integer yearHint) throws SQLException {
        Long existing = sourceId(dump.sha256());
        Set<Integer> touched = new TreeSet<>();
        if (existing != null) {
            Integer storedHint = sourceHint(existing);
            boolean newHint = yearHint != null && dump.format() == DumpFormat.ARCHIVE && !yearHint.equals(storedHint);
            if (!newHint) {
                return new ImportResult(dump.fileName(), true, true, dump.entries().size(), 0, null,
                        dump.diagnostics());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE source SET year_hint = ? WHERE id = ?")) {
                ps.setInt(1, yearHint);
                ps.setLong(2, existing);
                ps.executeUpdate();
            }
            touched.addAll(resolveYears(monthDaysOf(existing), existing, null));
            remerge(touched);
            return new ImportResult(dump.fileName(), true, true, dump.entries().size(), 0, null, dump.diagnostics());
        }
        long sourceId = insertSource(dump, yearHint);
        Set<Integer> own = new TreeSet<>();
        for (Entry e : dump.entries()) {
            own.add(md(e.date()));
        }
        touched.addAll(own);
        // the new dump's dated entries are the only new anchors: only archive dumps they match are re-resolved
        List<MergeKey> votes = keysOfSource(sourceId).stream().filter(k -> k.year() != null).toList();
        touched.addAll(resolveYears(own, dump.format() == DumpFormat.ARCHIVE ? sourceId : null, votes));
        int created = remerge(touched);
        return new ImportResult(dump.fileName(), true, false, dump.entries().size(), created, null,
                dump.diagnostics());
    }

    /** Re-derives every article, e.g. after the series rules changed. */
    void rebuildAll() throws SQLException {
        // a signature no derivation gives, and one per row: rows of one month-day must stay apart by it
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET signature = 'stale:' || rowid")) {
            ps.executeUpdate();
        }
        Set<Integer> all = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT month, day FROM entry");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(rs.getInt(1) * 100 + rs.getInt(2));
            }
        }
        all.addAll(resolveYears(all, null, null));
        remerge(all);
        setMeta("rules", rulesFingerprint);
    }

    /** Whether the articles were derived with other series rules than the current ones. */
    boolean rulesChanged() throws SQLException {
        String stored = meta("rules");
        return stored != null && !stored.equals(rulesFingerprint) || stored == null && hasArticles();
    }

    /** Whether the library records the current rules as those its articles were derived by. */
    boolean rulesRecorded() throws SQLException {
        return rulesFingerprint.equals(meta("rules"));
    }

    void recordRules() throws SQLException {
        setMeta("rules", rulesFingerprint);
    }

    // --- sources and entries -------------------------------------------------------------------------------

    private long insertSource(Dump dump, Integer yearHint) throws SQLException {
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

    // --- years of archive-page dumps -----------------------------------------------------------------------

    /**
     * Recomputes the years of archive-page dumps with entries in the given month-days (and of {@code alsoSource}),
     * following the anchors they give each other until nothing changes.
     *
     * <p>A dump's years follow from the dated entries that match its own (its anchors). When {@code newVotes}
     * says which dated entries are new, only the dumps with an entry one of them matches are recomputed: every
     * other dump has the same anchors as before, so it would come out the same. Likewise, when a dump's years
     * change, only the dumps with an entry matching one of its entries are recomputed. This keeps an import's
     * cost to the dumps it can affect, not to every dump sharing a month-day with it.
     *
     * @param newVotes the dated entries just added, or null to recompute every dump of the month-days
     * @return the month-days whose entries' years changed
     */
    private Set<Integer> resolveYears(Set<Integer> monthDays, Long alsoSource, List<MergeKey> newVotes)
            throws SQLException {
        Set<Integer> changed = new TreeSet<>();
        List<Long> around = archiveSourcesAt(monthDays);
        Deque<Long> queue = new ArrayDeque<>(newVotes == null ? around : matching(around, newVotes, alsoSource));
        if (alsoSource != null && !queue.contains(alsoSource)) {
            queue.add(alsoSource);
        }
        Set<Long> queued = new HashSet<>(queue);
        // the budget against anchors that never settle is the same whether or not the queue was narrowed
        int budget = 64 + 4 * (around.size() + (alsoSource != null && !around.contains(alsoSource) ? 1 : 0));
        while (!queue.isEmpty() && budget-- > 0) {
            long source = queue.poll();
            queued.remove(source);
            List<MergeKey> entries = keysOfSource(source);
            if (entries.isEmpty()) {
                continue;
            }
            Integer first = YearResolver.firstEntryYear(entries, e -> datedKeysAt(e.month(), e.day(), source));
            if (first == null) {
                first = sourceHint(source);
            }
            if (java.util.Objects.equals(first, sourceFirstYear(source))) {
                continue;
            }
            setYears(source, entries, first);
            Set<Integer> mds = new TreeSet<>();
            for (MergeKey k : entries) {
                mds.add(k.month() * 100 + k.day());
            }
            changed.addAll(mds);
            List<Long> neighbours = archiveSourcesAt(mds);
            for (long other : newVotes == null ? neighbours : matching(neighbours, entries, source)) {
                if (other != source && queued.add(other)) {
                    queue.add(other);
                }
            }
        }
        return changed;
    }

    private void setYears(long source, List<MergeKey> entries, Integer first) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE source SET first_year = ? WHERE id = ?")) {
            ArticleTable.setInt(ps, 1, first);
            ps.setLong(2, source);
            ps.executeUpdate();
        }
        int[] years = first == null ? null : YearResolver.years(entries, first);
        try (PreparedStatement ps = c.prepareStatement("UPDATE entry SET year = ? WHERE id = ?")) {
            for (int i = 0; i < entries.size(); i++) {
                MergeKey k = entries.get(i);
                Integer y = years == null ? null : years[i];
                if (y != null && !PublishDate.isValid(y, k.month(), k.day())) {
                    y = null; // 29 Feb in a year without one: the anchor is wrong for this entry; leave it unknown
                }
                ArticleTable.setInt(ps, 1, y);
                ps.setLong(2, k.entryId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<Long> archiveSourcesAt(Set<Integer> monthDays) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT DISTINCT e.source_id FROM entry e JOIN source s ON s.id = e.source_id
                WHERE s.format = 'ARCHIVE' AND e.month = ? AND e.day = ? ORDER BY s.sha256""")) {
            for (int md : monthDays) {
                ps.setInt(1, md / 100);
                ps.setInt(2, md % 100);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * The archive dumps among {@code candidates} (kept in their order) with an entry that one of {@code votes}
     * could anchor: same month-day, and the same title or excerpts that start alike. Entries of
     * {@code votesSource} itself are not looked at: a dump is never its own anchor.
     */
    private List<Long> matching(List<Long> candidates, List<MergeKey> votes, Long votesSource) throws SQLException {
        if (candidates.isEmpty() || votes.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<MergeKey>> byDay = Merger.byMonthDay(votes);
        long own = votesSource == null ? -1 : votesSource;
        Set<Long> hit = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.source_id, e.title_key, e.head FROM entry e JOIN source s ON s.id = e.source_id
                WHERE s.format = 'ARCHIVE' AND e.month = ? AND e.day = ?""")) {
            for (Map.Entry<Integer, List<MergeKey>> day : byDay.entrySet()) {
                ps.setInt(1, day.getKey() / 100);
                ps.setInt(2, day.getKey() % 100);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long source = rs.getLong(1);
                        if (source == own || hit.contains(source)) {
                            continue;
                        }
                        String titleKey = rs.getString(2);
                        String head = rs.getString(3);
                        for (MergeKey v : day.getValue()) {
                            if (YearResolver.sameArticle(titleKey, head, v)) {
                                hit.add(source);
                                break;
                            }
                        }
                    }
                }
            }
        }
        return candidates.stream().filter(hit::contains).toList();
    }

    private static final String KEY_COLUMNS =
            "e.id, s.sha256, e.ordinal, e.title_key, e.head, e.year, e.month, e.day, e.blog_id FROM entry e "
                    + "JOIN source s ON s.id = e.source_id ";

    private List<MergeKey> keysOfSource(long source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KEY_COLUMNS
                + "WHERE e.source_id = ? ORDER BY e.ordinal")) {
            ps.setLong(1, source);
            return keys(ps);
        }
    }

    private List<MergeKey> datedKeysAt(int month, int day, long excludedSource) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KEY_COLUMNS
                + "WHERE e.month = ? AND e.day = ? AND e.year IS NOT NULL AND e.source_id <> ?")) {
            ps.setInt(1, month);
            ps.setInt(2, day);
            ps.setLong(3, excludedSource);
            return keys(ps);
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    private List<MergeKey> keysAt(int md) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KEY_COLUMNS + "WHERE e.month = ? AND e.day = ?")) {
            ps.setInt(1, md / 100);
            ps.setInt(2, md % 100);
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

    // --- the merge -----------------------------------------------------------------------------------------

    /**
     * Re-derives the articles of the given month-days.
     *
     * @return how many articles are new: made only of entries that belonged to no article before
     */
    private int remerge(Set<Integer> monthDays) throws SQLException {
        int created = 0;
        for (int md : monthDays) {
            List<MergeKey> keys = keysAt(md);
            List<List<MergeKey>> clusters = Merger.cluster(keys);
            List<String> ids = ArticleIds.assign(clusters);
            Map<String, Stored> existing = new HashMap<>();
            List<Stored> unmatched = new ArrayList<>();
            for (Stored old : existingArticles(md)) {
                if (existing.putIfAbsent(old.signature(), old) != null) {
                    unmatched.add(old); // two rows with one signature: neither may be lost from sight
                }
            }
            Map<Long, String> previousArticle = previousArticles(md);
            List<Integer> toBuild = new ArrayList<>();
            List<String> signatures = new ArrayList<>();
            for (int i = 0; i < clusters.size(); i++) {
                String sig = signature(ids.get(i), clusters.get(i));
                signatures.add(sig);
                if (existing.remove(sig) == null) {
                    toBuild.add(i);
                }
            }
            // an article rebuilt under the same id keeps its row: its search rows stay when its text did not change
            Set<String> rebuilt = new HashSet<>();
            for (int i : toBuild) {
                rebuilt.add(ids.get(i));
            }
            Map<String, Long> reusable = new HashMap<>();
            unmatched.addAll(existing.values());
            for (Stored old : unmatched) {
                if (rebuilt.contains(old.id())) {
                    reusable.put(old.id(), old.rowid());
                } else {
                    ArticleTable.delete(c, old.rowid());
                }
            }
            for (int i : toBuild) {
                List<MergeKey> cluster = clusters.get(i);
                Article a = ArticleBuilder.build(ids.get(i), loadEntries(cluster), rules);
                Long old = reusable.get(a.id());
                long rowid = old == null ? ArticleTable.insert(c, a, signatures.get(i), rules)
                        : ArticleTable.replace(c, old, a, signatures.get(i), rules);
                assign(cluster, rowid);
                if (cluster.stream().noneMatch(k -> previousArticle.containsKey(k.entryId()))) {
                    created++;
                }
            }
            carryUserState(clusters, ids, previousArticle);
        }
        return created;
    }

    /**
     * The user's state follows the entries: an article id that no longer exists passes its state to the new
     * articles that hold its entries.
     */
    private void carryUserState(List<List<MergeKey>> clusters, List<String> ids, Map<Long, String> previousArticle)
            throws SQLException {
        Set<String> current = new HashSet<>(ids);
        Map<String, Set<String>> successors = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (MergeKey k : clusters.get(i)) {
                String before = previousArticle.get(k.entryId());
                if (before != null && !current.contains(before)) {
                    successors.computeIfAbsent(before, b -> new TreeSet<>()).add(ids.get(i));
                }
            }
        }
        if (!successors.isEmpty()) {
            UserStates.carryOver(c, successors, successors.keySet());
        }
    }

    /** For each entry of the month-day that belonged to an article, that article's id. */
    private Map<Long, String> previousArticles(int md) throws SQLException {
        Map<Long, String> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.id, a.id FROM entry e JOIN article a ON a.rowid = e.article_rowid
                WHERE e.month = ? AND e.day = ?""")) {
            ps.setInt(1, md / 100);
            ps.setInt(2, md % 100);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return map;
    }

    /** An article as stored: its row, its id and the signature it was derived with. */
    private record Stored(long rowid, String id, String signature) {
    }

    /** Every stored article of a month-day. */
    private List<Stored> existingArticles(int md) throws SQLException {
        List<Stored> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT signature, rowid, id FROM article WHERE month = ? AND day = ?")) {
            ps.setInt(1, md / 100);
            ps.setInt(2, md % 100);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Stored(rs.getLong(2), rs.getString(3), rs.getString(1)));
                }
            }
        }
        return list;
    }

    private List<StoredEntry> loadEntries(List<MergeKey> cluster) throws SQLException {
        List<StoredEntry> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.id, s.file_name, s.sha256, e.ordinal, e.line, e.title, e.year, e.month, e.day, e.readers,
                       e.body, e.excerpt_only, e.blog_id, e.url, e.categories, e.tags, e.comments, e.blocks
                FROM entry e JOIN source s ON s.id = e.source_id WHERE e.id = ?""")) {
            for (MergeKey k : cluster) {
                ps.setLong(1, k.entryId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Entry entry = new Entry(rs.getInt("line"), rs.getString("title"),
                                new PublishDate(ArticleTable.intOrNull(rs, "year"), rs.getInt("month"),
                                        rs.getInt("day")),
                                ArticleTable.intOrNull(rs, "readers"), ArticleTable.paragraphs(rs.getString("body")),
                                rs.getInt("excerpt_only") != 0);
                        entry = EntryFacts.read(rs, entry);
                        list.add(new StoredEntry(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                                rs.getInt("ordinal"), entry));
                    }
                }
            }
        }
        return list;
    }

    private void assign(List<MergeKey> cluster, long rowid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE entry SET article_rowid = ? WHERE id = ?")) {
            for (MergeKey k : cluster) {
                ps.setLong(1, rowid);
                ps.setLong(2, k.entryId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Identifies a derived article: its id, its entries with their years, and the rules it was derived by. */
    private String signature(String id, List<MergeKey> cluster) {
        StringBuilder sb = new StringBuilder(id).append('|').append(rulesFingerprint);
        cluster.stream().sorted(java.util.Comparator.comparingLong(MergeKey::entryId))
                .forEach(k -> sb.append('|').append(k.entryId()).append(':').append(k.year()));
        return sha(sb.toString());
    }

    // --- small helpers -------------------------------------------------------------------------------------

    private Set<Integer> monthDaysOf(long source) throws SQLException {
        Set<Integer> set = new TreeSet<>();
        for (MergeKey k : keysOfSource(source)) {
            set.add(k.month() * 100 + k.day());
        }
        return set;
    }

    private Long sourceId(String sha) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM source WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private Integer sourceHint(long source) throws SQLException {
        return sourceInt(source, "year_hint");
    }

    private Integer sourceFirstYear(long source) throws SQLException {
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

    private long lastRowid() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean hasArticles() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM article)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private String meta(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static int md(PublishDate d) {
        return d.month() * 100 + d.day();
    }

    static String fingerprint(SeriesRules rules) {
        StringBuilder sb = new StringBuilder();
        rules.rules().forEach(r -> sb.append(r.name()).append('=').append(r.pattern().pattern()).append('\n'));
        // titles that are never a series change articles too; none (the defaults) keeps the older fingerprints
        rules.notSeries().forEach(p -> sb.append("not-series=").append(p.pattern()).append('\n'));
        return sha(sb.toString()).substring(0, 16);
    }

    private static String sha(String s) {
        return DumpParser.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Carries an SQLException through a lambda; unwrapped by the library. */
    static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
