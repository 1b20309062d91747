package kexuereader.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import kexuereader.library.Library;

/**
 * Starts the window from the launcher. The library is opened, and what the window shows first read from it, on
 * a background thread while the JavaFX toolkit starts, so neither waits for the other and the FX thread reads
 * nothing from the file.
 */
public final class ReaderLauncher {

    /**
     * @param library      the library being opened, with what the window shows first read from it on the same thread
     * @param firstArticle the page of the article the window opens on, built on a thread of its own once the
     *                     library is open
     */
    record Launch(Path libraryPath, CompletableFuture<Opened> library,
                  FirstArticle firstArticle, Measure measure) {

        boolean measureStartup() {
            return measure.any();
        }
    }

    /**
     * What a measuring run of the window reports before it exits, for the benchmarks: the start-up times, then
     * optionally when the first article is readable, then optionally the resident memory before and after
     * opening some articles.
     *
     * @param startup        print {@code startup: first-frame N ms, list-ready M ms} and exit
     * @param article        then wait for the first article and print {@code startup: article-ready N ms}
     * @param memoryArticles then print the resident memory, open this many articles, print it again; 0 for none
     */
    public record Measure(boolean startup, boolean article, int memoryArticles) {

        /** A normal start: nothing is measured. */
        public static final Measure NONE = new Measure(false, false, 0);

        /** Whether anything is measured (the window then exits by itself). */
        public boolean any() {
            return startup || article || memoryArticles > 0;
        }

        /** Whether the run goes on after the list to the first article. */
        boolean untilArticle() {
            return article || memoryArticles > 0;
        }
    }

    /**
     * An opened library, what the window shows first, and the window's settings beside it, read with their
     * words' bundle on the same thread (a settings file is YAML: parsing it cold costs tens of milliseconds).
     */
    record Opened(Library library, StartView start, Settings settings) {

        static Opened open(Path libraryPath) {
            StartupTrace.mark("library: opening");
            Library library = Library.open(libraryPath);
            StartupTrace.mark("library: open");
            try {
                Settings settings = Settings.load(library.file().getParent());
                Messages.use(Messages.forSetting(settings.languageProperty().get()));
                StartupTrace.mark("library: settings read");
                StartView start = StartView.read(library, settings.lastArticleProperty().get());
                StartupTrace.mark("library: first view read");
                return new Opened(library, start, settings);
            } catch (RuntimeException e) {
                library.close();
                throw e;
            }
        }
    }

    private static volatile Launch launch;
    private static volatile int exitCode;

    private ReaderLauncher() {
    }

    /** Opens the window, measuring what {@code measure} asks for; returns the process exit code. */
    public static int launch(Path libraryPath, Measure measure) {
        CompletableFuture<Opened> library = CompletableFuture.supplyAsync(() -> Opened.open(libraryPath));
        launch = new Launch(libraryPath, library, FirstArticle.of(library), measure);
        StartupTrace.mark("toolkit: launching");
        Application.launch(ReaderApp.class);
        return exitCode;
    }

    static Launch current() {
        return launch;
    }

    static void exitCode(int code) {
        exitCode = code;
    }
}
