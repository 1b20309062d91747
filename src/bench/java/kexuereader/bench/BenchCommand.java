package kexuereader.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import kexuereader.library.Library;
import kexuereader.library.LibraryLocation;
import kexuereader.math.Document;
import kexuereader.math.FormulaBench;
import kexuereader.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The main class of {@code kexue-reader-bench.jar}: runs the performance benchmarks on generated archives and
 * prints one table (see docs/benchmarks.md). It does not touch the user's library; {@code formulas} times the
 * formulas of files or of a library.
 */
@Command(name = "kexue-reader-bench", mixinStandardHelpOptions = true,
        description = {"Run the performance benchmarks and print a table of figures with their floors and targets.",
                "Generates synthetic archives of 1,000, 10,000 and 100,000 articles from the seeds and keeps them "
                        + "in the work folder; the first run takes long (the 100,000-article import).",
                "Start-up and memory need a display: run under xvfb-run. See docs/benchmarks.md."},
        subcommands = BenchCommand.Formulas.class)
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where generated archives and libraries are kept and reused (default: a private folder "
                    + "in the user's cache, $XDG_CACHE_HOME/kexue-reader/bench).")
    Path work;

    @Option(names = "--quick", description = "Small archives (1,000 and 3,000 articles) and few runs: checks the harness.")
    boolean quick;

    @Option(names = "--sizes", split = ",", paramLabel = "N",
            description = "Archive sizes in articles (default 1000,10000,100000).")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Run only these: parse, import, search, page, pages, formulas, startup, memory.")
    List<String> only = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each in-process figure (default 7).")
    Integer runs;

    @Option(names = "--gui-runs", paramLabel = "N", description = "Start-up runs of each configuration (default 7).")
    Integer guiRuns;

    @Option(names = "--installed", paramLabel = "DIR",
            description = "Measure the start-up of the application installed in DIR (e.g. /opt/kexue-reader) "
                    + "instead of the jar's, on the seeds and every --sizes.")
    Path installed;

    private final PrintWriter out;
    private final PrintWriter err;

    BenchCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Parses and runs; errors of use are printed as one line, exit 2. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new BenchCommand(out, err));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                err.println("error: " + ex.getMessage());
                err.flush();
                return 2;
            }
            throw ex;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        BenchSettings base = quick ? BenchSettings.quick() : BenchSettings.full();
        for (int n : sizes) {
            if (n < 100) {
                throw new IllegalArgumentException("--sizes: an archive needs at least 100 articles, not " + n);
            }
        }
        BenchSettings s = new BenchSettings(sizes.isEmpty() ? base.sizes() : sizes, base.warmUps(),
                runs == null ? base.runs() : runs, base.searchRuns(), guiRuns == null ? base.gui() : guiRuns,
                base.importRuns(), new LinkedHashSet<>(only));
        Path dir = work == null ? WorkFolder.privateDefault() : work.toAbsolutePath();
        new Bench(s, dir, out, err, installed).run();
        return 0;
    }

    /** {@code formulas [FILE…]}: what {@code formulas bench} of the product's command line was. */
    @Command(name = "formulas", mixinStandardHelpOptions = true,
            description = {"Render every formula (parse, layout, SVG; no cache) 5 times after warm-up, single thread;",
                    "end with 'formulas-bench: N formulas, median X us, p90 Y us' (per formula).",
                    "With files, each file is one article body; without, every article of the library."})
    static final class Formulas implements Callable<Integer> {

        @CommandLine.ParentCommand
        BenchCommand parent;

        @Option(names = "--library", paramLabel = "FILE", description = "The library (default: the reader's).")
        Path library;

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article bodies, one per file.")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            List<Document> docs = new ArrayList<>();
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new IllegalArgumentException("no such file: " + f);
                }
                docs.add(new Document(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            if (files.isEmpty()) {
                try (Library lib = Library.open(LibraryLocation.resolve(library))) {
                    for (Article a : lib.allArticles()) {
                        docs.add(new Document(a.id(), a.body()));
                    }
                }
            }
            FormulaBench.run(docs, parent.out);
            return 0;
        }
    }
}
