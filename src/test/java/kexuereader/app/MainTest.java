package kexuereader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import kexuereader.cli.Cli;
import org.junit.jupiter.api.Test;

/** The plain start of the window, recognised without the parser, means what the parser would make of it. */
class MainTest {

    @Test
    void plainStartsAreWhatTheParserMakesOfThem() {
        for (List<String> args : List.of(List.<String>of(), List.of("--library", "lib.db"),
                List.of("--library=/tmp/x/library.db"), List.of("--library", "./a", "--measure-startup"),
                List.of("--measure-article", "--library", "dir/lib"), List.of("--measure-startup", "--measure-article"))) {
            String[] a = args.toArray(String[]::new);
            Cli.Outcome parsed = Cli.run(a, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            assertEquals(parsed, Main.plainWindowStart(a).orElseThrow(), args.toString());
        }
    }

    @Test
    void everythingElseIsLeftToTheParser() {
        for (List<String> args : List.of(List.of("list"), List.of("--library", "list"), List.of("--library"),
                List.of("--library", "a.db", "--library", "b.db"), List.of("--library", "-x.db"),
                List.of("--library", "@args.txt"), List.of("--debug"), List.of("--help"), List.of("--library="),
                List.of("--measure-startup", "--measure-startup"), List.of("--measure-memory", "5"),
                List.of("--library", "a.db", "search", "x"))) {
            assertTrue(Main.plainWindowStart(args.toArray(String[]::new)).isEmpty(), args.toString());
        }
    }
}
