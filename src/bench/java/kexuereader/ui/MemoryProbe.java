package kexuereader.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;

/**
 * The memory benchmark's probe ({@link MemoryRun}). Once the first article is readable it prints the
 * process's resident memory, then opens the first N articles of the list one after the other, each waited for
 * until its page has loaded, and prints the resident memory again:
 * <pre>
 * memory: ready rss 312 MB, heap used 80 MB of 150 MB
 * memory: after 50 articles rss 340 MB, heap used 95 MB of 160 MB
 * </pre>
 */
final class MemoryProbe {

    private final MainWindow window;
    private final int articles;
    private final Runnable done;
    private int next;

    MemoryProbe(MainWindow window, int articles, Runnable done) {
        this.window = window;
        this.articles = articles;
        this.done = done;
    }

    void start() {
        System.out.println("memory: ready " + usage());
        System.out.flush();
        openNext();
    }

    private void openNext() {
        ObservableList<ArticleRow> rows = window.listModel().rows();
        if (next >= articles || next >= rows.size()) {
            System.out.println("memory: after " + next + " articles " + usage());
            System.out.flush();
            done.run();
            return;
        }
        ArticleRow row = rows.get(next++);
        if (row == null || row.id().equals(window.readingView().loadedIdProperty().get())) {
            Platform.runLater(this::openNext);
            return;
        }
        String id = row.id();
        ChangeListener<String> loaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> obs, String was, String now) {
                if (id.equals(now)) {
                    window.readingView().loadedIdProperty().removeListener(this);
                    Platform.runLater(MemoryProbe.this::openNext);
                }
            }
        };
        window.readingView().loadedIdProperty().addListener(loaded);
        window.open(id);
    }

    /** Resident memory and the Java heap, in MB. */
    static String usage() {
        Runtime rt = Runtime.getRuntime();
        long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return String.format(Locale.ROOT, "rss %d MB, heap used %d MB of %d MB", rssKb() >> 10, used,
                rt.totalMemory() >> 20);
    }

    /** VmRSS of this process in kB, from /proc; -1 where there is no /proc. */
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
