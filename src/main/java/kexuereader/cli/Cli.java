package kexuereader.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of the command line. {@link #run} parses the arguments, runs the command and returns what the
 * launcher needs to know: the exit code, or that no command was given and the GUI should start.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * What a run of the command line asks of the launcher.
     *
     * @param measureStartup  print the start-up times once the list is shown, and exit
     * @param measureArticle  as {@code measureStartup}, then also when the first article is readable
     */
    public record Outcome(int exitCode, boolean startGui, Path library, boolean measureStartup,
                          boolean measureArticle) {
    }

    /** The root command: global options, and the GUI when no subcommand is given. */
    @Command(name = "kexue-reader", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Offline reader for the archive of 科学空间 (kexue.fm).",
                    "Without a command, opens the reader window."},
            subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class,
                    ExportCommand.class, FormulasCommand.class, StatsCommand.class})
    static final class Root implements Callable<Integer> {

        @Option(names = "--library", paramLabel = "FILE",
                description = "The library file (default: $KEXUE_READER_LIBRARY, else "
                        + "$XDG_DATA_HOME/kexue-reader/library.db).")
        Path library;

        @Option(names = "--debug", description = "Show stack traces of errors.")
        boolean debug;

        @Option(names = "--measure-startup", hidden = true,
                description = "Start the window, print start-up timings once the list is shown, and exit.")
        boolean measureStartup;

        @Option(names = "--measure-article", hidden = true,
                description = "As --measure-startup, then also print when the first article is readable.")
        boolean measureArticle;

        boolean startGui;
        /** Standard output for people: control characters of the data made visible. */
        PrintWriter out;
        /** Standard output as bytes of a file format (an export), unchanged. */
        PrintWriter rawOut;
        PrintWriter err;

        @Override
        public Integer call() {
            startGui = true;
            return 0;
        }
    }

    /** Runs the command line with the process's own streams. */
    public static Outcome run(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
                java.nio.charset.StandardCharsets.UTF_8), true);
        if (!kexuereader.ingest.FileNames.platformIsUtf8()
                && java.util.Arrays.stream(args).anyMatch(a -> a.indexOf('\ufffd') >= 0)) {
            // the JVM decoded the arguments with the locale's ASCII before any code of ours ran: they are lost
            err.println("warning: the locale's character set is " + System.getProperty("sun.jnu.encoding")
                    + ", so arguments beyond ASCII (Chinese file names) reached kexue-reader as \ufffd; run it "
                    + "through the kexue-reader script or with LC_ALL=C.UTF-8");
        }
        return run(args, out, err);
    }

    /** Runs the command line writing to the given streams; never throws. */
    public static Outcome run(String[] args, PrintWriter out, PrintWriter err) {
        Root root = new Root();
        root.rawOut = out;
        root.out = new PrintWriter(new VisibleControls(out), true);
        root.err = new PrintWriter(new VisibleControls(err), true);
        CommandLine cmd = new CommandLine(root);
        cmd.setOut(root.out);
        cmd.setErr(root.err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, root));
        cmd.setParameterExceptionHandler((ex, args1) -> {
            root.err.println("error: " + ex.getMessage());
            root.err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            root.err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        int code = cmd.execute(args);
        root.out.flush();
        root.err.flush();
        return new Outcome(code, root.startGui, root.library, root.measureStartup, root.measureArticle);
    }

    private static int report(Exception ex, Root root) {
        PrintWriter err = root.err;
        Throwable cause = ex;
        if (cause instanceof UserError ue) {
            err.println("error: " + ue.getMessage());
            if (root.debug && ue.getCause() != null) {
                ue.getCause().printStackTrace(err);
            }
            err.flush();
            return ue.exitCode();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        err.println("error: " + message.lines().findFirst().orElse(message)
                + (root.debug ? "" : " (run with --debug for details)"));
        if (root.debug) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return 1;
    }

    /** The subcommands, for tests and documentation. */
    static List<String> commandNames() {
        return List.copyOf(new CommandLine(new Root()).getSubcommands().keySet());
    }
}
