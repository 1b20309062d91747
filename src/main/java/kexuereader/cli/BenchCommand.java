package kexuereader.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import kexuereader.bench.Bench;
import kexuereader.bench.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: runs the performance benchmarks on generated archives and prints one table (see
 * docs/benchmarks.md). A developer's command: it does not touch the user's library.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the performance benchmarks and print a table of figures with their floors and targets.",
                "Generates synthetic archives of 1,000, 10,000 and 100,000 articles from the seeds and keeps them "
                        + "in the work folder; the first run takes long (the 100,000-article import).",
                "Start-up and memory need a display: run under xvfb-run. See docs/benchmarks.md."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where generated archives and libraries are kept and reused (default: ${DEFAULT-VALUE}).")
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "kexue-reader-bench");

    @Option(names = "--quick", description = "Small archives (1,000 and 3,000 articles) and few runs: checks the harness.")
    boolean quick;

    @Option(names = "--sizes", split = ",", paramLabel = "N",
            description = "Archive sizes in articles (default 1000,10000,100000).")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Run only these: parse, import, search, page, formulas, startup, memory.")
    List<String> only = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs of each in-process figure (default 7).")
    Integer runs;

    @Option(names = "--gui-runs", paramLabel = "N", description = "Start-up runs of each configuration (default 7).")
    Integer guiRuns;

    @Override
    public Integer call() {
        Cli.Root root = (Cli.Root) spec.root().userObject();
        Settings base = quick ? Settings.quick() : Settings.full();
        for (int n : sizes) {
            if (n < 100) {
                throw new UserError("--sizes: an archive needs at least 100 articles, not " + n, 2);
            }
        }
        Settings s;
        try {
            s = new Settings(sizes.isEmpty() ? base.sizes() : sizes, base.warmUps(),
                    runs == null ? base.runs() : runs, base.searchRuns(), guiRuns == null ? base.gui() : guiRuns,
                    base.importRuns(), new LinkedHashSet<>(only));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), 2);
        }
        new Bench(s, work.toAbsolutePath(), root.out, root.err).run();
        return 0;
    }
}
