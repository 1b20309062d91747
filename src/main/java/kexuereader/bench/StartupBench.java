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
 * see the same machine. Times are milliseconds since the JVM started. Targets: the first frame with the
 * populated list ≤ 1.3× the bare window's first frame; the first article readable (its page, formulas included,
 * drawn in the WebView) ≤ 2× the bare window's first frame.
 *
 * <p>Each reader run starts without a settings file, so it opens on the newest article as a first start does.
 */
final class StartupBench {

    static final String BARE = "kexuereader.ui.BareWindow";
    static final String READER = "kexuereader.app.Main";

    private static final Pattern BARE_FRAME = Pattern.compile("bare: first-frame (\\d+) ms");
    private static final Pattern BARE_WEB = Pattern.compile("bare: webview-painted (\\d+) ms");
    private static final Pattern FIRST_FRAME = Pattern.compile("startup: first-frame (\\d+) ms");
    private static final Pattern LIST_READY = Pattern.compile("list-ready (\\d+) ms");
    private static final Pattern ARTICLE = Pattern.compile("startup: article-ready (\\d+) ms");

    /**
     * How the JVMs are started: the class path and the options the launcher gives the reader, and those the
     * bare window gets (the same, but its own class-data archive).
     */
    record Launch(String name, String classPath, List<String> readerOptions, List<String> bareOptions) {
    }

    private StartupBench() {
    }

    static List<Figure> run(Subprocess sub, Launch launch, Map<String, Path> libraries, Settings s, PrintWriter log) {
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, Path> lib : libraries.entrySet()) {
            List<Double> bareFrame = new ArrayList<>();
            List<Double> bareWeb = new ArrayList<>();
            List<Double> first = new ArrayList<>();
            List<Double> list = new ArrayList<>();
            List<Double> article = new ArrayList<>();
            for (int r = -1; r < s.gui(); r++) {
                log.printf("startup: %s, %s, run %d of %d%n", launch.name(), lib.getKey(), r + 1, s.gui());
                log.flush();
                List<String> bare = sub.run(launch.classPath(), launch.bareOptions(), BARE, List.of("--webview"), 300);
                forgetSettings(lib.getValue());
                List<String> reader = sub.run(launch.classPath(), launch.readerOptions(), READER, List.of("--library",
                        lib.getValue().toString(), "--measure-article"), 300);
                if (r < 0) {
                    continue; // the warm-up pair: the page cache and the font cache settle
                }
                bareFrame.add(Subprocess.number(bare, BARE_FRAME));
                bareWeb.add(Subprocess.number(bare, BARE_WEB));
                first.add(Subprocess.number(reader, FIRST_FRAME));
                list.add(Subprocess.number(reader, LIST_READY));
                article.add(Subprocess.number(reader, ARTICLE));
            }
            String input = lib.getKey() + ", " + launch.name();
            Stats floor = Stats.of(bareFrame);
            figures.add(Figure.plain("start-up: bare window, first frame", input, "ms", floor));
            figures.add(Figure.plain("start-up: bare window + WebView painted", input, "ms", Stats.of(bareWeb)));
            figures.add(Figure.plain("start-up: reader, first frame", input, "ms", Stats.of(first)));
            figures.add(Figure.againstFloor("start-up: first frame with the list", input, "ms", Stats.of(list), floor,
                    "bare", 1.3));
            figures.add(Figure.againstFloor("start-up: first article readable", input, "ms", Stats.of(article),
                    floor, "bare", 2.0));
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
