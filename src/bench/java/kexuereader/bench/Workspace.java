package kexuereader.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kexuereader.library.Library;
import kexuereader.library.SampleDumps;
import kexuereader.model.Dump;

/**
 * The benchmark's working folder: generated archives ({@code dumps-N/}) and libraries ({@code library-N/}),
 * made once and reused while the generator and its seed stay the same, so a second run of the benchmarks does
 * not wait for a 100,000-article import it has already timed.
 */
final class Workspace {

    /** Bumped whenever the generator's output changes, so stale archives are made again. */
    static final int GENERATOR_VERSION = 1;

    private final Path root;
    private final PrintWriter log;

    Workspace(Path root, PrintWriter log) {
        this.root = root;
        this.log = log;
    }

    Path root() {
        return root;
    }

    PrintWriter log() {
        return log;
    }

    /** The folder of the generated archive of {@code size} articles, generated when missing or stale. */
    Path dumps(int size) {
        Path dir = root.resolve("dumps-" + size);
        String stamp = "generator " + GENERATOR_VERSION + " seed " + SyntheticArchive.DEFAULT_SEED + " articles " + size;
        Path marker = dir.resolve(".complete");
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
                return dir;
            }
            log.printf("generating %,d articles into %s%n", size, dir);
            log.flush();
            deleteTree(dir);
            SyntheticArchive archive = SyntheticArchive.generate(size, SyntheticArchive.DEFAULT_SEED);
            archive.writeTo(dir);
            Files.writeString(marker, stamp);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dump files of the archive of {@code size} articles, in name order (the order import takes them). */
    List<Path> dumpFiles(int size) {
        return list(dumps(size));
    }

    /** A library holding the archive of {@code size} articles, imported when missing. */
    Path library(int size) {
        Path file = root.resolve("library-" + size).resolve("library.db");
        if (isComplete(file, size)) {
            return file;
        }
        List<Path> files = dumpFiles(size);
        log.printf("importing %,d articles into %s%n", size, file);
        log.flush();
        Path fresh = root.resolve("library-" + size + ".tmp").resolve("library.db");
        deleteTree(fresh.getParent());
        // in batches, as the window imports a folder: the same library, sooner than file by file
        try (Library library = Library.open(fresh)) {
            library.importFiles(files, null, r -> { });
        }
        adopt(fresh, size);
        return file;
    }

    /** Makes the library just imported at {@code fresh} the reused library of {@code size} articles. */
    void adopt(Path fresh, int size) {
        Path dir = root.resolve("library-" + size);
        try {
            deleteTree(dir);
            Files.move(fresh.getParent(), dir);
            Files.writeString(dir.resolve(".complete"), stamp(size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isComplete(Path libraryFile, int size) {
        Path marker = libraryFile.resolveSibling(".complete");
        try {
            return Files.isRegularFile(libraryFile) && Files.isRegularFile(marker)
                    && Files.readString(marker).equals(stamp(size));
        } catch (IOException e) {
            return false;
        }
    }

    private static String stamp(int size) {
        return "generator " + GENERATOR_VERSION + " seed " + SyntheticArchive.DEFAULT_SEED + " articles " + size
                + " schema-of-this-build";
    }

    /** A library of the bundled seeds (32 articles), as a first start leaves it. */
    Path seedsLibrary() {
        Path file = root.resolve("library-seeds").resolve("library.db");
        if (Files.isRegularFile(file.resolveSibling(".complete"))) {
            return file;
        }
        deleteTree(file.getParent());
        try (Library library = Library.open(file)) {
            for (Dump d : SampleDumps.load()) {
                library.importDump(d, null);
            }
            Files.writeString(file.resolveSibling(".complete"), "seeds");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A fresh, empty folder under the workspace. */
    Path scratch(String name) {
        Path dir = root.resolve(name);
        deleteTree(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of a library on disk: the database and its write-ahead log. */
    static long librarySize(Path libraryFile) {
        long total = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = libraryFile.resolveSibling(libraryFile.getFileName() + suffix);
            try {
                total += Files.isRegularFile(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                // gone meanwhile: counts as nothing
            }
        }
        return total;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
