package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import kexuereader.library.ArticleFilter;
import kexuereader.library.SortOrder;
import kexuereader.model.ArticleSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The article a window shows by itself when nothing was open: the newest one with text, not an index-only post. */
@ExtendWith(ApplicationExtension.class)
class FirstArticleTest {

    WindowFixture f;

    @Start
    void start(Stage stage) throws IOException {
        f = new WindowFixture(Files.createTempDirectory("first-article"), true);
        // the archive index makes the newest posts known without their text
        assertTrue(f.library.importFile(Path.of("src/test/resources/kexuereader/ingest/pages/archive-index-2023-2025.md"),
                null).accepted());
        f.start(stage);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theNewestHeldArticleIsShownAndLeftUnread(FxRobot robot) {
        List<ArticleSummary> newest = f.library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 5000);
        assertTrue(newest.get(0).indexOnly(), "the list's first row is an index-only post: " + newest.get(0));
        ArticleSummary held = newest.stream().filter(a -> !a.indexOnly()).findFirst().orElseThrow();

        WindowFixture.waitFor("the first article shown", () -> held.id().equals(
                f.window.readingView().loadedIdProperty().get()));
        int row = WindowFixture.fx(() -> WindowFixture.table(robot).getSelectionModel().getSelectedIndex());
        assertEquals(newest.indexOf(held), row, "its row is selected");
        assertFalse(f.library.userState(held.id()).read(), "shown by the window, not read by the reader");
    }
}
