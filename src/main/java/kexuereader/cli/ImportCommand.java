package kexuereader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kexuereader.library.ImportFiles;
import kexuereader.library.ImportResult;
import kexuereader.library.Library;
import kexuereader.library.LibraryException;
import kexuereader.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import [--year YYYY] PATH…}: one line per file on stdout, the parser's warnings on stderr. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import dump files, or every *.txt and *.md file in the given folders.",
                "Prints one line per file: 'imported NAME: E entries, N new articles' or 'rejected NAME: reason'.",
                "Exit status: 0 when every file was accepted, 1 when any was rejected, 2 on a usage error."})
final class ImportCommand extends LibraryCommand {

    @Option(names = "--year", paramLabel = "YYYY",
            description = "For an archive-page dump (dates without a year) that no other dump anchors: "
                    + "the year of its first entry.")
    Integer year;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Dump files or folders of them.")
    List<Path> paths;

    @Override
    int run() throws IOException {
        if (year != null && (year < 1990 || year > 2100)) {
            throw new UserError("--year " + year + " is not a plausible year for the blog", 2);
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                ImportFiles.Folder folder = ImportFiles.in(p);
                List<Path> found = folder.files();
                for (Path skipped : folder.others()) {
                    err().println("note: skipped " + skipped + ": not a regular file (a device, pipe or socket)");
                }
                if (found.isEmpty()) {
                    err().println("note: no *.txt or *.md files in " + p);
                }
                files.addAll(found);
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new UserError("nothing to import", 2);
        }
        boolean[] anyRejected = {false};
        try (Library library = openLibrary()) {
            importAll(library, files, r -> {
                out().println(r.summary());
                out().flush();
                for (Diagnostic d : r.diagnostics()) {
                    if (d.severity() != Diagnostic.Severity.ERROR) {
                        err().println("  " + r.fileName() + ": " + d);
                    }
                }
                err().flush();
                anyRejected[0] |= !r.accepted();
            });
        }
        return anyRejected[0] ? 1 : 0;
    }

    /** Several files a transaction, the next ones parsed meanwhile; {@code each} as each batch commits. */
    private void importAll(Library library, List<Path> files, java.util.function.Consumer<ImportResult> each) {
        int[] done = {0};
        try {
            library.importFiles(files, year, r -> {
                done[0]++;
                each.accept(r);
            });
        } catch (LibraryException e) {
            // the library's message names the library; say which dump was being imported, too (the files
            // before it stay imported, as the lines above say; those after it were not tried)
            Path f = files.get(Math.min(done[0], files.size() - 1));
            throw new UserError("cannot import " + f.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
