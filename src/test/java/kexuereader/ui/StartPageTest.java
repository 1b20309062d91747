package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kexuereader.library.Library;
import kexuereader.math.MathEngine;
import kexuereader.testing.SeedLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opening article's page comes back whole or not at all, and is the page a new build gives but its nonce. */
class StartPageTest {

    @TempDir
    Path dir;

    @Test
    void itComesBackWhole() {
        Path db = dir.resolve("library.db");
        for (String position : new String[] {null, "12:0.5", "a\tb\nc\\"}) {
            StartPage written = new StartPage(99, "abc\n123", position, "<html>\n第一行\n\n第三行\r\n</html>");
            written.write(db);
            assertEquals(Optional.of(written), StartPage.read(db), String.valueOf(position));
        }
    }

    @Test
    void aPageBuiltAgainIsTheSamePageButForItsNonce() {
        Path db = SeedLibrary.copyTo(dir.resolve("library.db"));
        try (Library library = Library.open(db)) {
            ReaderPages pages = new ReaderPages(library, MathEngine.shared());
            String id = StartView.read(library).list().firstPage().get(0).id();
            String once = ReadingController.Page.read(library, pages, id, List.of()).orElseThrow().built().html();
            String again = ReadingController.Page.read(library, pages, id, List.of()).orElseThrow().built().html();
            assertFalse(once.equals(again), "each build has a nonce of its own");
            StartPage page = new StartPage(1, id, null, once);
            assertTrue(page.samePage(again));
            assertFalse(page.samePage(again.replace("</body>", "<p>more</p></body>")));
        }
    }

    @Test
    void aDamagedFileIsNoPage() throws IOException {
        Path db = dir.resolve("library.db");
        new StartPage(5, "id1", "3:0", "<html></html>").write(db);
        Path file = StartPage.file(db);
        String whole = Files.readString(file, StandardCharsets.UTF_8);
        for (String damaged : List.of("", "kexue-reader start page 1\n5\nid1\n", whole.replace("\n5\n", "\nfive\n"),
                whole.replace("=3:0", "3:0"), "kexue-reader start page 0" + whole.substring(25))) {
            Files.writeString(file, damaged, StandardCharsets.UTF_8);
            assertEquals(Optional.empty(), StartPage.read(db), damaged);
        }
        Files.writeString(file, whole, StandardCharsets.UTF_8);
        assertTrue(StartPage.read(db).isPresent(), "the same text, whole, is a page again");
        StartPage.remove(db);
        assertEquals(Optional.empty(), StartPage.read(db));
    }
}
