package kexuereader.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Opens the library's SQLite file with the settings every connection needs (WAL, a busy timeout, foreign
 * keys), creates or migrates its schema, and turns SQLite's errors into messages a person can act on.
 */
final class Database {

    /** How long a writer waits for another process's transaction before saying the library is busy. */
    static final int BUSY_TIMEOUT_MS = 15_000;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private Database() {
    }

    /** Whether the file may be written; a read-only library can still be browsed. */
    static boolean writable(Path file) {
        return !Files.exists(file) || Files.isWritable(file) && Files.isWritable(file.toAbsolutePath().getParent());
    }

    /**
     * Opens a connection, creating the file and its schema when absent, migrating an older schema after copying
     * the file to a backup beside it.
     */
    static Connection open(Path file, boolean readOnly) {
        Path dir = file.toAbsolutePath().getParent();
        if (Files.exists(file)) {
            checkIsLibraryFile(file);
        } else {
            if (readOnly) {
                throw new LibraryException("there is no library at " + file);
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new LibraryException("cannot create the library's folder " + dir + " ("
                        + describe(e) + ")", e);
            }
        }
        Connection c;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setReadOnly(readOnly);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw translate(e, file);
        }
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA cache_size = -32000");
            }
            // whose file it is comes first: switching to WAL is a lasting change, not for a file we then refuse
            int version = Schema.version(c);
            if (version > Schema.CURRENT) {
                throw new LibraryException(file + " was written by a newer version of kexue-reader (library schema "
                        + version + "; this version knows up to " + Schema.CURRENT + "); it was left untouched");
            }
            // tables and the version are committed together: re-reading the version tells tables another
            // process just created apart from those of another program
            if (version == 0 && hasForeignTables(c) && Schema.version(c) == 0) {
                throw new LibraryException(file + " is an SQLite database of some other program, "
                        + "not a kexue-reader library; it was left untouched");
            }
            if (!readOnly) {
                try (Statement s = c.createStatement()) {
                    enableWal(s);
                    s.execute("PRAGMA synchronous = NORMAL");
                }
            }
            if (version < Schema.CURRENT) {
                if (readOnly) {
                    throw new LibraryException(file + " needs an upgrade but is read-only");
                }
                if (version > 0) {
                    backup(c, file, version);
                }
                Schema.migrate(c, version);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, file);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Puts the file in WAL mode (a no-op once it is: the mode belongs to the file). Converting a new file needs it
     * to itself and SQLite does not wait for that (no busy handler), so when another process opens the same new
     * library at the same moment the switch is retried for as long as the busy timeout.
     */
    private static void enableWal(Statement s) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        while (true) {
            try (var rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                if (rs.next() && "wal".equalsIgnoreCase(rs.getString(1)) || System.nanoTime() > deadline) {
                    return; // a file system without WAL keeps the rollback journal, which is still safe
                }
            } catch (SQLException e) {
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while the library was busy", e);
            }
        }
    }

    static boolean isBusy(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED") || e.getErrorCode() == 5
                || e.getErrorCode() == 6;
    }

    private static void checkIsLibraryFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new LibraryException(file + " is a folder, not a library file");
        }
        if (!Files.isRegularFile(file)) {
            // reading a pipe waits for a writer forever; SQLite on /dev/null fails with "no transaction is active"
            throw new LibraryException(file + " is not a regular file (a device, pipe or socket); "
                    + "a library is a file of its own");
        }
        if (!Files.isReadable(file)) {
            throw new LibraryException(file + " cannot be read (permission denied)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                return; // an empty file: SQLite makes it a database
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new LibraryException(file + " is not a kexue-reader library (not an SQLite database); "
                        + "it was left untouched");
            }
        } catch (IOException e) {
            throw new LibraryException(file + " cannot be read (" + describe(e) + ")", e);
        }
    }

    private static boolean hasForeignTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * Copies the library beside itself before a migration changes it, as {@code library.db.vN.bak}, N the version
     * it had. {@code VACUUM INTO} writes a consistent copy (committed WAL content included) without touching
     * the original; an older backup of the same version is kept rather than overwritten.
     */
    private static void backup(Connection c, Path file, int version) throws SQLException {
        Path target = file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + ".v" + version + "." + n + ".bak");
        }
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.execute();
        } catch (SQLException e) {
            throw new LibraryException("cannot back up " + file + " before upgrading it (" + e.getMessage()
                    + "); it was left untouched", e);
        }
    }

    /** A message naming the file for what went wrong. */
    static LibraryException translate(SQLException e, Path file) {
        String m = String.valueOf(e.getMessage());
        int code = e.getErrorCode();
        String what;
        if (m.contains("SQLITE_NOTADB") || code == 26) {
            what = file + " is not a kexue-reader library (not an SQLite database)";
        } else if (m.contains("SQLITE_READONLY") || code == 8) {
            what = file + " is read-only; nothing was changed";
        } else if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED") || code == 5 || code == 6) {
            what = file + " is busy: another kexue-reader is writing to it; try again in a moment";
        } else if (m.contains("SQLITE_FULL") || code == 13) {
            what = "the disk holding " + file + " is full; nothing was changed";
        } else if (m.contains("SQLITE_CANTOPEN") || code == 14) {
            what = "cannot open " + file + " (is its folder writable?)";
        } else if (m.contains("SQLITE_CORRUPT") || code == 11) {
            what = file + " is damaged (SQLite reports corruption)";
        } else if (m.contains("SQLITE_IOERR") || code == 10) {
            what = "cannot read or write " + file + " (I/O error: is the disk full or gone?)";
        } else {
            what = "library " + file + ": " + m.lines().findFirst().orElse(m);
        }
        return new LibraryException(what, e);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one worth reporting
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
