package kexuereader.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kexuereader.library.Library;
import kexuereader.library.SafeFileWriter;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.reading.ArticleNeighbours;
import kexuereader.reading.ArticlePage;
import kexuereader.reading.MarkdownExport;

/** Turns an article into a Markdown or self-contained HTML file, as the window's Export and Copy offer. */
final class ArticleExports {

    private final Library library;
    private final ArticleNeighbours neighbours;
    private final ArticlePage page;

    ArticleExports(Library library, MathEngine engine) {
        this.library = library;
        this.neighbours = ReaderPages.neighbours(library);
        this.page = ArticlePage.forExport(engine, kexuereader.reading.PageText.of(Messages.locale()));
    }

    Optional<String> markdown(String id) {
        return library.article(id).map(a -> MarkdownExport.markdown(a, neighbours.contextFor(a, List.of())));
    }

    /**
     * Writes the article as {@link SafeFileWriter} does: never over the library or its companions (the file
     * chooser lets a user pick them and confirm "Replace"), atomically, devices as they are.
     */
    void write(String id, Path target, boolean markdown) throws IOException {
        Article a = library.article(id).orElseThrow(() -> new IOException("the article is no longer in the library"));
        String text = markdown ? MarkdownExport.markdown(a, neighbours.contextFor(a, List.of()))
                : page.html(a, neighbours.contextFor(a, List.of()));
        SafeFileWriter.write(target, library.file(), text);
    }

    /** A file name from a title: what file systems refuse is replaced, the length kept reasonable. */
    static String fileName(String title, String extension) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ").strip();
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        if (name.codePointCount(0, name.length()) > 80) {
            name = name.substring(0, name.offsetByCodePoints(0, 80));
        }
        return (name.isEmpty() ? "article" : name) + extension;
    }
}
