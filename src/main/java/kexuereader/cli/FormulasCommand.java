package kexuereader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kexuereader.library.Library;
import kexuereader.library.SafeFileWriter;
import kexuereader.math.Document;
import kexuereader.math.tools.FormulaCheck;
import kexuereader.math.tools.FormulaGallery;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formulas check|gallery [FILE…]}: with files, each file is one article body (its macros scoped
 * to it, named by its file name); without, every article of the library (named by its id).
 */
@Command(name = "formulas", mixinStandardHelpOptions = true,
        description = "Check or look at how the formulas render.",
        subcommands = {FormulasCommand.Check.class, FormulasCommand.Gallery.class})
final class FormulasCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("say what to do: formulas check or formulas gallery --out FILE.html", 2);
    }

    /** The documents the subcommands work on. */
    abstract static class Sub extends LibraryCommand {
        @Parameters(paramLabel = "FILE", arity = "0..*",
                description = "Article bodies, one per file; without files, every article of the library.")
        List<Path> files = new ArrayList<>();

        List<Document> documents() throws IOException {
            List<Document> docs = new ArrayList<>();
            if (!files.isEmpty()) {
                for (Path f : files) {
                    if (!Files.exists(f)) {
                        throw new UserError("no such file: " + f, 2);
                    }
                    if (!Files.isRegularFile(f)) {
                        throw new UserError(f + " is not a regular file (a folder, device or pipe)", 2);
                    }
                    docs.add(new Document(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
                }
                return docs;
            }
            try (Library library = openLibrary()) {
                for (Article a : library.allArticles()) {
                    docs.add(new Document(a.id(), a.body()));
                }
            }
            return docs;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Render every formula; print 'FAIL <file or id>#<n>: <reason>: <source>' per failure",
                    "and end with 'formulas: T total, R rendered, F failed'. Exit 0 when none failed, else 1."})
    static final class Check extends Sub {
        @Override
        int run() throws IOException {
            return FormulaCheck.run(documents(), out()) == 0 ? 0 : 1;
        }
    }

    @Command(name = "gallery", mixinStandardHelpOptions = true,
            description = "Write a self-contained HTML page showing each formula's source beside its rendering, "
                    + "failures first.")
    static final class Gallery extends Sub {
        @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "Where to write the page.")
        Path out;

        @Override
        int run() throws IOException {
            Path target = out.toAbsolutePath().normalize();
            SafeFileWriter.refusal(out, libraryPath()).ifPresent(why -> {
                throw new UserError(why);
            });
            List<Document> documents = documents();
            int[] failed = {0};
            try {
                SafeFileWriter.write(out, libraryPath(),
                        w -> failed[0] = FormulaGallery.write(documents, w, new MathEngine()));
            } catch (IOException e) {
                throw new UserError(e.getMessage(), e);
            }
            int failedCount = failed[0];
            err().println("gallery written to " + target + (failedCount == 0 ? "" : " (" + failedCount + " formulas failed)"));
            return 0;
        }
    }
}
