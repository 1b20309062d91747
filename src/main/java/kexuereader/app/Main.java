package kexuereader.app;

import java.nio.file.Path;
import java.util.Optional;
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
        kexuereader.ui.StartupTrace.mark("main");
        // the plain start of the window skips the command-line parser: it costs a few hundred milliseconds
        // before the first frame (reflection over every command) and has nothing to parse
        Cli.Outcome outcome = plainWindowStart(args).orElseGet(() -> Cli.run(args));
        if (!outcome.startGui()) {
            System.exit(outcome.exitCode());
        }
        PortableNatives.prepare();
        ReaderLauncher.Measure measure = new ReaderLauncher.Measure(outcome.measureStartup(),
                outcome.measureArticle(), 0);
        System.exit(ReaderLauncher.launch(LibraryLocation.resolve(outcome.library()), measure));
    }

    /**
     * What the command-line parser would make of the arguments of a plain start of the window — none, or
     * {@code --library FILE} (FILE with a dot or a slash, so it cannot be taken for a command), and the hidden
     * start-up measuring flags, each at most once — or empty for anything else, which the parser then handles.
     */
    static Optional<Cli.Outcome> plainWindowStart(String[] args) {
        Path library = null;
        boolean startup = false;
        boolean article = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.equals("--library") && i + 1 < args.length) {
                value = args[++i];
            } else if (a.startsWith("--library=")) {
                value = a.substring("--library=".length());
            }
            if (value != null) {
                if (library != null || !looksLikeAFile(value)) {
                    return Optional.empty();
                }
                library = Path.of(value);
            } else if (a.equals("--measure-startup") && !startup) {
                startup = true;
            } else if (a.equals("--measure-article") && !article) {
                article = true;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Cli.Outcome(0, true, library, startup, article));
    }

    private static boolean looksLikeAFile(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@")
                && (value.contains("/") || value.contains(".") || value.contains("\\"));
    }
}
