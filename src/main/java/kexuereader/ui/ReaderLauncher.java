package kexuereader.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import kexuereader.library.Library;

/**
 * Starts the window from the launcher. The library is opened, and what the window shows first read from it, on
 * a background thread, so the FX thread reads nothing from the file: while the JavaFX toolkit starts, or, when
 * the snapshot the last window left still holds ({@link StartSnapshot}), once the first frame drawn from it is
 * out.
 */
public final class ReaderLauncher {

    /**
     * @param library      the library being opened, with what the window shows first read from it on the same
     *                     thread, once {@code opening} is complete
     * @param opening      completed to open the library: at once without a snapshot, else after the first frame
     * @param snapshot     what the last window left for the first frame, still true of the library; or null
     * @param picture      the picture of that frame, read on a thread of its own while the toolkit starts;
     *                     empty when there is none for this snapshot
     * @param page         the opening article's page the last window left, read after the picture; empty when
     *                     there is none for this snapshot
     * @param firstArticle the page of the article the window opens on, built on a thread of its own once the
     *                     library is open
     */
    record Launch(Path libraryPath, CompletableFuture<Opened> library, CompletableFuture<Void> opening,
                  StartSnapshot snapshot, CompletableFuture<java.util.Optional<StartPicture>> picture,
                  CompletableFuture<java.util.Optional<StartPage>> page, FirstArticle firstArticle,
                  Measure measure) {

        boolean measureStartup() {
            return measure.any();
        }

        /** Opens the library on its thread, unless that has begun already. */
        void openLibrary() {
            opening.complete(null);
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

        /** Opens the library; {@code known}: its settings, read already (from the snapshot), or null. */
        static Opened open(Path libraryPath, Settings known) {
            StartupTrace.mark("library: opening");
            Library library = Library.open(libraryPath);
            StartupTrace.mark("library: open");
            try {
                Settings settings = known;
                if (settings == null) {
                    settings = Settings.load(library.file().getParent());
                    Messages.use(Messages.forSetting(settings.languageProperty().get()));
                    StartupTrace.mark("library: settings read");
                }
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

    /**
     * JavaFX warns at every start that it was "loaded from an unnamed module": the jar and the package put it on
     * the class path on purpose (one jar for every platform; docs/install.md), so the warning only worries the
     * reader in a terminal. That one message is left out of JavaFX's log (its other warnings, CSS's among them,
     * stay). Held here: the logging framework keeps its loggers weakly.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Opens the window, measuring what {@code measure} asks for; returns the process exit code. */
    public static int launch(Path libraryPath, Measure measure) {
        // a snapshot in another language than the settings speak today (the system's changed) is not used
        StartSnapshot snapshot = StartSnapshot.read(libraryPath).filter(s -> s.locale().equals(
                Messages.forSetting(s.settings().languageProperty().get()))).orElse(null);
        StartupTrace.mark(snapshot == null ? "launch: no start snapshot" : "launch: start snapshot read");
        if (snapshot != null) {
            Messages.use(snapshot.locale());
        }
        Settings known = snapshot == null ? null : snapshot.settings();
        CompletableFuture<Void> opening = new CompletableFuture<>();
        CompletableFuture<Opened> library = opening.thenApplyAsync(v -> Opened.open(libraryPath, known));
        CompletableFuture<java.util.Optional<StartPicture>> picture;
        CompletableFuture<java.util.Optional<StartPage>> page;
        if (snapshot == null) {
            picture = CompletableFuture.completedFuture(java.util.Optional.empty());
            page = CompletableFuture.completedFuture(java.util.Optional.empty());
        } else {
            picture = CompletableFuture.supplyAsync(() -> StartPicture.read(libraryPath)
                    .filter(p -> p.key() == snapshot.key()));
            page = picture.thenApply(p -> StartPage.read(libraryPath).filter(g -> g.key() == snapshot.key()));
        }
        launch = new Launch(libraryPath, library, opening, snapshot, picture, page, FirstArticle.of(library),
                measure);
        if (snapshot == null) {
            launch.openLibrary();
        }
        StartupTrace.mark("toolkit: launching");
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
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
