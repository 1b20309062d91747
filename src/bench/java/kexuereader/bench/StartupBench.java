package kexuereader.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Start-up: the reader's {@code --measure-article} against a bare JavaFX window with one label
 * ({@code kexuereader.ui.BareWindow --webview}), same jars, same JVM options, alternating run by run so both
 * see the same machine; for scale, also the bare window holding only a populated table
 * ({@code BareWindow --table}), what any window with a {@code TableView} costs. Times are milliseconds since the
 * process started. Targets: the first frame with the
 * populated list ≤ 1.3× the bare window's first frame; the first article readable (its page, formulas included,
 * drawn in the WebView) ≤ 2× the bare window's first frame.
 *
 * <p>The launcher's way is also compared with the bare window started plainly ({@code java -cp}, natives beside,
 * no archive, default JIT and collector), the floor as the issue states it: what the product as shipped costs
 * over the least a JavaFX window costs. Like-for-like ratios (the bare window with the same options and its own
 * archive) are shown beside it.
 *
 * <p>Each reader run starts without a settings file, so it opens on the newest article as a first start does.
 */
final class StartupBench {

    static final String BARE = "kexuereader.ui.BareWindow";
    static final String READER = "kexuereader.app.Main";

    private static final Pattern BARE_FRAME = Pattern.compile("bare: first-frame (\\d+) ms");
    private static final Pattern BARE_WEB = Pattern.compile("bare: webview-painted (\\d+) ms");
    private static final Pattern LIST_READY = Pattern.compile("list-ready (\\d+) ms");
    private static final Pattern ARTICLE = Pattern.compile("startup: article-ready (\\d+) ms");
    private static final Pattern WINDOW = Pattern.compile("startup: window-ready (\\d+) ms");
    private static final Pattern BARE_CPU = Pattern.compile("bare: first-frame-cpu (\\d+) ms");
    private static final Pattern LIST_CPU = Pattern.compile("startup: list-ready-cpu (\\d+) ms");

    /**
     * How the JVMs are started: the class path and the options the launcher gives the reader, and those the
     * bare window gets (the same, but its own class-data archive).
     */
    record Launch(String name, String classPath, List<String> readerOptions, List<String> bareOptions,
                  boolean alsoPlainBare, String java, List<String> readerCommand) {

        /** Both JVMs started by the benchmark's own {@code java}, on {@code classPath}. */
        Launch(String name, String classPath, List<String> readerOptions, List<String> bareOptions,
               boolean alsoPlainBare) {
            this(name, classPath, readerOptions, bareOptions, alsoPlainBare, null, null);
        }

        /** The bare window with these options and arguments. */
        List<String> bare(Subprocess sub, List<String> options, List<String> args) {
            return sub.run(java, classPath, options, BARE, args, 300);
        }

        /** The reader with these arguments: through its own launcher when it has one, else {@code java -cp}. */
        List<String> reader(Subprocess sub, List<String> args) {
            if (readerCommand != null) {
                List<String> command = new ArrayList<>(readerCommand);
                command.addAll(args);
                return sub.command(command, 300);
            }
            return sub.run(java, classPath, readerOptions, READER, args, 300);
        }
    }

    private StartupBench() {
    }

    static List<Figure> run(Subprocess sub, Launch launch, Map<String, Path> libraries, BenchSettings s, PrintWriter log) {
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, Path> lib : libraries.entrySet()) {
            List<Double> bareFrame = new ArrayList<>();
            List<Double> bareWeb = new ArrayList<>();
            List<Double> table = new ArrayList<>();
            List<Double> plainFrame = new ArrayList<>();
            List<Double> list = new ArrayList<>();
            List<Double> article = new ArrayList<>();
            List<Double> ready = new ArrayList<>();
            List<Double> bareCpu = new ArrayList<>();
            List<Double> listCpu = new ArrayList<>();
            for (int r = -1; r < s.gui(); r++) {
                log.printf("startup: %s, %s, run %d of %d%n", launch.name(), lib.getKey(), r + 1, s.gui());
                log.flush();
                List<String> bare = launch.bare(sub, launch.bareOptions(), List.of("--webview"));
                List<String> plain = launch.alsoPlainBare() ? launch.bare(sub, List.of(), List.of()) : List.of();
                if (r < 0) {
                    // the warm-up run opens on the newest article and leaves the settings, the start snapshot
                    // and its picture and page behind it when it closes: the runs measured are a user's every
                    // later start, on the article the last window left open
                    forgetSettings(lib.getValue());
                }
                List<String> reader = launch.reader(sub, List.of("--library", lib.getValue().toString(),
                        "--measure-article"));
                if (r < 0) {
                    continue; // the warm-up pair: the page cache and the font cache settle
                }
                bareFrame.add(Subprocess.number(bare, BARE_FRAME));
                bareCpu.add(Subprocess.number(bare, BARE_CPU));
                listCpu.add(Subprocess.number(reader, LIST_CPU));
                if (launch.alsoPlainBare()) {
                    plainFrame.add(Subprocess.number(plain, BARE_FRAME));
                }
                bareWeb.add(Subprocess.number(bare, BARE_WEB));
                table.add(Subprocess.number(launch.bare(sub, launch.bareOptions(), List.of("--table")), BARE_FRAME));
                list.add(Subprocess.number(reader, LIST_READY));
                article.add(Subprocess.number(reader, ARTICLE));
                ready.add(Subprocess.number(reader, WINDOW));
            }
            String input = lib.getKey() + ", " + launch.name();
            Stats floor = Stats.of(bareFrame);
            figures.add(Figure.plain("start-up: bare window, first frame", input, "ms", floor));
            figures.add(Figure.plain("start-up: bare window + WebView painted", input, "ms", Stats.of(bareWeb)));
            figures.add(Figure.plain("start-up: bare window with a 200-row table", input, "ms", Stats.of(table)));
            figures.add(Figure.againstFloor("start-up: first frame with the list", input, "ms", Stats.of(list), floor,
                    "bare", 1.3));
            // the first frame draws the list with labels (FirstFrame); the window takes input from here
            figures.add(Figure.plain("start-up: window ready for input", input, "ms", Stats.of(ready)));
            figures.add(Figure.againstFloor("start-up: first article readable", input, "ms", Stats.of(article),
                    floor, "bare", 2.0));
            // the process's CPU time (all threads) up to the same two frames: what the wall times cost the
            // machine, and much less moved by other processes on it; for reading, the targets are the wall times'
            Stats floorCpu = Stats.of(bareCpu);
            Stats readerCpu = Stats.of(listCpu);
            figures.add(Figure.plain("start-up: bare window, CPU to first frame", input, "ms", floorCpu));
            figures.add(new Figure("start-up: CPU to the list on screen", input, "ms", readerCpu,
                    floorCpu.median(), "bare cpu", readerCpu.median() / floorCpu.median(), "", null));
            if (launch.alsoPlainBare()) {
                // the floor as the issue states it: a bare window started plainly (java -cp, no archive)
                Stats plainFloor = Stats.of(plainFrame);
                String vsPlain = input + " vs plain bare";
                figures.add(Figure.plain("start-up: bare window, plain java -cp", vsPlain, "ms", plainFloor));
                figures.add(Figure.againstFloor("start-up: first frame with the list", vsPlain, "ms",
                        Stats.of(list), plainFloor, "plain", 1.3));
                figures.add(Figure.againstFloor("start-up: first article readable", vsPlain, "ms",
                        Stats.of(article), plainFloor, "plain", 2.0));
            }
        }
        return figures;
    }

    /** Removes the window's settings beside the library, so the run opens on the newest article. */
    static void forgetSettings(Path library) {
        try {
            Files.deleteIfExists(library.resolveSibling("settings.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
