package kexuereader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import kexuereader.ingest.DumpParser;
import kexuereader.ingest.FileNames;
import kexuereader.ingest.SeriesRules;
import kexuereader.ingest.TextKeys;
import kexuereader.model.Article;
import kexuereader.model.ArticleSummary;
import kexuereader.model.DumpFormat;
import kexuereader.model.Dump;
import kexuereader.model.Source;

/**
 * The library: one SQLite file of imported sources, their entries, the articles derived from them and the
 * search index. Safe to use from several threads: writes are serialised on one connection, reads use another,
 * and SQLite's WAL lets a second process read or wait its turn to write.
 */
public final class Library implements AutoCloseable {

    private final Path file;
    private final boolean readOnly;
    private final Connection writer;
    private final Connection reader;
    private final SeriesRules rules;
    private final List<String> warnings = new ArrayList<>();
    /** Searches read on a connection of their own, opened at the first search, so a list never waits behind one. */
    private Connection searchReader;
    private final Object searchLock = new Object();
    private volatile boolean closed;
    /** Runs before every call that touches the file: the window's tests prove with it which thread calls. */
    private volatile Runnable callCheck = () -> { };

    private Library(Path file, boolean readOnly, Connection writer, Connection reader, SeriesRules rules) {
        this.file = file;
        this.readOnly = readOnly;
        this.writer = writer;
        this.reader = reader;
        this.rules = rules;
    }

    /**
     * Opens the library at {@code file}, creating it when absent. A read-only file opens for reading only.
     *
     * @throws LibraryException when the file is not a library, is from a newer version, or cannot be opened
     */
    public static Library open(Path file) {
        Path f = file.toAbsolutePath();
        boolean readOnly = !Database.writable(f);
        SeriesRules rules;
        List<String> warnings = new ArrayList<>();
        try {
            rules = SeriesRules.forLibraryDirectory(f.getParent());
        } catch (IllegalArgumentException e) {
            rules = SeriesRules.defaults();
            warnings.add(e.getMessage() + "; using the default series rules");
        }
        Connection writer = Database.open(f, readOnly);
        Connection reader;
        try {
            reader = Database.open(f, readOnly);
        } catch (RuntimeException e) {
            Database.closeQuietly(writer);
            throw e;
        }
        Library library = new Library(f, readOnly, writer, reader, rules);
        library.warnings.addAll(warnings);
        if (readOnly) {
            library.warnings.add(f + " is read-only: you can browse it, but not import into it");
        } else {
            library.rebuildIfRulesChanged();
        }
        return library;
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Things worth telling the user about how the library was opened (a malformed rules file…). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    // --- importing -----------------------------------------------------------------------------------------

    /**
     * Parses and imports one file, in one transaction. A file whose bytes are already in the library is known
     * by its hash alone: it is not parsed again (the entries and diagnostics it had are read back).
     */
    public ImportResult importFile(Path path, Integer yearHint) {
        Prepared p = prepare(path, yearHint);
        return p.known() != null ? p.known() : importDump(p.dump(), yearHint);
    }

    /** At most this many files of {@link #importFiles} go into one transaction. */
    static final int BATCH_FILES = 64;
    /** ... and at most about this many bytes of them: a reader sees an import's progress at each commit. */
    static final long BATCH_BYTES = 8L << 20;
    /** Files read and parsed ahead of the one being written. */
    private static final int PARSE_AHEAD = 4;

    /**
     * Imports files in their order, as {@link #importFile} would one after the other, with the same results,
     * handed to {@code each} in order once the transaction holding them is committed. Two things make it
     * faster: the next files are read and parsed on a second thread while this one writes, and several files
     * share a transaction — each commit (or savepoint) makes the full-text index write out a segment of its
     * own, a large part of importing a file.
     *
     * @throws LibraryException when a file cannot be written: it and the files after it were not imported;
     *     those before it were, and were handed to {@code each}
     */
    public void importFiles(List<Path> files, Integer yearHint, Consumer<ImportResult> each) {
        importFiles(files, yearHint, each, BATCH_FILES);
    }

    /** As {@link #importFiles(List, Integer, Consumer)}, at most {@code batchFiles} files a transaction. */
    void importFiles(List<Path> files, Integer yearHint, Consumer<ImportResult> each, int batchFiles) {
        if (readOnly || files.size() < 2) {
            for (Path f : files) {
                each.accept(importFile(f, yearHint));
            }
            return;
        }
        java.util.concurrent.ExecutorService parser = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kexue-import-parse");
            t.setDaemon(true);
            return t;
        });
        Batch batch = new Batch(yearHint, each);
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<Prepared>> ahead = new java.util.ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && ahead.size() < PARSE_AHEAD) {
                    Path f = files.get(next++);
                    ahead.add(parser.submit(() -> prepare(f, yearHint)));
                }
                Prepared p;
                try {
                    p = take(ahead.poll());
                } catch (RuntimeException e) {
                    batch.commit(); // the files before it stay imported
                    throw e;
                }
                if (p.known() != null) {
                    batch.done(p.known());
                } else if (p.dump().rejected()) {
                    batch.done(importDump(p.dump(), yearHint));
                } else {
                    batch.write(p.dump(), p.size());
                }
                if (batch.size() >= batchFiles || batch.bytes() >= BATCH_BYTES || i == files.size() - 1) {
                    batch.commit();
                }
            }
        } finally {
            parser.shutdownNow();
            batch.undoLeftOver();
        }
    }

    /** A file read and parsed ahead: the result it has without writing ({@code known}), or its dump. */
    private record Prepared(ImportResult known, Dump dump, long size) {
    }

    /**
     * Reads, hashes and parses a file: a file whose bytes are already in the library is known by its hash alone
     * and not parsed again. The reader sees what earlier transactions committed; a file met again inside a
     * batch of {@link #importFiles} is told apart by the importer itself, with the same result.
     */
    private Prepared prepare(Path path, Integer yearHint) {
        String name = DumpParser.printable(FileNames.of(path));
        byte[] bytes = null;
        try {
            // what DumpParser would read anyway; larger or unreadable files go to it, to be refused by it
            if (!readOnly && Files.isRegularFile(path) && Files.size(path) <= DumpParser.MAX_BYTES) {
                bytes = Files.readAllBytes(path);
            }
        } catch (IOException e) {
            bytes = null;
        }
        if (bytes == null) {
            return new Prepared(null, DumpParser.parse(path), 0);
        }
        String sha = DumpParser.sha256(bytes);
        ImportResult known = alreadyImported(name, sha, yearHint);
        return new Prepared(known, known != null ? null : DumpParser.parse(name, bytes, sha), bytes.length);
    }

    private static Prepared take(java.util.concurrent.Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LibraryException("the import was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The files of one transaction of {@link #importFiles}, with their results, handed on at the commit. No
     * savepoint per file (FTS5 writes out its pending segment at each): when a file fails, the whole batch is
     * undone and the files before it are imported again one transaction each, which gives the same results.
     */
    private final class Batch {
        private final Integer yearHint;
        private final Consumer<ImportResult> each;
        /** The results so far, and the dump written for each (null: nothing was written for it). */
        private final List<ImportResult> results = new ArrayList<>();
        private final List<Dump> written = new ArrayList<>();
        private long bytes;
        /** The importer of the open transaction: its statements are prepared once for the whole batch. */
        private Importer importer;

        Batch(Integer yearHint, Consumer<ImportResult> each) {
            this.yearHint = yearHint;
            this.each = each;
        }

        int size() {
            return results.size();
        }

        long bytes() {
            return bytes;
        }

        /** A result that needed no writing. */
        void done(ImportResult r) {
            results.add(r);
            written.add(null);
        }

        /** Writes a dump inside the batch's transaction (begun if needed). */
        void write(Dump dump, long size) {
            Integer hint = yearHint != null && dump.format() != DumpFormat.ARCHIVE ? null : yearHint;
            callCheck.run();
            synchronized (writer) {
                try {
                    if (writer.getAutoCommit()) {
                        writer.setAutoCommit(false);
                    }
                    if (importer == null) {
                        importer = new Importer(writer, rules);
                    }
                    results.add(importer.importDump(dump, hint));
                    written.add(dump);
                    bytes += size;
                } catch (SQLException e) {
                    throw failed(Database.translate(e, file));
                } catch (Importer.UncheckedSql e) {
                    throw failed(Database.translate(e.getCause(), file));
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }
        }

        /** Undoes the batch, imports its files before the failed one again, one transaction each; the failure. */
        private RuntimeException failed(RuntimeException e) {
            closeImporter();
            rollback();
            try {
                writer.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable: the next write reports it
            }
            List<ImportResult> redone = new ArrayList<>();
            try {
                for (int i = 0; i < results.size(); i++) {
                    redone.add(written.get(i) == null ? results.get(i) : importDump(written.get(i), yearHint));
                }
            } catch (RuntimeException again) {
                again.addSuppressed(e);
                clear();
                redone.forEach(each);
                return again;
            }
            clear();
            redone.forEach(each);
            return e;
        }

        /** Commits the batch's transaction, if one is open, then hands its results on. */
        void commit() {
            synchronized (writer) {
                closeImporter();
                try {
                    if (!writer.getAutoCommit()) {
                        writer.commit();
                        writer.setAutoCommit(true);
                    }
                } catch (SQLException e) {
                    throw failed(Database.translate(e, file));
                }
            }
            List<ImportResult> done = List.copyOf(results);
            clear();
            done.forEach(each);
        }

        private void closeImporter() {
            if (importer != null) {
                importer.close();
                importer = null;
            }
        }

        private void clear() {
            results.clear();
            written.clear();
            bytes = 0;
        }

        /** Leaves the writer as {@link #write(Work)} expects it: a transaction left open by a failure is undone. */
        void undoLeftOver() {
            synchronized (writer) {
                closeImporter();
                try {
                    if (!writer.getAutoCommit()) {
                        rollback();
                        writer.setAutoCommit(true);
                    }
                } catch (SQLException ignored) {
                    // the connection is unusable; the next call reports it
                }
            }
        }
    }

    /**
     * The result of importing again a file whose bytes the library holds, when that changes nothing and the
     * library kept what the parser said of it; else null.
     */
    private ImportResult alreadyImported(String name, String sha, Integer yearHint) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT format, year_hint, entry_count, notes FROM source WHERE sha256 = ?")) {
                ps.setString(1, sha);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString("notes") == null) {
                        return null;
                    }
                    boolean archive = DumpFormat.ARCHIVE.name().equals(rs.getString("format"));
                    Integer storedHint = ArticleTable.intOrNull(rs, "year_hint");
                    if (yearHint != null && archive && !yearHint.equals(storedHint)) {
                        return null; // a new year hint: the import has work to do
                    }
                    return new ImportResult(name, true, true, rs.getInt("entry_count"), 0, null,
                            SourceNotes.decode(rs.getString("notes")));
                }
            }
        });
    }

    /** Imports an already parsed dump, in one transaction. A rejected dump changes nothing. */
    public ImportResult importDump(Dump dump, Integer yearHint) {
        if (dump.rejected()) {
            return ImportResult.rejected(dump.fileName(), dump.rejection(), dump.diagnostics());
        }
        if (readOnly) {
            throw new LibraryException(file + " is read-only; nothing was imported");
        }
        if (yearHint != null && dump.format() != DumpFormat.ARCHIVE) {
            // a listing page shows full dates; the hint has nothing to fix
            yearHint = null;
        }
        Integer hint = yearHint;
        return write(c -> {
            try (Importer importer = new Importer(c, rules)) {
                return importer.importDump(dump, hint);
            }
        });
    }

    /** Re-derives every article from the stored entries. */
    public void rebuild() {
        write(c -> {
            try (Importer importer = new Importer(c, rules)) {
                importer.rebuildAll();
            }
            return null;
        });
    }

    /**
     * Re-derives the articles when they were derived by other series rules. Opening is often only for reading
     * (list, search, the window): it never waits for another process's write. When the file is busy the
     * articles stay as they are and the next opening tries again.
     */
    private void rebuildIfRulesChanged() {
        boolean rulesWereChanged = false;
        try {
            synchronized (writer) {
                // read without an importer: its statement cache is a dynamic proxy, whose class is made at
                // run time (no class-data archive holds it), which a plain open does not need
                String stored = Importer.recordedRules(writer);
                if (Importer.fingerprint(rules).equals(stored)) {
                    return;
                }
                boolean changed = stored != null || ArticleTable.any(writer);
                rulesWereChanged = changed;
                setBusyTimeout(0);
                try {
                    write(c -> {
                        try (Importer importer = new Importer(c, rules)) {
                            if (changed) {
                                importer.rebuildAll();
                            } else {
                                // only when missing: a write on every open would look like a change to a window
                                // polling changeCounter()
                                importer.recordRules();
                            }
                        }
                        return null;
                    });
                } finally {
                    setBusyTimeout(Database.BUSY_TIMEOUT_MS);
                }
            }
        } catch (LibraryException e) {
            if (e.getCause() instanceof SQLException sql && Database.isBusy(sql)) {
                if (rulesWereChanged) {
                    warnings.add("another process is writing to the library: the articles follow the current "
                            + "series rules from the next time it is opened");
                } // else only the note of the rules was missing: the next opening writes it
            } else {
                warnings.add("the articles could not be refreshed for the current series rules: " + e.getMessage());
            }
        } catch (SQLException e) {
            warnings.add("the articles could not be refreshed for the current series rules: "
                    + Database.translate(e, file).getMessage());
        }
    }

    private void setBusyTimeout(int ms) throws SQLException {
        try (var s = writer.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + ms);
        }
    }

    /** Work on a connection: inside one write transaction, or one read. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code check} before every call that reads or writes the file, on the calling thread. The window's
     * tests use it to prove that no library call runs on the FX thread.
     */
    public void checkEveryCall(Runnable check) {
        callCheck = check == null ? () -> { } : check;
    }

    private <T> T write(Work<T> work) {
        callCheck.run();
        synchronized (writer) {
            try {
                // the connection begins IMMEDIATE transactions: a busy library fails before any work, not at commit
                writer.setAutoCommit(false);
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException e) {
                rollback();
                throw Database.translate(e, file);
            } catch (Importer.UncheckedSql e) {
                rollback();
                throw Database.translate(e.getCause(), file);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            } finally {
                try {
                    writer.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is unusable; the next call reports it
                }
            }
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // nothing was committed; the original error is the one to report
        }
    }

    // --- reading -------------------------------------------------------------------------------------------

    private <T> T read(Work<T> work) {
        callCheck.run();
        synchronized (reader) {
            return onReader(reader, work);
        }
    }

    private <T> T onReader(Connection c, Work<T> work) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw Database.translate(e, file);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            // every row was written by this code: a number or date that cannot be read back means the file was
            // damaged; anything else (a NullPointerException…) is a bug, and is not dressed up as damage
            throw new LibraryException(file + " is damaged: a stored article cannot be read back ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * A number that changes whenever another connection (this library's importer, or another process)
     * commits to the file: a cheap way for a window to notice it should refresh.
     */
    public long changeCounter() {
        return read(Library::dataVersion);
    }

    /** The user's state of an article (read, starred, reading position). */
    public UserState userState(String id) {
        return read(c -> UserStates.get(c, id));
    }

    /** Marks an article read or unread. */
    public void setRead(String id, boolean read) {
        updateState(id, s -> new UserState(read, s.starred(), s.position()));
    }

    /** Stars or unstars an article. */
    public void setStarred(String id, boolean starred) {
        updateState(id, s -> new UserState(s.read(), starred, s.position()));
    }

    /** Remembers where reading an article stopped (an anchor the reading pane understands). */
    public void savePosition(String id, String position) {
        updateState(id, s -> new UserState(s.read(), s.starred(), position));
    }

    /**
     * Changes the user's state of an article in one transaction (read and star together), from what is stored
     * at that moment; returns the state kept.
     */
    public UserState updateState(String id, java.util.function.UnaryOperator<UserState> change) {
        if (readOnly) {
            throw new LibraryException(file + " is read-only; the change was not kept");
        }
        return write(c -> {
            UserState now = change.apply(UserStates.get(c, id));
            UserStates.put(c, id, now);
            return now;
        });
    }

    /**
     * One entry of an article (its first), by which the article can be found again after another process
     * re-derived it under another id; empty when the library has no such article.
     */
    public java.util.OptionalLong anchorEntry(String id) {
        return read(c -> ArticleTable.anchorEntry(c, id));
    }

    /** The id of the article that holds an entry now. */
    public Optional<String> articleHolding(long entryId) {
        return read(c -> ArticleTable.holding(c, entryId));
    }

    /** Articles whose text cites this one as 《title》 (by its title or an alias), newest first. */
    public List<ArticleSummary> referencedBy(String id) {
        return read(c -> ArticleTable.referencedBy(c, id));
    }

    /** Articles per month and series (articles of unknown year are not in it), oldest month first. */
    public List<MonthCount> monthCounts() {
        return read(ArticleTable::monthCounts);
    }

    /**
     * How many articles match the filter. Counts are kept until the file changes (by any connection, this
     * library's writer included): the window asks for the same few counts at every start and refresh, and at
     * 100,000 articles each is a scan of ~10 ms.
     */
    public int count(ArticleFilter filter) {
        return read(c -> {
            long version = dataVersion(c);
            if (version != countsVersion || counts.size() > MAX_COUNTS) {
                counts.clear();
                countsVersion = version;
            }
            Integer known = counts.get(filter);
            if (known != null) {
                return known;
            }
            int n = filter.equals(ArticleFilter.unreadOnly()) ? countAll(c) - countIndexOnly(c) - countRead(c)
                    : countQuery(c, filter);
            counts.put(filter, n);
            return n;
        });
    }

    /** Counts kept by {@link #count}, and the {@code data_version} they were read at; guarded by the reader. */
    private final Map<ArticleFilter, Integer> counts = new HashMap<>();
    private long countsVersion = -1;
    private static final int MAX_COUNTS = 512;

    private static long dataVersion(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    private int countAll(Connection c) throws SQLException {
        Integer known = counts.get(ArticleFilter.ALL);
        int n = known != null ? known : countQuery(c, ArticleFilter.ALL);
        counts.put(ArticleFilter.ALL, n);
        return n;
    }

    private static int countIndexOnly(Connection c) throws SQLException {
        return ArticleTable.countIndexOnly(c);
    }

    private static int countRead(Connection c) throws SQLException {
        return ArticleTable.countRead(c);
    }

    private static int countQuery(Connection c, ArticleFilter filter) throws SQLException {
        return ArticleTable.count(c, filter);
    }

    public int articleCount() {
        return count(ArticleFilter.ALL);
    }

    /**
     * A page of the articles that match the filter, in the given order.
     *
     * @param limit at most this many; 0 for all
     */
    public List<ArticleSummary> list(ArticleFilter filter, SortOrder order, boolean reversed, int offset, int limit) {
        return read(c -> ArticleTable.list(c, filter, order, reversed, offset, limit));
    }

    /** The article with this id. */
    public Optional<Article> article(String id) {
        return read(c -> ArticleTable.byId(c, id));
    }

    /** Every article, newest first, unknown years last: the order of {@code export}. */
    public List<Article> allArticles() {
        List<Article> all = new ArrayList<>();
        forEachArticle(all::add);
        return all;
    }

    /** Visits every article in export order without holding them all in memory. */
    public void forEachArticle(Consumer<Article> visitor) {
        read(c -> {
            ArticleTable.forEach(c, visitor);
            return null;
        });
    }

    /** The id of the article published under this title (or an alias of it), if the library holds it. */
    public Optional<String> idForTitle(String title) {
        String key = TextKeys.titleKey(title);
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return read(c -> ArticleTable.idForTitleKey(c, key));
    }

    /**
     * Full-text search over titles, aliases and bodies, best first. Every whitespace-separated term must occur;
     * Chinese terms of any length find what a substring search finds; Latin is case-insensitive.
     *
     * @param limit at most this many hits; 0 for all
     */
    public List<SearchHit> search(String query, ArticleFilter filter, int limit) {
        SearchQuery q = SearchQuery.parse(query);
        return q.isEmpty() ? List.of() : onSearchReader(c -> Searcher.search(c, q, filter, limit, true));
    }

    /**
     * The hits {@link #search} finds, in the same order, without their snippets ({@link SearchHit#snippet()} is
     * null): a window showing a few of many hits asks {@link #snippets} for those, and no body of the others is
     * read.
     */
    public List<SearchHit> hits(String query, ArticleFilter filter, int limit) {
        SearchQuery q = SearchQuery.parse(query);
        return q.isEmpty() ? List.of() : onSearchReader(c -> Searcher.search(c, q, filter, limit, false));
    }

    /**
     * The snippets {@link #search} would give these articles for this query, by article id; articles the library
     * no longer holds are left out.
     */
    public Map<String, String> snippets(String query, List<String> ids) {
        SearchQuery q = SearchQuery.parse(query);
        return q.isEmpty() || ids.isEmpty() ? Map.of() : onSearchReader(c -> Searcher.snippets(c, q, ids));
    }

    private <T> T onSearchReader(Work<T> work) {
        callCheck.run();
        synchronized (searchLock) {
            if (closed) {
                throw new LibraryException(file + " is closed");
            }
            if (searchReader == null) {
                searchReader = Database.open(file, readOnly);
            }
            return onReader(searchReader, work);
        }
    }

    /** Every series with its article count, newest series first. */
    public List<SeriesSummary> series() {
        return read(ArticleTable::series);
    }

    /** A series part by part, with its gaps. */
    public SeriesOverview seriesOverview(String name) {
        List<ArticleSummary> members = list(ArticleFilter.series(name), SortOrder.DATE, true, 0, 0);
        Map<String, String> referenced = read(c -> {
            Map<String, String> refs = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT r.part, r.suffix, r.title FROM reference r
                    WHERE r.series = ? AND r.part IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM article_title t WHERE t.title_key = r.title_key)
                    ORDER BY r.part, r.title""")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String suffix = rs.getString(2);
                        refs.putIfAbsent(slotKey(rs.getInt(1), suffix) + "\u0000" + TextKeys.titleKey(rs.getString(3)),
                                rs.getString(3));
                    }
                }
            }
            return refs;
        });
        return SeriesGaps.overview(name, members, referenced);
    }

    static String slotKey(int part, String suffix) {
        return String.format("%05d%s", part, suffix == null ? "" : suffix);
    }

    /** Articles per year, newest first; {@code null} year (unknown) last. */
    public List<LibraryStats.YearCount> years() {
        return read(ArticleTable::years);
    }

    /**
     * How many articles of each series and of each year are marked read, for the sidebar's unread counts
     * (a series' or a year's articles less these), in two queries over the few rows of read articles instead of
     * a count per series and year.
     */
    public ReadCounts readCounts() {
        return read(c -> new ReadCounts(ArticleTable.readBySeries(c), ArticleTable.readByYear(c)));
    }

    /** Read articles by series and by year (the unknown year under null); absent: none read. */
    public record ReadCounts(Map<String, Integer> bySeries, Map<Integer, Integer> byYear) {

        public int series(String name) {
            return bySeries.getOrDefault(name, 0);
        }

        public int year(Integer year) {
            return byYear.getOrDefault(year, 0);
        }
    }

    /** The imported dumps, in import order. */
    public List<Source> sources() {
        return read(c -> {
            List<Source> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, file_name, sha256, format, imported_at, year_hint, entry_count
                    FROM source ORDER BY id"""); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Source(rs.getLong(1), rs.getString(2), rs.getString(3), DumpFormat.valueOf(rs.getString(4)),
                            java.time.Instant.parse(rs.getString(5)), ArticleTable.intOrNull(rs, "year_hint"),
                            rs.getInt(7)));
                }
            }
            return list;
        });
    }

    /** Figures about the whole library. */
    public LibraryStats stats() {
        Map<String, Integer> counts = read(c -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (String[] q : new String[][] {
                    {"articles", "SELECT count(*) FROM article"},
                    {"sources", "SELECT count(*) FROM source"},
                    {"entries", "SELECT count(*) FROM entry"},
                    {"derived", "SELECT count(*) FROM article WHERE title IS NULL"},
                    {"unknown", "SELECT count(*) FROM article WHERE year IS NULL"},
                    {"excerpt", "SELECT count(*) FROM article WHERE excerpt_only = 1"}}) {
                try (PreparedStatement ps = c.prepareStatement(q[1]); ResultSet rs = ps.executeQuery()) {
                    m.put(q[0], rs.next() ? rs.getInt(1) : 0);
                }
            }
            return m;
        });
        List<SeriesSummary> bySeries = new ArrayList<>(series());
        bySeries.sort(Comparator.comparingInt(SeriesSummary::articles).reversed().thenComparing(SeriesSummary::name));
        return new LibraryStats(counts.get("articles"), counts.get("sources"), counts.get("entries"),
                counts.get("derived"), counts.get("unknown"), counts.get("excerpt"), years(), bySeries,
                list(ArticleFilter.ALL, SortOrder.READERS, false, 0, 10));
    }

    @Override
    public void close() {
        synchronized (searchLock) {
            closed = true;
            if (searchReader != null) {
                Database.closeQuietly(searchReader);
            }
        }
        synchronized (writer) {
            Database.closeQuietly(writer);
        }
        synchronized (reader) {
            Database.closeQuietly(reader);
        }
    }
}
