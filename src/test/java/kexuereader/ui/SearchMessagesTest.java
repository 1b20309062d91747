package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import kexuereader.library.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the list says when a search finds nothing: that the search found nothing (before the fix it suggested
 * importing dumps, as for an empty library), and the query repeated short, however long it was.
 */
@ExtendWith(ApplicationExtension.class)
class SearchMessagesTest {

    private final Executor direct = Runnable::run;
    @TempDir
    Path dir;
    Library library;

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need of the platform
    }

    @BeforeEach
    void open() throws IOException {
        library = Library.open(dir.resolve("library.db"));
        library.importFile(Path.of("seeds/000_e3142876857722e2.txt"), null);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aSearchWithoutHitsSaysSoAndRepeatsTheQueryShort() {
        ArticleListModel m = new ArticleListModel(LibraryService.direct(library));
        ArticleListView table = WindowFixture.fx(() -> new ArticleListView(m));
        m.refresh();
        String query = "无此词".repeat(40_000);
        WindowFixture.fx(() -> {
            m.search(query);
            return null;
        });
        assertEquals(0, m.rows().size());
        String status = m.statusProperty().get();
        assertTrue(status.startsWith("No article contains “无此词"), status);
        assertTrue(status.length() < 100, status.length() + " characters");
        String placeholder = WindowFixture.fx(() -> ((Label) table.node().getPlaceholder()).getText());
        assertFalse(placeholder.contains("Import"), placeholder);
        assertTrue(placeholder.startsWith("No article contains every word"), placeholder);
        WindowFixture.fx(() -> {
            m.search("");
            return null;
        });
        assertTrue(WindowFixture.fx(() -> ((Label) table.node().getPlaceholder()).getText()).contains("Import"),
                "an empty list outside a search still suggests importing");
    }
}
