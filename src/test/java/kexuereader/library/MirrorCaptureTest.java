package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import kexuereader.model.Article;
import kexuereader.model.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures of one post vary — from the mirror spaces.ac.cn, with CRLF line ends, with a stray control character —
 * and each is still the same post: one full article, its address on kexue.fm.
 */
class MirrorCaptureTest {

    @TempDir
    Path dir;

    private static Article only(Library library) {
        List<Article> all = library.allArticles();
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    @Test
    void theMirrorsCaptureIsTheSameArticle() {
        try (Library library = Library.open(dir.resolve("a.db"))) {
            library.importFile(FullArticlesTest.PAGES.resolve("kexue-10352.md"), null);
            library.importFile(FullArticlesTest.PAGES.resolve("kexue-10352-spaces.md"), null);
            Article a = only(library);
            assertEquals(10352, a.post().blogId());
            assertEquals("https://kexue.fm/archives/10352", a.post().url());
            assertEquals(Content.FULL, a.content());
            assertEquals(2, a.sources().size());
        }
    }

    @Test
    void lineEndsAndStrayControlCharactersChangeNothing() {
        try (Library library = Library.open(dir.resolve("b.db"))) {
            library.importFile(FullArticlesTest.PAGES.resolve("kexue-9444.txt"), null);
            library.importFile(FullArticlesTest.PAGES.resolve("kexue-9444-crlf.txt"), null);
            assertEquals(2, only(library).sources().size());
        }
        try (Library library = Library.open(dir.resolve("c.db"))) {
            library.importFile(FullArticlesTest.PAGES.resolve("kexue-10055.txt"), null);
            String body = only(library).body();
            library.importFile(FullArticlesTest.PAGES.resolve("kexue-10055-control.txt"), null);
            Article a = only(library);
            assertEquals(2, a.sources().size());
            assertEquals(body, a.body());
            assertEquals(-1, a.body().indexOf('\u0007'), "the control character is stripped");
        }
    }
}
