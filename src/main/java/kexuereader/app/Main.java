package kexuereader.app;

import kexuereader.cli.Cli;
import kexuereader.library.LibraryLocation;
import kexuereader.ui.ReaderLauncher;

/**
 * The launcher of {@code kexue-reader.jar}. It does not extend {@code javafx.application.Application}, so the
 * fat jar starts with plain {@code java -jar}: a command runs headless; no command opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Cli.Outcome outcome = Cli.run(args);
        if (!outcome.startGui()) {
            System.exit(outcome.exitCode());
        }
        ReaderLauncher.Measure measure = new ReaderLauncher.Measure(outcome.measureStartup(),
                outcome.measureArticle(), outcome.measureMemory());
        System.exit(ReaderLauncher.launch(LibraryLocation.resolve(outcome.library()), measure));
    }
}
