package kexuereader.robustness;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import kexuereader.cli.Cli;
import kexuereader.library.ArticleFilter;
import kexuereader.library.ImportResult;
import kexuereader.library.Library;
import kexuereader.library.LibraryException;

/**
 * What the robustness tests run in a second JVM. Every step is printed on its own line, flushed, so the test
 * knows how far the child got when it was killed:
 * <ul>
 *   <li>{@code import LIBRARY FILE…}: imports the files one by one ({@code begin NAME}, {@code done NAME …});</li>
 *   <li>{@code hold LIBRARY MILLIS}: keeps the library open as the window does, reading and polling
 *       {@code changeCounter()} every 20 ms, printing {@code changed N} when it moves;</li>
 *   <li>{@code lock LIBRARY MILLIS}: holds a write transaction that long, as a long import does, with a plain
 *       JDBC connection ({@code locked}, then {@code released});</li>
 *   <li>{@code cli ARGS…}: the command line, as {@code java -jar kexue-reader.jar ARGS…} runs it.</li>
 * </ul>
 */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "import" -> importFiles(out, rest);
            case "hold" -> hold(out, Path.of(rest[0]), Long.parseLong(rest[1]));
            case "lock" -> lock(out, Path.of(rest[0]), Long.parseLong(rest[1]));
            case "cli" -> System.exit(Cli.run(rest, new PrintWriter(out, true, StandardCharsets.UTF_8),
                    new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true)).exitCode());
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void importFiles(PrintStream out, String[] args) {
        try (Library library = Library.open(Path.of(args[0]))) {
            out.println("opened");
            for (int i = 1; i < args.length; i++) {
                Path file = Path.of(args[i]);
                out.println("begin " + file.getFileName());
                try {
                    ImportResult r = library.importFile(file, null);
                    out.println("done " + file.getFileName() + " " + r.summary());
                } catch (LibraryException e) {
                    out.println("failed " + file.getFileName() + " " + e.getMessage());
                }
            }
        } catch (LibraryException e) {
            out.println("error " + e.getMessage());
            System.exit(1);
        }
        out.println("finished");
    }

    private static void hold(PrintStream out, Path db, long millis) throws InterruptedException {
        try (Library library = Library.open(db)) {
            long seen = library.changeCounter();
            out.println("opened " + library.articleCount());
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                try {
                    long now = library.changeCounter();
                    if (now != seen) {
                        seen = now;
                        // what the window does on a change: re-read the list
                        out.println("changed " + library.count(ArticleFilter.ALL));
                    }
                    library.list(ArticleFilter.ALL, kexuereader.library.SortOrder.DATE, false, 0, 50);
                } catch (LibraryException e) {
                    out.println("read failed " + e.getMessage());
                }
                Thread.sleep(20);
            }
        }
        out.println("closed");
    }

    private static void lock(PrintStream out, Path db, long millis) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 15000");
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO meta (key, value) VALUES ('robustness-lock', 'held') "
                    + "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            out.println("locked");
            // held until the test says so on stdin (at most millis, against a test that died): a loaded machine
            // slows the test down, never lets the lock go early
            Thread reader = new Thread(() -> {
                try {
                    new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
                            .readLine();
                } catch (java.io.IOException ignored) {
                    // stdin closed: release as well
                }
            });
            reader.setDaemon(true);
            reader.start();
            reader.join(millis);
            s.execute("COMMIT");
        }
        out.println("released");
    }
}
