package kexuereader.ui;

import static kexuereader.ui.WindowFixture.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import kexuereader.model.ArticleSummary;
import kexuereader.model.PublishDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a newcomer hit in the window (issue 15): column sorts that start the wrong way and never reverse, Ctrl+=
 * that does not zoom, the sidebar lost after the reading mode, no way back to the article before.
 */
@ExtendWith(ApplicationExtension.class)
class WindowNavigationTest {

    WindowFixture f;

    @Start
    void start(Stage stage) throws IOException {
        f = new WindowFixture(Files.createTempDirectory("navigation"), true);
        f.start(stage);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The first rows of the list once they are all read and in the order asked for. */
    private List<ArticleSummary> firstRows(FxRobot robot, int n,
                                           java.util.function.Predicate<List<ArticleSummary>> ordered) {
        List<ArticleSummary> rows = new ArrayList<>();
        WindowFixture.waitFor("the rows", () -> {
            rows.clear();
            var items = table(robot).getItems();
            for (int i = 0; i < Math.min(n, items.size()); i++) {
                if (items.get(i) == null) {
                    return false;
                }
                rows.add(items.get(i).article());
            }
            return !rows.isEmpty() && ordered.test(rows);
        });
        return rows;
    }

    private Node header(FxRobot robot, String name) {
        return robot.lookup(".column-header .label").match(
                (javafx.scene.control.Label l) -> name.equals(l.getText())).query();
    }

    private boolean newestFirst(List<ArticleSummary> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (PublishDate.NEWEST_FIRST.compare(rows.get(i - 1).date(), rows.get(i).date()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Before the fix the first click on Date gave oldest first, and no click after it ever reversed. */
    @Test
    void dateStartsNewestFirstWithItsArrowAndEveryClickReverses(FxRobot robot) {
        TableColumn<ArticleRow, ?> date = WindowFixture.fx(() -> table(robot).getColumns().get(1));
        robot.clickOn(header(robot, "Date"));
        WindowFixture.waitFor("sorted by date", () -> table(robot).getSortOrder().contains(date));
        assertEquals(TableColumn.SortType.DESCENDING, WindowFixture.fx(date::getSortType), "the arrow points down");
        WindowFixture.waitFor("newest first", () -> f.window.listModel().order() == kexuereader.library.SortOrder.DATE
                && !f.window.listModel().reversed());
        assertTrue(newestFirst(firstRows(robot, 10, this::newestFirst)));
        robot.clickOn(header(robot, "Date"));
        WindowFixture.waitFor("oldest first", () -> f.window.listModel().reversed());
        assertEquals(TableColumn.SortType.ASCENDING, WindowFixture.fx(date::getSortType));
        robot.clickOn(header(robot, "Date"));
        WindowFixture.waitFor("newest first again, still with its arrow", () -> !f.window.listModel().reversed()
                && table(robot).getSortOrder().contains(date) && date.getSortType() == TableColumn.SortType.DESCENDING);
        robot.clickOn(header(robot, "Date"));
        WindowFixture.waitFor("and back", () -> f.window.listModel().reversed()
                && table(robot).getSortOrder().contains(date));
    }

    @Test
    void readersStartMostReadFirst(FxRobot robot) {
        robot.clickOn(header(robot, "Readers"));
        WindowFixture.waitFor("by readers", () -> f.window.listModel().order() == kexuereader.library.SortOrder.READERS);
        List<ArticleSummary> rows = firstRows(robot, 5, WindowNavigationTest::mostReadFirst);
        assertTrue(mostReadFirst(rows), rows.toString());
        assertEquals(TableColumn.SortType.DESCENDING, WindowFixture.fx(() -> table(robot).getColumns().get(2)
                .getSortType()), "the arrow points down");
    }

    private static boolean mostReadFirst(List<ArticleSummary> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i - 1).readers() < rows.get(i).readers()) {
                return false;
            }
        }
        return true;
    }

    /** Before the fix a search made after a column sort listed its hits in that column's order, not by relevance. */
    @Test
    void aNewSearchOrdersByRelevanceOverAnEarlierSort(FxRobot robot) {
        robot.clickOn(header(robot, "Title"));
        WindowFixture.waitFor("by title", () -> f.window.listModel().order() == kexuereader.library.SortOrder.TITLE);
        robot.clickOn("#search-field").write("蒸馏");
        List<String> ranked = f.library.search("蒸馏", kexuereader.library.ArticleFilter.ALL, 100).stream()
                .map(h -> h.article().id()).toList();
        assertFalse(ranked.isEmpty());
        // the list shows the whole library until the hits arrive: wait for the hits themselves
        WindowFixture.waitFor("the hits", () -> f.window.listModel().searchingProperty().get()
                && table(robot).getItems().size() == ranked.size());
        assertTrue(WindowFixture.fx(() -> table(robot).getSortOrder().isEmpty()), "no column claims the order");
        List<String> shown = WindowFixture.fx(() -> table(robot).getItems().stream().map(ArticleRow::id).toList());
        assertEquals(ranked, shown);
    }

    /** Before the fix only the menu's Ctrl++ (the PLUS key, which a US keyboard lacks) zoomed in. */
    @Test
    void ctrlEqualsAndTheKeypadZoom(FxRobot robot) {
        WindowFixture.fx(() -> {
            table(robot).requestFocus();
            return null;
        });
        double before = f.settings.zoomProperty().get();
        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WindowFixture.waitFor("zoomed in", () -> f.settings.zoomProperty().get() > before);
        double once = f.settings.zoomProperty().get();
        assertEquals(Math.round(before * 110) / 100.0, once, 1e-9, "one step, not two");
        robot.press(KeyCode.CONTROL).press(KeyCode.ADD).release(KeyCode.ADD).release(KeyCode.CONTROL);
        WindowFixture.waitFor("zoomed in by the keypad", () -> f.settings.zoomProperty().get() > once);
        robot.press(KeyCode.CONTROL).press(KeyCode.SUBTRACT).release(KeyCode.SUBTRACT).release(KeyCode.CONTROL);
        WindowFixture.waitFor("zoomed out by the keypad", () -> f.settings.zoomProperty().get() < once + 0.2
                && f.settings.zoomProperty().get() > before);
    }

    private void open(String title) {
        String id = f.library.idForTitle(title).orElseThrow();
        WindowFixture.fx(() -> {
            f.window.open(id);
            return null;
        });
        WindowFixture.waitFor("the page of " + title, () -> id.equals(f.window.readingView().loadedIdProperty().get()));
    }

    private String idOf(String title) {
        return f.library.idForTitle(title).orElseThrow();
    }

    @Test
    void altArrowsAndTheMouseButtonsGoBackAndForward(FxRobot robot) {
        String ta = "重温SSM(二):HiPPO的一些遗留问题";
        String tb = "低秩近似之路(五):CUR";
        String tc = "通向概率分布之路:盘点Softmax及其替代品";
        open(ta);
        open(tb);
        open(tc);
        String a = idOf(ta);
        String b = idOf(tb);
        String c = idOf(tc);
        WindowFixture.fx(() -> {
            table(robot).requestFocus();
            return null;
        });
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        WindowFixture.waitFor("back to b", () -> b.equals(f.window.currentId()));
        robot.moveTo(f.window.readingView().node()).press(MouseButton.BACK).release(MouseButton.BACK);
        WindowFixture.waitFor("back to a", () -> a.equals(f.window.currentId()));
        robot.press(MouseButton.FORWARD).release(MouseButton.FORWARD);
        WindowFixture.waitFor("forward to b", () -> b.equals(f.window.currentId()));
        WindowFixture.fx(() -> {
            table(robot).requestFocus();
            return null;
        });
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        WindowFixture.waitFor("forward to c", () -> c.equals(f.window.currentId()));
        assertTrue(WindowFixture.fx(() -> f.window.actions().get("forward").disabled().get()), "nothing ahead");
    }

    /** Before the fix WebView's own tooltip (from a title attribute) stayed after the pointer left. */
    @Test
    void aTooltipHidesWhenThePointerLeaves(FxRobot robot) {
        open("MoE环游记:2、不患寡而患不均"); // its link to part 1 has a tooltip
        String over = "(function(){var a=document.querySelector('[title]');"
                + "a.dispatchEvent(new MouseEvent('mouseover',{bubbles:true}));"
                + "var t=document.getElementById('kexue-tip');return t.style.display+'|'+t.textContent;})()";
        String shown = (String) WindowFixture.fx(() -> f.window.readingView().run(over));
        assertTrue(shown.startsWith("block|") && shown.length() > 6, shown);
        String out = "(function(){var a=document.querySelector('[data-tip]');"
                + "a.dispatchEvent(new MouseEvent('mouseout',{bubbles:true,relatedTarget:document.body}));"
                + "return document.getElementById('kexue-tip').style.display;})()";
        assertEquals("none", WindowFixture.fx(() -> f.window.readingView().run(out)));
        assertEquals(0, ((Number) WindowFixture.fx(() -> f.window.readingView().run(
                "document.querySelectorAll('[data-tip][title]').length"))).intValue(), "no native tooltip left");
    }

    /** Before the fix a wheel notch scrolled WebView's 40 px. */
    @Test
    void aWheelNotchScrollsAboutAHundredPixels(FxRobot robot) {
        open("通向概率分布之路:盘点Softmax及其替代品");
        // room to scroll either way, whichever way the robot's wheel turns
        WindowFixture.fx(() -> f.window.readingView().run(
                "document.body.style.minHeight = '6000px'; window.scrollTo(0, 2000); window.pageYOffset"));
        robot.moveTo(f.window.readingView().node());
        robot.scroll(1, javafx.geometry.VerticalDirection.DOWN);
        WindowFixture.waitFor("scrolled", () -> ((Number) f.window.readingView().run("window.pageYOffset"))
                .intValue() != 2000);
        int y = ((Number) WindowFixture.fx(() -> f.window.readingView().run("window.pageYOffset"))).intValue();
        assertEquals(ReadingView.SCROLL_STEP, Math.abs(y - 2000), 1, "one notch");
    }

    /** The stock "Press Esc" banner no longer covers the text on entering the reading mode. */
    @Test
    void theReadingModeShowsNoStockBanner(FxRobot robot) {
        WindowFixture.fx(() -> {
            table(robot).requestFocus();
            return null;
        });
        robot.type(KeyCode.F11);
        WindowFixture.waitFor("full screen", () -> f.stage.isFullScreen());
        assertEquals("", WindowFixture.fx(() -> f.stage.getFullScreenExitHint()), "no stock banner");
        robot.type(KeyCode.F11);
        WindowFixture.waitFor("the window again", () -> !f.stage.isFullScreen());
    }
}
