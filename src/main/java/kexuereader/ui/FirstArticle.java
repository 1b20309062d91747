package kexuereader.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import kexuereader.math.MathEngine;

/**
 * The page of the article the window opens on (the start view's opening), read and rendered, formulas included,
 * on a thread of its own from the first frame on, while the FX thread makes the WebView: it is shown in the
 * first frame's reading pane before the window is built, and the window takes the pane over, so the first
 * article does not wait for the window.
 */
final class FirstArticle {

    /** The article and its page, shown before the window existed. */
    record Shown(StartView.Opening opening, ReadingController.Page page) {
    }

    private final CompletableFuture<ReaderLauncher.Opened> library;
    private final CompletableFuture<Optional<Shown>> page = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    private FirstArticle(CompletableFuture<ReaderLauncher.Opened> library) {
        this.library = library;
    }

    /**
     * The page of the library being opened, built once {@link #start} is called (when the first frame is out:
     * built beside the first frame, its formula engine's cold start took a core from it) and the library is open.
     */
    static FirstArticle of(CompletableFuture<ReaderLauncher.Opened> library) {
        return new FirstArticle(library);
    }

    /** The page: empty when there is nothing to open or building it failed. */
    CompletableFuture<Optional<Shown>> page() {
        return page;
    }

    /** Starts building the page once the library is open, unless started already. */
    void start() {
        if (started.compareAndSet(false, true)) {
            library.whenComplete(this::build);
        }
    }

    private void build(ReaderLauncher.Opened opened, Throwable failure) {
        StartView.Opening opening = opened == null ? null : opened.start().opening();
        if (opening == null) {
            page.complete(Optional.empty());
            return;
        }
        Thread t = new Thread(() -> {
            try {
                StartupTrace.mark("article: building the first");
                ReaderPages pages = new ReaderPages(opened.library(), MathEngine.shared());
                Optional<Shown> shown = ReadingController.Page.read(opened.library(), pages, opening.id(),
                        List.of()).map(p -> new Shown(opening, p));
                StartupTrace.mark("article: first built");
                page.complete(shown);
            } catch (RuntimeException | Error e) {
                page.complete(Optional.empty()); // the window opens it again, and reports what fails
            }
        }, "kexue-reader-first-article");
        t.setDaemon(true);
        t.start();
    }
}
