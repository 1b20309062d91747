package kexuereader.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kexuereader.library.Library;

/**
 * A library of the seed dumps, imported once per test JVM and copied for each test that needs one: the window's
 * tests open dozens of them, and importing the seeds costs about half a second where a copy costs milliseconds.
 * The copy is the same file an import would have written (the import's own tests import the seeds themselves).
 */
public final class SeedLibrary {

    private static Path template;

    private SeedLibrary() {
    }

    /** Writes a library holding every seed to {@code db}, which must not exist yet; returns {@code db}. */
    public static Path copyTo(Path db) {
        try {
            return Files.copy(template(), db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("seed-library");
            Path db = dir.resolve("library.db");
            dir.toFile().deleteOnExit();
            db.toFile().deleteOnExit(); // registered last, deleted first
            try (Library library = Library.open(db); Stream<Path> s = Files.list(Path.of("seeds"))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    if (!library.importFile(p, null).accepted()) {
                        throw new IllegalStateException("a seed was rejected: " + p);
                    }
                }
            }
            // closing the last connection folds the WAL into the file: the file alone is the library
            template = db;
        }
        return template;
    }
}
