package kexuereader.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import kexuereader.library.Library;

/**
 * The one way the window reaches the library. Every call runs off the FX thread on a lane the service owns;
 * its result is delivered on the FX thread; once the service is closed no result is delivered and no call
 * starts, and {@link #close()} waits for the calls under way, so the library can close right after it.
 *
 * <p>The lanes are single threads, so the calls of one lane run in the order they were made: reads (the list's
 * pages, counts, the sidebar, the statistics), writes (read and star state, reading positions, imports: one
 * batch of files per call, so a state change waits for one batch, not for a whole import), searches (on a connection of
 * their own: the list never waits behind one) and pages (an article's page is read, then rendered, which may
 * take a while). A direct service runs every call at once on the calling thread, for view-model tests.
 */
final class LibraryService implements AutoCloseable {

    /** A call to the library, run off the FX thread. */
    @FunctionalInterface
    interface Call<T> {
        T run(Library library);
    }

    /** Where a call runs. */
    enum Lane { READ, WRITE, SEARCH, PAGE }

    private final Library library;
    private final Executor ui;
    private final Executor[] lanes;
    private volatile boolean closed;

    private LibraryService(Library library, Executor ui, Executor[] lanes) {
        this.library = library;
        this.ui = ui;
        this.lanes = lanes;
    }

    /** The window's service: each lane a daemon thread, results on the FX thread. */
    static LibraryService forWindow(Library library) {
        ExecutorService[] lanes = new ExecutorService[Lane.values().length];
        for (Lane lane : Lane.values()) {
            lanes[lane.ordinal()] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "library-" + lane.name().toLowerCase(java.util.Locale.ROOT));
                t.setDaemon(true);
                return t;
            });
        }
        return new LibraryService(library, Platform::runLater, lanes);
    }

    /** A service that runs every call and delivers its result at once, on the calling thread (tests). */
    static LibraryService direct(Library library) {
        return on(library, Runnable::run, Runnable::run);
    }

    /** A service whose lanes all run on {@code lanes} and whose results are delivered on {@code ui} (tests). */
    static LibraryService on(Library library, Executor lanes, Executor ui) {
        Executor[] all = new Executor[Lane.values().length];
        java.util.Arrays.fill(all, lanes);
        return new LibraryService(library, ui, all);
    }

    /** The library, for what needs no file access (its path, whether it is read-only, its opening warnings). */
    Library library() {
        return library;
    }

    /** Runs a call on a lane; {@code then} gets its result on the FX thread, {@code failed} its error. */
    <T> void call(Lane lane, Call<T> work, Consumer<? super T> then, Consumer<RuntimeException> failed) {
        if (closed) {
            return;
        }
        Runnable task = () -> {
            if (closed && lane != Lane.WRITE) {
                return; // a read nobody will see; a write asked for before closing is still kept
            }
            T result;
            try {
                result = work.run(library);
            } catch (RuntimeException e) {
                deliver(() -> failed.accept(e));
                return;
            }
            deliver(() -> then.accept(result));
        };
        try {
            lanes[lane.ordinal()].execute(task);
        } catch (RejectedExecutionException closing) {
            // closed meanwhile: nobody waits for the result
        }
    }

    /**
     * What a call under way reports (an import's outcome per file): each value is handed to {@code then} on the
     * FX thread, before the call's own result; none once the service is closed.
     */
    <P> Consumer<P> onFx(Consumer<? super P> then) {
        return value -> deliver(() -> then.accept(value));
    }

    /** A read whose failure needs no answer: the next refresh tries again. */
    <T> void read(Call<T> work, Consumer<? super T> then) {
        call(Lane.READ, work, then, e -> { });
    }

    private void deliver(Runnable callback) {
        ui.execute(() -> {
            if (!closed) {
                callback.run();
            }
        });
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Stops the lanes: no call starts and no result is delivered from now on. Waits (a little) for the calls
     * under way, so that none touches the library after its caller closes it.
     */
    @Override
    public void close() {
        closed = true;
        for (Executor lane : lanes) {
            if (lane instanceof ExecutorService s) {
                s.shutdown();
            }
        }
        for (Executor lane : lanes) {
            try {
                if (lane instanceof ExecutorService s && !s.awaitTermination(5, TimeUnit.SECONDS)) {
                    s.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
