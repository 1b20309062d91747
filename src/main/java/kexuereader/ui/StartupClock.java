package kexuereader.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Notices the first frame and the first frame with the article list populated. The window uses it to start
 * the slow work only after the list is on screen; {@code --measure-startup} prints the two times (since the JVM
 * started) and exits, for the start-up benchmark.
 */
final class StartupClock {

    private final boolean measure;
    private long firstFrame = -1;
    private long listReady = -1;
    private boolean done;

    StartupClock(boolean measure) {
        this.measure = measure;
    }

    /**
     * Watches the scene's pulses; runs {@code onFirstFrame} once, just after the first frame (an empty library
     * fills its list only then, from the bundled sample), and notes the first pulse whose layout shows rows of the
     * article list.
     */
    void watch(Scene scene, MainWindow window, Runnable onFirstFrame) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done) {
                return;
            }
            if (firstFrame < 0) {
                firstFrame = ReaderApp.sinceJvmStart();
                Platform.runLater(onFirstFrame);
            }
            boolean rows = !window.listModel().rows().isEmpty()
                    && !scene.getRoot().lookupAll("#article-list .table-row-cell").isEmpty();
            if (rows && listReady < 0) {
                listReady = ReaderApp.sinceJvmStart();
                done = true;
                // remove after this pulse: listeners must not be changed while the pulse runs them
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                if (measure) {
                    // one more pulse so the frame just laid out has been drawn before we report and leave
                    Platform.runLater(() -> Platform.runLater(this::report));
                }
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void report() {
        System.out.println("startup: first-frame " + firstFrame + " ms, list-ready " + listReady + " ms");
        System.out.flush();
        ReaderLauncher.exitCode(0);
        Platform.exit();
    }
}
