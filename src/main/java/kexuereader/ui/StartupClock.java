package kexuereader.ui;

import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Notices the first frame and the first frame with the article list populated. The window uses it to start
 * the slow work only after the list is on screen; {@code --measure-startup} prints the two times (since the JVM
 * started) and exits, for the start-up benchmark. {@code --measure-article} also prints when the window was ready
 * and the process's CPU time up to the list on screen ({@code startup: list-ready-cpu N ms}, less moved by other
 * processes than the wall times), goes on until the first article's page has been drawn in the reading pane and
 * prints that time too; a benchmark that asked for memory figures then takes over through {@link #afterArticle}.
 */
final class StartupClock {

    /** A measuring run that never sees its article (an empty, read-only library) gives up after this long. */
    private static final Duration GIVE_UP = Duration.seconds(120);

    /**
     * What a benchmark run does once the first article is readable, given the window and what ends the run; set
     * by the benchmarks' memory probe (src/bench), which the product does not carry. Null: the run just ends.
     */
    static volatile BiConsumer<MainWindow, Runnable> afterArticle;

    private final ReaderLauncher.Measure measure;
    private long firstFrame = -1;
    private long listReady = -1;
    /** The process's CPU time (all threads) when the list was on screen: less load-sensitive than the wall time. */
    private long listReadyCpu = -1;
    private long windowReady = -1;
    private boolean done;
    /** When the first article's page was drawn, -1 before; the window waiting to report it; whether it was. */
    private long articleReady = -1;
    private MainWindow window;
    private boolean watchingArticle;
    private boolean reported;
    private final PauseTransition giveUp = new PauseTransition(GIVE_UP);

    StartupClock(ReaderLauncher.Measure measure) {
        this.measure = measure;
    }

    /**
     * Watches the first frame, which a {@link StartFrame} draws: notes its time (and, when it shows rows, the time
     * the list was on screen), then runs {@code buildWindow} once that frame is out. A layout after which
     * {@code settled} says no (the frame was replaced) is not the first frame.
     */
    void watchFirstFrame(Scene scene, java.util.function.BooleanSupplier settled,
                         java.util.function.BooleanSupplier showsRows, Runnable buildWindow) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (firstFrame >= 0 || !settled.getAsBoolean()) {
                return;
            }
            firstFrame = ReaderApp.sinceJvmStart();
            StartupTrace.mark("first frame laid out");
            if (showsRows.getAsBoolean()) {
                listReady = firstFrame;
                listReadyCpu = StartupTrace.cpuMillis();
            }
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            Platform.runLater(buildWindow);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Watches the window's pulses; runs {@code onFirstFrame} once, just after its first frame (an empty library
     * fills its list only then, from the bundled sample), and notes the first pulse whose layout shows rows of the
     * article list: the window is then ready for input. Without {@link #watchFirstFrame} before, the window's
     * first frame is the first frame.
     */
    void watch(Scene scene, MainWindow window, Runnable onFirstFrame) {
        Runnable[] listener = new Runnable[1];
        boolean[] windowFrame = new boolean[1];
        listener[0] = () -> {
            if (done) {
                return;
            }
            if (!windowFrame[0]) {
                windowFrame[0] = true;
                if (firstFrame < 0) {
                    firstFrame = ReaderApp.sinceJvmStart();
                }
                Platform.runLater(onFirstFrame);
            }
            boolean rows = !window.listModel().rows().isEmpty()
                    && !scene.getRoot().lookupAll("#article-list .table-row-cell").isEmpty();
            if (rows && windowReady < 0) {
                windowReady = ReaderApp.sinceJvmStart();
                if (listReady < 0) {
                    listReady = windowReady;
                    listReadyCpu = StartupTrace.cpuMillis();
                }
                done = true;
                // remove after this pulse: listeners must not be changed while the pulse runs them
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                if (measure.any()) {
                    // one more pulse so the frame just laid out has been drawn before we report
                    Platform.runLater(() -> Platform.runLater(() -> {
                        reportStartup();
                        if (measure.untilArticle()) {
                            System.out.println("startup: window-ready " + windowReady + " ms");
                            System.out.println("startup: list-ready-cpu " + listReadyCpu + " ms");
                            System.out.flush();
                            awaitArticle(scene, window);
                        } else {
                            exit(0);
                        }
                    }));
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void reportStartup() {
        System.out.println("startup: first-frame " + firstFrame + " ms, list-ready " + listReady + " ms");
        System.out.flush();
    }

    /**
     * Notes when the reading pane's first page has been loaded and drawn: called as soon as the pane exists (the
     * start-up may show the first article before the window); reported once the window is ready too.
     */
    void watchArticle(Scene scene, ReadingView reading) {
        if (watchingArticle) {
            return;
        }
        watchingArticle = true;
        ChangeListener<String> loaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> obs, String was, String now) {
                if (now != null) {
                    reading.loadedIdProperty().removeListener(this);
                    articleLoaded(scene);
                }
            }
        };
        if (reading.loadedIdProperty().get() != null) {
            articleLoaded(scene);
        } else {
            reading.loadedIdProperty().addListener(loaded);
        }
    }

    /** After the window is ready: reports the first article when it has been drawn, or waits for it. */
    private void awaitArticle(Scene scene, MainWindow window) {
        this.window = window;
        if (articleReady >= 0) {
            reportArticle();
            return;
        }
        giveUp.setOnFinished(e -> {
            System.out.println("startup: article-ready none (no article was shown)");
            exit(1);
        });
        giveUp.play();
        watchArticle(scene, window.readingView());
    }

    private void articleLoaded(Scene scene) {
        afterNextPulse(scene, () -> {
            if (articleReady < 0) {
                articleReady = ReaderApp.sinceJvmStart();
                StartupTrace.mark("article: drawn");
            }
            if (window != null) {
                reportArticle();
            }
        });
    }

    private void reportArticle() {
        giveUp.stop();
        if (!measure.untilArticle() || reported) {
            return;
        }
        reported = true;
        System.out.println("startup: article-ready " + articleReady + " ms");
        System.out.flush();
        BiConsumer<MainWindow, Runnable> then = afterArticle;
        if (measure.memoryArticles() > 0 && then != null) {
            then.accept(window, () -> exit(0));
        } else {
            exit(0);
        }
    }

    /** Runs {@code then} once the reading pane has loaded a page and a pulse has drawn it. */
    static void afterLoaded(Scene scene, ReadingView reading, Runnable then) {
        if (reading.loadedIdProperty().get() != null) {
            afterNextPulse(scene, then);
            return;
        }
        reading.loadedIdProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> obs, String was, String now) {
                if (now != null) {
                    reading.loadedIdProperty().removeListener(this);
                    afterNextPulse(scene, then);
                }
            }
        });
    }

    /**
     * Runs {@code then} once the first frame, just laid out, is on its way to the screen. The renderer hands a
     * frame's pixels to the window through the FX thread's queue (Quantum's {@code SceneState.uploadPixels}), so
     * work that held the FX thread right after the first layout (the WebView) kept that frame off the screen
     * until it was done: 300 ms and more under Xvfb and Openbox. A pulse that synchronises with the renderer
     * waits for the frame before it; the second such pulse comes after that frame's pixels were queued, and
     * {@code then} after them.
     */
    static void whenOnScreen(Scene scene, Runnable then) {
        if (!(scene.getRoot() instanceof javafx.scene.layout.Pane root)) {
            then.run();
            return;
        }
        // a node of nothing, moved at each pulse, so that the pulse has something to synchronise
        javafx.scene.shape.Rectangle tick = new javafx.scene.shape.Rectangle(1, 1,
                javafx.scene.paint.Color.TRANSPARENT);
        tick.setManaged(false);
        tick.setMouseTransparent(true);
        root.getChildren().add(tick);
        int[] pulses = {2};
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            if (pulses[0]-- == 0) {
                root.getChildren().remove(tick);
                StartupTrace.mark("first frame: on screen");
                then.run();
                return;
            }
            tick.setTranslateX(1 - tick.getTranslateX());
            afterNextPulse(scene, step[0]);
        };
        step[0].run();
    }

    /** Runs {@code then} once a pulse has laid out and drawn the scene as it is now. */
    static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void exit(int code) {
        ReaderLauncher.exitCode(code);
        Platform.exit();
    }
}
