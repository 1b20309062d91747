package kexuereader.library;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kexuereader.ingest.DumpParser;
import kexuereader.ingest.SeriesRules;
import kexuereader.merge.ArticleBuilder;
import kexuereader.merge.ArticleIds;
import kexuereader.merge.MergeKey;
import kexuereader.merge.Merger;
import kexuereader.merge.YearResolver;
import kexuereader.model.Article;
import kexuereader.model.Dump;
import kexuereader.model.MonthDay;
import kexuereader.model.DumpFormat;
import kexuereader.model.Entry;
import kexuereader.model.PublishDate;

/**
 * The write side of the library. Importing a dump stores its source and entries as facts, fixes the years of
 * archive-page dumps from anchors, and re-derives the articles of every month-day the change touches. Articles
 * whose entries did not change are left as they are, so an import costs in proportion to the file, not to the
 * library. The caller runs each call in one transaction, and closes the importer when the transaction ends.
 */
final class Importer implements AutoCloseable {

    /** Each SQL text prepared once for as long as this importer lives (one transaction). */
    private final Statements statements;
    /** The connection the articles are written on ({@link ArticleTable}, {@link UserStates}). */
    private final Connection c;
    /** The sources and entries: what the merge reads. */
    private final EntryStore entries;
    private final SeriesRules rules;
    private final String rulesFingerprint;

    Importer(Connection c, SeriesRules rules) {
        this.statements = new Statements(c);
        this.c = statements.connection();
        this.entries = new EntryTable(this.c);
        this.rules = rules;
        this.rulesFingerprint = fingerprint(rules);
    }

    /** Closes the statements it prepared; the connection stays open. */
    @Override
    public void close() {
        statements.close();
    }

    /** Imports a parsed dump that was not rejected. */
    ImportResult importDump(Dump dump, Integer yearHint) throws SQLException {
        Long existing = entries.sourceId(dump.sha256());
        Set<MonthDay> touched = new TreeSet<>();
        if (existing != null) {
            Integer storedHint = entries.yearHint(existing);
            boolean newHint = yearHint != null && dump.format() == DumpFormat.ARCHIVE && !yearHint.equals(storedHint);
            if (!newHint) {
                return new ImportResult(dump.fileName(), true, true, dump.entries().size(), 0, null,
                        dump.diagnostics());
            }
            entries.setYearHint(existing, yearHint);
            touched.addAll(resolveYears(monthDaysOf(existing), existing, null));
            remerge(touched);
            return new ImportResult(dump.fileName(), true, true, dump.entries().size(), 0, null, dump.diagnostics());
        }
        long sourceId = entries.insertSource(dump, yearHint);
        Set<MonthDay> own = new TreeSet<>();
        for (Entry e : dump.entries()) {
            own.add(MonthDay.of(e.date()));
        }
        touched.addAll(own);
        // the new dump's dated entries are the only new anchors: only archive dumps they match are re-resolved
        List<MergeKey> votes = entries.keysOfSource(sourceId).stream().filter(k -> k.year() != null).toList();
        touched.addAll(resolveYears(own, dump.format() == DumpFormat.ARCHIVE ? sourceId : null, votes));
        int created = remerge(touched);
        return new ImportResult(dump.fileName(), true, false, dump.entries().size(), created, null,
                dump.diagnostics());
    }

    /** Re-derives every article, e.g. after the series rules changed. */
    void rebuildAll() throws SQLException {
        ArticleTable.markAllStale(c);
        Set<MonthDay> all = entries.monthDays();
        all.addAll(resolveYears(all, null, null));
        remerge(all);
        entries.setMeta("rules", rulesFingerprint);
    }

    /** The fingerprint of the series rules the library's articles were derived by, or null if none is noted. */
    static String recordedRules(Connection c) throws SQLException {
        return new EntryTable(c).meta("rules");
    }

    void recordRules() throws SQLException {
        entries.setMeta("rules", rulesFingerprint);
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
    private Set<MonthDay> resolveYears(Set<MonthDay> monthDays, Long alsoSource, List<MergeKey> newVotes)
            throws SQLException {
        Set<MonthDay> changed = new TreeSet<>();
        List<Long> around = entries.archiveSourcesAt(monthDays);
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
            List<MergeKey> keys = entries.keysOfSource(source);
            if (keys.isEmpty()) {
                continue;
            }
            Integer first = YearResolver.firstEntryYear(keys, e -> datedKeysAt(e.month(), e.day(), source));
            if (first == null) {
                first = entries.yearHint(source);
            }
            if (java.util.Objects.equals(first, entries.firstYear(source))) {
                continue;
            }
            setYears(source, keys, first);
            Set<MonthDay> mds = new TreeSet<>();
            for (MergeKey k : keys) {
                mds.add(k.monthDay());
            }
            changed.addAll(mds);
            List<Long> neighbours = entries.archiveSourcesAt(mds);
            for (long other : newVotes == null ? neighbours : matching(neighbours, keys, source)) {
                if (other != source && queued.add(other)) {
                    queue.add(other);
                }
            }
        }
        return changed;
    }

    private void setYears(long source, List<MergeKey> keys, Integer first) throws SQLException {
        int[] years = first == null ? null : YearResolver.years(keys, first);
        Integer[] kept = new Integer[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            MergeKey k = keys.get(i);
            Integer y = years == null ? null : years[i];
            if (y != null && !PublishDate.isValid(y, k.month(), k.day())) {
                y = null; // 29 Feb in a year without one: the anchor is wrong for this entry; leave it unknown
            }
            kept[i] = y;
        }
        entries.setYears(source, first, keys, kept);
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
        Map<MonthDay, List<MergeKey>> byDay = Merger.byMonthDay(votes);
        long own = votesSource == null ? -1 : votesSource;
        Set<Long> hit = new HashSet<>();
        for (Map.Entry<MonthDay, List<MergeKey>> day : byDay.entrySet()) {
            for (EntryStore.ArchiveEntry e : entries.archiveEntriesAt(day.getKey())) {
                if (e.sourceId() == own || hit.contains(e.sourceId())) {
                    continue;
                }
                for (MergeKey v : day.getValue()) {
                    if (YearResolver.sameArticle(e.titleKey(), e.head(), v)) {
                        hit.add(e.sourceId());
                        break;
                    }
                }
            }
        }
        return candidates.stream().filter(hit::contains).toList();
    }

    private List<MergeKey> datedKeysAt(int month, int day, long excludedSource) {
        try {
            return entries.datedKeysAt(month, day, excludedSource);
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    // --- the merge -----------------------------------------------------------------------------------------

    /**
     * Re-derives the articles of the given month-days.
     *
     * @return how many articles are new: made only of entries that belonged to no article before
     */
    private int remerge(Set<MonthDay> monthDays) throws SQLException {
        int created = 0;
        for (MonthDay md : monthDays) {
            List<MergeKey> keys = entries.keysAt(md);
            List<List<MergeKey>> clusters = Merger.cluster(keys);
            List<String> ids = ArticleIds.assign(clusters);
            Map<String, ArticleTable.Stored> existing = new HashMap<>();
            List<ArticleTable.Stored> unmatched = new ArrayList<>();
            for (ArticleTable.Stored old : ArticleTable.storedAt(c, md)) {
                if (existing.putIfAbsent(old.signature(), old) != null) {
                    unmatched.add(old); // two rows with one signature: neither may be lost from sight
                }
            }
            Map<Long, String> previousArticle = entries.articleOfEntries(md);
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
            for (ArticleTable.Stored old : unmatched) {
                if (rebuilt.contains(old.id())) {
                    reusable.put(old.id(), old.rowid());
                } else {
                    ArticleTable.delete(c, old.rowid());
                }
            }
            for (int i : toBuild) {
                List<MergeKey> cluster = clusters.get(i);
                Article a = ArticleBuilder.build(ids.get(i), entries.load(cluster), rules);
                Long old = reusable.get(a.id());
                long rowid = old == null ? ArticleTable.insert(c, a, signatures.get(i), rules)
                        : ArticleTable.replace(c, old, a, signatures.get(i), rules);
                entries.assign(cluster, rowid);
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

    /** Identifies a derived article: its id, its entries with their years, and the rules it was derived by. */
    private String signature(String id, List<MergeKey> cluster) {
        StringBuilder sb = new StringBuilder(id).append('|').append(rulesFingerprint);
        cluster.stream().sorted(java.util.Comparator.comparingLong(MergeKey::entryId))
                .forEach(k -> sb.append('|').append(k.entryId()).append(':').append(k.year()));
        return sha(sb.toString());
    }

    // --- small helpers -------------------------------------------------------------------------------------

    private Set<MonthDay> monthDaysOf(long source) throws SQLException {
        Set<MonthDay> set = new TreeSet<>();
        for (MergeKey k : entries.keysOfSource(source)) {
            set.add(k.monthDay());
        }
        return set;
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
