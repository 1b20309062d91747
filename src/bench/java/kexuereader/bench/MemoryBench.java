package kexuereader.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Memory: the reader's resident set ({@code VmRSS}) once the first article is readable and after opening 50
 * articles one after the other ({@code kexuereader.ui.MemoryRun LIBRARY 50}), against the floor of the bare window with a
 * WebView showing one line. Target: ≤ 400 MB at 100,000 articles.
 */
final class MemoryBench {

    static final int ARTICLES = 50;

    /** The reader with the memory probe (src/bench): the product's window, started the product's way. */
    static final String READER = "kexuereader.ui.MemoryRun";

    private static final Pattern BARE = Pattern.compile("bare: webview-painted \\d+ ms, rss (\\d+) MB");
    private static final Pattern READY = Pattern.compile("memory: ready rss (\\d+) MB");
    private static final Pattern AFTER = Pattern.compile("memory: after \\d+ articles rss (\\d+) MB");

    private MemoryBench() {
    }

    static List<Figure> run(Subprocess sub, StartupBench.Launch launch, Map<String, Path> libraries, BenchSettings s,
                            PrintWriter log) {
        List<Figure> figures = new ArrayList<>();
        int runs = Math.max(3, s.gui() / 2);
        for (Map.Entry<String, Path> lib : libraries.entrySet()) {
            List<Double> bare = new ArrayList<>();
            List<Double> ready = new ArrayList<>();
            List<Double> after = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                log.printf("memory: %s, run %d of %d%n", lib.getKey(), r + 1, runs);
                log.flush();
                bare.add(Subprocess.number(sub.run(launch.classPath(), launch.bareOptions(), StartupBench.BARE,
                        List.of("--webview"), 300), BARE));
                StartupBench.forgetSettings(lib.getValue());
                List<String> out = sub.run(launch.classPath(), launch.readerOptions(), READER,
                        List.of(lib.getValue().toString(), String.valueOf(ARTICLES)), 600);
                ready.add(Subprocess.number(out, READY));
                after.add(Subprocess.number(out, AFTER));
            }
            String input = lib.getKey() + ", " + launch.name();
            Stats floor = Stats.of(bare);
            Stats a = Stats.of(after);
            figures.add(Figure.plain("memory: bare window + WebView (floor)", input, "MB", floor));
            figures.add(Figure.plain("memory: RSS, first article readable", input, "MB", Stats.of(ready)));
            boolean judged = lib.getKey().startsWith("100,000");
            figures.add(new Figure("memory: RSS after opening " + ARTICLES + " articles", input, "MB", a,
                    floor.median(), "bare", a.median() / floor.median(), judged ? "≤ 400 MB" : "",
                    judged ? a.median() <= 400 : null));
        }
        return figures;
    }
}
