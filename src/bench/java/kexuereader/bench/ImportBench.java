package kexuereader.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kexuereader.ingest.DumpParser;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;

/**
 * Import: seconds to import a generated archive into a fresh library, file by file in name order as
 * {@code import FOLDER} does, and to import the same files again (already imported: about the cost of hashing
 * them, which is its floor). Also the library's size on disk. The last fresh library is kept for the search,
 * start-up and memory benchmarks.
 */
final class ImportBench {

    private ImportBench() {
    }

    static List<Figure> run(Workspace ws, int size, BenchSettings s) {
        List<Path> files = ws.dumpFiles(size);
        String input = String.format(Locale.ROOT, "%,d articles, %,d files", size, files.size());
        int runs = s.importRunsFor(size);
        List<Double> imports = new ArrayList<>();
        List<Double> reimports = new ArrayList<>();
        long bytes = 0;
        int articles = 0;
        Path kept = null;
        for (int r = 0; r < runs; r++) {
            Path dir = ws.scratch("import-" + size + ".tmp");
            Path file = dir.resolve("library.db");
            ws.log().printf("import: %s, run %d of %d%n", input, r + 1, runs);
            ws.log().flush();
            imports.add(Timing.once(() -> {
                try (Library library = Library.open(file)) {
                    for (Path f : files) {
                        library.importFile(f, null);
                    }
                }
            }) / 1000);
            bytes = Workspace.librarySize(file);
            reimports.add(Timing.once(() -> {
                try (Library library = Library.open(file)) {
                    for (Path f : files) {
                        library.importFile(f, null);
                    }
                }
            }) / 1000);
            try (Library library = Library.open(file)) {
                articles = library.count(ArticleFilter.ALL);
            }
            kept = file;
        }
        if (kept != null) {
            ws.adopt(kept, size);
        }
        List<Double> hashing = Timing.millis(1, Math.max(3, runs), () -> {
            for (Path f : files) {
                Timing.sink = DumpParser.sha256(ParseBench.read(f));
            }
        }).stream().map(ms -> ms / 1000).toList();
        Stats hash = Stats.of(hashing);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.plain("import into a fresh library", input + (articles == size ? ""
                : " (" + articles + " articles made!)"), "s", Stats.of(imports)));
        Stats again = Stats.of(reimports);
        figures.add(new Figure("import the same files again", input, "s", again, hash.median(), "hashing",
                again.median() / hash.median(), "≈ hashing", null));
        double mb = bytes / 1e6;
        figures.add(Figure.plain("library size on disk", input, "MB", Stats.of(mb)));
        return figures;
    }
}
