package kexuereader.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import kexuereader.library.Library;
import kexuereader.testing.SeedLibrary;
import org.testfx.api.FxRobot;

/**
 * Starts the real window on a library of the seed dumps, for TestFX tests. The window gets a connection of its
 * own to the file, which records every call made on the FX thread: closing the fixture fails the test if there
 * was one. The test's own look-ups go through {@link #library}, from any thread.
 */
final class WindowFixture {

    final Path dir;
    /** The test's connection to the library. */
    final Library library;
    /** The window's connection, watched for calls on the FX thread. */
    private Library windowLibrary;
    private final List<Throwable> fxThreadCalls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    final Settings settings;
    MainWindow window;
    Stage stage;

    WindowFixture(Path dir, boolean withSeeds) throws IOException {
        this.dir = dir;
        Banner.informFor = javafx.util.Duration.minutes(10); // news stays while a test looks for it
        if (withSeeds) {
            SeedLibrary.copyTo(dir.resolve("library.db"));
        }
        this.library = Library.open(dir.resolve("library.db"));
        this.settings = Settings.load(dir);
    }

    /** The library as the window sees it: its calls on the FX thread are recorded, and fail the test. */
    Library windowLibrary() {
        if (windowLibrary == null) {
            windowLibrary = Library.open(dir.resolve("library.db"));
            windowLibrary.checkEveryCall(() -> {
                if (Platform.isFxApplicationThread()) {
                    fxThreadCalls.add(new AssertionError("a library call on the FX thread"));
                }
            });
        }
        return windowLibrary;
    }

    /** Builds the window on the FX thread in the given stage and shows it. */
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(windowLibrary(), settings, new MainWindow.Services() {
            @Override
            public void showDocument(String url) {
                // tests never open a browser
            }

            @Override
            public Window owner() {
                return stage;
            }
        });
        Scene scene = new Scene(window.root(), 1400, 900);
        ThemeStyles.apply(settings.themeProperty().get(), scene);
        stage.setScene(scene);
        stage.show();
        window.afterFirstFrame();
    }

    /** Takes the window off the stage before closing the library, so no later pulse draws from a closed file. */
    void close() {
        if (stage != null) {
            fx(() -> {
                stage.setScene(null);
                return null;
            });
        }
        if (window != null) {
            fx(() -> {
                window.shutdown(); // on the FX thread, as the application's stop() runs it
                return null;
            });
        }
        if (windowLibrary != null) {
            windowLibrary.close();
        }
        library.close();
        if (!fxThreadCalls.isEmpty()) {
            AssertionError e = new AssertionError(fxThreadCalls.size() + " library call(s) on the FX thread; the first:");
            e.initCause(fxThreadCalls.get(0));
            throw e;
        }
    }

    /** Runs on the FX thread and returns the result. */
    static <T> T fx(Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            // against a hang, not a slow machine: 20 s ran out on a machine loaded by other builds
            return f.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The window's article list. */
    @SuppressWarnings("unchecked")
    static TableView<ArticleRow> table(FxRobot robot) {
        return (TableView<ArticleRow>) robot.lookup("#article-list").queryAs(TableView.class);
    }

    /** Waits until the condition, checked on the FX thread, holds. */
    static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("kexuereader.test.wait", 60));
        while (System.nanoTime() < deadline) {
            if (fx(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /**
     * The texts of the snippet cells on screen (called on the FX thread). A cell may be on screen before the
     * table has given it its row's snippet, so a test waits for the text, not for the cell.
     */
    static java.util.List<String> snippetTexts(FxRobot robot) {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (javafx.scene.Node box : robot.lookup(".article-snippet").queryAll()) {
            StringBuilder sb = new StringBuilder();
            for (javafx.scene.Node t : ((javafx.scene.layout.HBox) box).getChildren()) {
                sb.append(((javafx.scene.text.Text) t).getText());
            }
            all.add(sb.toString());
        }
        return all;
    }
}
