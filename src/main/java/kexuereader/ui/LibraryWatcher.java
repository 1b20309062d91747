package kexuereader.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Notices changes another process (or this window's import) made to the library file: every two seconds it
 * reads the file's change counter, off the FX thread, and when it moved, runs {@code onChange}.
 */
final class LibraryWatcher {

    private final LibraryService service;
    private final Runnable onChange;
    private final Timeline timeline;
    private long seen = -1;
    private boolean paused;

    LibraryWatcher(LibraryService service, Runnable onChange) {
        this.service = service;
        this.onChange = onChange;
        this.timeline = new Timeline(new KeyFrame(Duration.seconds(2), e -> check()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    void start() {
        timeline.play();
    }

    void stop() {
        timeline.stop();
    }

    /** While an import of this window runs, its own commits are not news: it refreshes when done. */
    void pause(boolean pause) {
        paused = pause;
    }

    /** What the window shows now is the library as of now: notes the counter, off the FX thread. */
    void caughtUp() {
        service.read(library -> library.changeCounter(), v -> seen = v);
    }

    private void check() {
        if (paused) {
            return;
        }
        // a busy or vanished file fails this read quietly; the next tick tries again
        service.read(library -> library.changeCounter(), v -> {
            if (seen >= 0 && v != seen && !paused) {
                seen = v;
                onChange.run();
            } else {
                seen = v;
            }
        });
    }
}
