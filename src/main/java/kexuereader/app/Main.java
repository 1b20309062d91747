package kexuereader.app;

import kexuereader.cli.Cli;

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
        System.err.println("The reader window is not built yet; see --help for the commands.");
        System.exit(1);
    }
}
