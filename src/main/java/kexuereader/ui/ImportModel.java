package kexuereader.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kexuereader.library.ImportFiles;
import kexuereader.library.ImportResult;
import kexuereader.library.Library;
import kexuereader.library.LibraryException;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;

/**
 * Imports files into the library with a result per file (run off the FX thread by {@link ImportController}).
 * Folders stand for the {@code *.txt} and {@code *.md} files directly inside them.
 */
final class ImportModel {

    /** One line of the report. */
    record Outcome(String file, boolean accepted, String summary, List<String> notes) {
    }

    private final Library library;

    ImportModel(Library library) {
        this.library = library;
    }

    /** The files to import for what was chosen or dropped: files as they are, folders by their *.txt and *.md files. */
    static List<Path> expand(List<Path> chosen) {
        List<Path> files = new ArrayList<>();
        for (Path p : chosen) {
            if (Files.isDirectory(p)) {
                try {
                    // a pipe or device named *.txt or *.md is kept, to be rejected with its reason in the report
                    ImportFiles.Folder folder = ImportFiles.in(p);
                    Stream.concat(folder.files().stream(), folder.others().stream()).sorted().forEach(files::add);
                } catch (IOException e) {
                    files.add(p); // reported as unreadable by the import itself
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /**
     * Imports files in their order as the library batches them ({@link Library#importFiles}: parsed ahead on a
     * second thread, many files a transaction), handing each file's outcome to {@code each} as its batch is
     * committed. The outcomes are those of {@link #importOne} file by file: a file the library refuses to
     * write stops its batch, and is then imported alone, to be imported or rejected with its reason; the files
     * after it follow.
     */
    void importAll(List<Path> files, java.util.function.Consumer<Outcome> each) {
        int done = 0;
        while (done < files.size()) {
            int[] handed = {0};
            try {
                library.importFiles(files.subList(done, files.size()), null, r -> {
                    handed[0]++;
                    each.accept(outcome(r));
                });
                return;
            } catch (LibraryException e) {
                done += handed[0]; // the files before the one it stopped at are imported and reported
                each.accept(importOne(files.get(done)));
                done++;
            }
        }
    }

    /** Imports one file; every problem becomes a rejected outcome with its reason. */
    Outcome importOne(Path file) {
        String name = kexuereader.ingest.FileNames.of(file);
        try {
            ImportResult r = library.importFile(file, null);
            return outcome(r);
        } catch (LibraryException e) {
            return new Outcome(name, false, Messages.format("import.rejected", name, e.getMessage()), List.of());
        }
    }

    /** Imports an already parsed dump (the bundled sample). */
    Outcome importDump(Dump dump) {
        try {
            return outcome(library.importDump(dump, null));
        } catch (LibraryException e) {
            return new Outcome(dump.fileName(), false, Messages.format("import.rejected", dump.fileName(), e.getMessage()), List.of());
        }
    }

    private static Outcome outcome(ImportResult r) {
        List<String> notes = new ArrayList<>();
        String reason = r.reason();
        for (Diagnostic d : r.diagnostics()) {
            if (d.severity() != Diagnostic.Severity.ERROR) {
                notes.add(d.text(Messages.locale()));
            } else if (reason != null && reason.equals(d.message())) {
                reason = d.notice().text(Messages.locale()); // the reason, in the window's language
            }
        }
        String summary = !r.accepted() ? Messages.format("import.rejected", r.fileName(), reason)
                : r.alreadyPresent() ? Messages.format("import.present", r.fileName())
                : Messages.format("import.done", r.fileName(), r.entries(), r.newArticles());
        return new Outcome(r.fileName(), r.accepted(), summary, notes);
    }

    /** One sentence for the status bar after an import. */
    static String headline(List<Outcome> outcomes) {
        long accepted = outcomes.stream().filter(Outcome::accepted).count();
        long rejected = outcomes.size() - accepted;
        String done = Messages.format("import.headline", accepted, outcomes.size());
        return rejected > 0 ? Messages.format("import.headline.rejected", done, rejected) : done;
    }
}
