package kexuereader.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kexuereader.library.Library;
import kexuereader.library.LibraryLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every command that works on the library: it knows the root's options and streams, opens the
 * library where {@code --library}, the environment or the default says, and reports the library's warnings.
 */
abstract class LibraryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The root command, whose options and streams every command shares, however deep this one sits. */
    Cli.Root root() {
        return (Cli.Root) spec.root().userObject();
    }

    PrintWriter out() {
        return root().out;
    }

    /** Standard output for a file format written as it is (an export to stdout). */
    PrintWriter rawOut() {
        root().out.flush();
        return root().rawOut;
    }

    PrintWriter err() {
        return root().err;
    }

    Path libraryPath() {
        return LibraryLocation.resolve(root().library);
    }

    Library openLibrary() {
        Library library = Library.open(libraryPath());
        for (String w : library.warnings()) {
            err().println("warning: " + w);
        }
        err().flush();
        return library;
    }

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } finally {
            out().flush();
            err().flush();
        }
    }

    abstract int run() throws Exception;
}
