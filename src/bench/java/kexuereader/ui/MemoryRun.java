package kexuereader.ui;

import java.nio.file.Path;

/**
 * The memory benchmark's reader: {@code MemoryRun LIBRARY N} starts the window as the product does, waits for
 * the first article, then hands the window to {@link MemoryProbe}, which opens N articles and prints the
 * resident memory before and after. Lives with the benchmarks so the product carries no probe.
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: MemoryRun LIBRARY ARTICLES");
            System.exit(2);
        }
        int articles = Integer.parseInt(args[1]);
        StartupClock.afterArticle = (window, done) -> new MemoryProbe(window, articles, done).start();
        System.exit(ReaderLauncher.launch(Path.of(args[0]), new ReaderLauncher.Measure(true, true, articles)));
    }
}
