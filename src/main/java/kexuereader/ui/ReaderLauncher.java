package kexuereader.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import kexuereader.library.Library;

/**
 * Starts the window from the launcher. The library is opened on a background thread while the JavaFX toolkit
 * starts, so neither waits for the other.
 */
public final class ReaderLauncher {

    record Launch(Path libraryPath, CompletableFuture<Library> library, boolean measureStartup) {
    }

    private static volatile Launch launch;
    private static volatile int exitCode;

    private ReaderLauncher() {
    }

    /** Opens the window on the library at {@code libraryPath}; returns the process exit code when it closes. */
    public static int launch(Path libraryPath, boolean measureStartup) {
        CompletableFuture<Library> library = CompletableFuture.supplyAsync(() -> Library.open(libraryPath));
        launch = new Launch(libraryPath, library, measureStartup);
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
