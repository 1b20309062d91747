package kexuereader.math;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * A developer's entry point to the formula commands over plain text files (each file one {@link Document},
 * labelled by its file name), for use before and besides the application's {@code formulas} command:
 * <pre>
 * java -cp target/classes:$(cat cp.txt) kexuereader.math.FormulaCommands check FILE...
 * java -cp target/classes:$(cat cp.txt) kexuereader.math.FormulaCommands bench FILE...
 * java -cp target/classes:$(cat cp.txt) kexuereader.math.FormulaCommands gallery --out OUT.html FILE...
 * </pre>
 * ({@code cp.txt} from {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.)
 */
public final class FormulaCommands {

    private FormulaCommands() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true)));
    }

    /** Runs a command; returns the exit code (1 when formulas failed, 2 for a usage error). */
    static int run(String[] args, PrintWriter out) throws IOException {
        if (args.length == 0) {
            return usage(out);
        }
        List<String> files = new ArrayList<>(List.of(args).subList(1, args.length));
        switch (args[0]) {
            case "check":
                return FormulaCheck.run(read(files), out) == 0 ? 0 : 1;
            case "bench":
                FormulaBench.run(read(files), out);
                return 0;
            case "gallery":
                int at = files.indexOf("--out");
                if (at < 0 || at + 1 >= files.size()) {
                    return usage(out);
                }
                Path target = Paths.get(files.get(at + 1));
                files.subList(at, at + 2).clear();
                int failed = FormulaGallery.write(read(files), target);
                out.println("gallery: " + target + (failed == 0 ? "" : " (" + failed + " failed)"));
                return 0;
            default:
                return usage(out);
        }
    }

    private static List<Document> read(List<String> files) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String f : files) {
            Path p = Paths.get(f);
            docs.add(new Document(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        return docs;
    }

    private static int usage(PrintWriter out) {
        out.println("usage: FormulaCommands check FILE... | bench FILE... | gallery --out OUT.html FILE...");
        return 2;
    }
}
