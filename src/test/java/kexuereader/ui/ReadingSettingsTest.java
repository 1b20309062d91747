package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kexuereader.library.ArticleFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Reading settings (text size, line height, measure) and the unread navigation of issue 15. */
@ExtendWith(ApplicationExtension.class)
class ReadingSettingsTest {

    WindowFixture f;

    @Start
    void start(Stage stage) throws IOException {
        f = new WindowFixture(Files.createTempDirectory("reading-settings"), true);
        f.start(stage);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void open(String title) {
        String id = f.library.idForTitle(title).orElseThrow();
        WindowFixture.fx(() -> {
            f.window.open(id);
            return null;
        });
        WindowFixture.waitFor("the page of " + title, () -> id.equals(f.window.readingView().loadedIdProperty().get()));
    }

    private String pageText() {
        return String.valueOf(WindowFixture.fx(() -> f.window.readingView().run(
                "(function(){var b=getComputedStyle(document.body),a=document.querySelector('article');"
                        + "return b.fontSize+'|'+b.lineHeight+'|'+Math.round(a.getBoundingClientRect().width);})()")));
    }

    /** The default measure is about 40 Chinese characters; the menu's choices apply at once and are saved. */
    @Test
    void textSizeLineHeightAndMeasureApplyLiveAndPersist(FxRobot robot) {
        open("通向概率分布之路:盘点Softmax及其替代品");
        String before = pageText();
        assertTrue(before.startsWith("17px|"), before);
        WindowFixture.fx(() -> {
            f.window.actions().get("text-larger").run();
            f.window.actions().get("text-larger").run();
            f.settings.pageLineHeightProperty().set(2.2);
            f.settings.pageMeasureProperty().set(30);
            return null;
        });
        String after = pageText();
        String[] p = after.split("\\|");
        assertEquals("19px", p[0], after);
        assertEquals(19 * 2.2, Double.parseDouble(p[1].replace("px", "")), 0.6, after);
        assertTrue(Integer.parseInt(p[2]) <= 30 * 19 + 1, "the column at 30 characters: " + after);
        // saved, and read back as a new window would
        assertEquals(null, f.settings.save());
        Settings again = Settings.load(f.dir);
        assertEquals(19, again.pageFontSizeProperty().get(), 1e-9);
        assertEquals(2.2, again.pageLineHeightProperty().get(), 1e-9);
        assertEquals(30, again.pageMeasureProperty().get(), 1e-9);
        // a page opened afterwards has them too
        open("重温SSM(二):HiPPO的一些遗留问题");
        assertTrue(pageText().startsWith("19px|"), pageText());
    }

    /** N (and Space at an article's end) opens the next unread article; the sidebar counts the unread. */
    @Test
    void nextUnreadAndMarkAllRead(FxRobot robot) {
        open("通向概率分布之路:盘点Softmax及其替代品");
        String first = f.window.currentId();
        WindowFixture.fx(() -> {
            f.window.readingView().run("window.scrollTo(0, document.documentElement.scrollHeight)");
            return null;
        });
        WindowFixture.waitFor("at the end", () -> f.window.readingView().atEnd());
        robot.clickOn("#article-list");
        robot.type(KeyCode.SPACE);
        WindowFixture.waitFor("another article", () -> f.window.currentId() != null
                && !f.window.currentId().equals(first)
                && f.window.currentId().equals(f.window.readingView().loadedIdProperty().get()));
        String next = WindowFixture.fx(() -> f.window.currentId());
        assertTrue(f.library.userState(first).read(), "the article read before");
        assertFalse(f.library.list(ArticleFilter.ALL, kexuereader.library.SortOrder.DATE, false, 0, 1000).stream()
                .filter(a -> a.id().equals(next)).findFirst().orElseThrow().indexOnly());

        // a series' unread count, and mark all read from its entry
        String series = "生成扩散模型漫谈";
        WindowFixture.waitFor("the series with its unread", () -> seriesItem(series) != null
                && seriesItem(series).getValue().unread() > 0);
        SidebarItem.Series s = (SidebarItem.Series) WindowFixture.fx(() -> seriesItem(series).getValue());
        assertEquals(f.library.count(SidebarModel.unread(ArticleFilter.series(series))), s.unread());
        WindowFixture.fx(() -> {
            f.window.markAllRead(ArticleFilter.series(series));
            return null;
        });
        WindowFixture.waitFor("all read", () -> seriesItem(series) != null
                && seriesItem(series).getValue().unread() == 0);
        assertEquals(0, f.library.count(SidebarModel.unread(ArticleFilter.series(series))));
    }

    private TreeItem<SidebarItem> seriesItem(String name) {
        for (TreeItem<SidebarItem> section : f.window.sidebar().node().getRoot().getChildren()) {
            for (TreeItem<SidebarItem> item : section.getChildren()) {
                if (item.getValue() instanceof SidebarItem.Series s && s.name().equals(name)) {
                    return item;
                }
            }
        }
        return null;
    }
}
