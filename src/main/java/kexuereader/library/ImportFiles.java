package kexuereader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a folder given to import stands for, the same for the command line and the window: the dumps and page
 * captures ({@code *.txt}, {@code *.md}, any case) directly inside it, in name order.
 */
public final class ImportFiles {

    /**
     * A folder's captures.
     *
     * @param files  the regular files among them, to import
     * @param others those that are neither files nor folders (a pipe, a device, a socket): never read, but worth
     *               saying
     */
    public record Folder(List<Path> files, List<Path> others) {
    }

    private ImportFiles() {
    }

    /** Dumps and page captures: text ({@code .txt}) and Markdown ({@code .md}). */
    public static boolean isCapture(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md");
    }

    public static Folder in(Path dir) throws IOException {
        List<Path> captures;
        try (Stream<Path> s = Files.list(dir)) {
            captures = s.filter(p -> isCapture(p.getFileName().toString())).sorted().toList();
        }
        return new Folder(captures.stream().filter(Files::isRegularFile).toList(),
                captures.stream().filter(p -> !Files.isRegularFile(p) && !Files.isDirectory(p) && Files.exists(p))
                        .toList());
    }
}
