package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.testing.Dumps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Articles per month, by series" on a library of 200 months, as long as the real blog's: before the fix
 * JavaFX's 10-pixel category gap left every one of 200 bars zero pixels wide, an empty chart.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsChartTest {

    static final int MONTHS = 200;

    @TempDir
    Path dir;
    Library library;
    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        Dumps.Listing dump = Dumps.listing("months.txt");
        for (int i = 0; i < MONTHS; i++) {
            int year = 2009 + i / 12;
            int month = 1 + i % 12;
            dump.entry((i % 3 == 0 ? "长系列(" + (i / 3 + 1) + "):" : "") + "第" + i + "月的文章",
                    String.format("%d-%02d-%02d", year, month, 1 + i % 28), 1000 + i,
                    "这是第" + i + "个月的文章的正文,长度足够像一篇真正的文章。".repeat(4));
        }
        assertTrue(library.importDump(dump.dump(), null).accepted());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void twoHundredMonthsDrawBarsAPersonCanSeeAndClick() {
        List<ArticleFilter> listed = new ArrayList<>();
        Settings settings = Settings.load(dir);
        Stage stats = WindowFixture.fx(() -> StatisticsView.show(owner, LibraryService.direct(library), settings, id -> { }, listed::add));
        WindowFixture.waitFor("the monthly chart", () -> stats.getScene().lookup("#chart-per-month") != null
                && !stats.getScene().lookup("#chart-per-month").lookupAll(".chart-bar").isEmpty()
                && stats.getScene().lookup("#chart-per-month").lookup(".chart-plot-background")
                .getBoundsInParent().getWidth() > 100); // laid out
        List<Double> widths = WindowFixture.fx(() -> {
            List<Double> w = new ArrayList<>();
            for (Node bar : stats.getScene().lookup("#chart-per-month").lookupAll(".chart-bar")) {
                if (bar.getOnMouseClicked() != null) { // not a legend symbol
                    w.add(bar.getBoundsInParent().getWidth());
                }
            }
            return w;
        });
        assertFalse(widths.isEmpty());
        assertTrue(widths.stream().allMatch(w -> w >= 4), "every bar at least 4 px wide: " + widths);
        WindowFixture.fx(() -> {
            Node bar = stats.getScene().lookup("#chart-per-month").lookupAll(".chart-bar").stream()
                    .filter(n -> n.getOnMouseClicked() != null).findFirst().orElseThrow();
            bar.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true,
                    false, false, null));
            stats.close();
            return null;
        });
        assertEquals(1, listed.size());
        assertFalse(library.list(listed.get(0), kexuereader.library.SortOrder.DATE, false, 0, 0).isEmpty(),
                "a bar lists its period's articles: " + listed.get(0));
    }

    @Test
    void anArticleWithoutCountsSaysSoAcrossDumpsAndEscCloses() {
        // an archive page's entries carry no reader counts
        Dumps.Archive archive = Dumps.archive("home.txt").entry("3 Mar", "没有阅读数的文章",
                "这篇文章只出现在首页,首页不写阅读数。".repeat(3));
        assertTrue(library.importDump(archive.dump(), null).accepted());
        String id = library.list(ArticleFilter.ALL, kexuereader.library.SortOrder.DATE, false, 0, 0).stream()
                .filter(a -> a.readers() == null).findFirst().orElseThrow().id();
        Settings settings = Settings.load(dir);
        settings.lastArticleProperty().set(id);
        Stage stats = WindowFixture.fx(() -> StatisticsView.show(owner, LibraryService.direct(library), settings, x -> { },
                x -> { }));
        WindowFixture.waitFor("the tabs", () -> stats.getScene().lookup("#statistics-tabs") != null);
        WindowFixture.fx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) stats.getScene().lookup("#statistics-tabs");
            tabs.getSelectionModel().select(3);
            return null;
        });
        WindowFixture.waitFor("the note", () -> stats.getScene().lookup("#chart-article-none") != null);
        assertEquals("No counts: no dump showed how many read this article.", WindowFixture.fx(() ->
                ((javafx.scene.control.Label) stats.getScene().lookup("#chart-article-none")).getText()));
        assertTrue(WindowFixture.fx(() -> stats.getScene().lookup("#chart-article") == null), "no empty chart");

        WindowFixture.fx(() -> {
            stats.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", javafx.scene.input.KeyCode.ESCAPE, false, false, false, false));
            return null;
        });
        assertFalse(WindowFixture.fx(stats::isShowing), "Esc closes the statistics window");
    }
}
