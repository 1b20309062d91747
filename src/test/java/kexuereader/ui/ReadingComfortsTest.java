package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import kexuereader.library.ArticleFilter;
import kexuereader.library.UserState;
import kexuereader.math.Formula;
import kexuereader.math.MathEngine;
import kexuereader.math.Segment;
import kexuereader.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Read state, stars, find, copying a formula, the reading position, exports and the statistics window. */
@ExtendWith(ApplicationExtension.class)
class ReadingComfortsTest {

    WindowFixture f;

    @Start
    void start(Stage stage) throws IOException {
        f = new WindowFixture(Files.createTempDirectory("comforts"), true);
        f.start(stage);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private String id(String title) {
        return f.library.idForTitle(title).orElseThrow();
    }

    private void open(String id) {
        WindowFixture.fx(() -> {
            f.window.open(id);
            return null;
        });
        WindowFixture.waitFor("the page of " + id, () -> id.equals(f.window.readingView().loadedIdProperty().get()));
    }

    private void key(FxRobot robot, KeyCode... keys) {
        WindowFixture.fx(() -> {
            // keys go to the window, not to a text field
            robot.lookup("#article-list").query().requestFocus();
            return null;
        });
        robot.type(keys);
    }

    @Test
    void openingMarksReadAndUUndoes(FxRobot robot) {
        String a = id("Monarch矩阵:计算高效的稀疏型矩阵分解");
        // the window opens the first article by itself at start (not read until scrolled): let that settle first
        WindowFixture.waitFor("the first article shown", () -> f.window.currentId() != null
                && f.window.currentId().equals(f.window.readingView().loadedIdProperty().get())
                && f.window.currentId().equals(f.window.stateModel().id()));
        int unread = f.library.count(ArticleFilter.unreadOnly());
        open(a);
        WindowFixture.waitFor("read", () -> f.library.userState(a).read());
        assertEquals(unread - 1, f.library.count(ArticleFilter.unreadOnly()));
        key(robot, KeyCode.U);
        WindowFixture.waitFor("unread again", () -> !f.library.userState(a).read());
        WindowFixture.waitFor("the sidebar count", () -> f.window.sidebar().node().getRoot().getChildren().get(1)
                .getValue().count() == unread);
    }

    @Test
    void sStarsAndTheStarredEntryListsIt(FxRobot robot) {
        String a = id("低秩近似之路(五):CUR");
        open(a);
        key(robot, KeyCode.S);
        WindowFixture.waitFor("starred", () -> f.library.userState(a).starred());
        WindowFixture.fx(() -> {
            f.window.listModel().filterProperty().set(ArticleFilter.starredOnly());
            return null;
        });
        WindowFixture.waitFor("the starred list", () -> f.window.listModel().rows().size() == 1
                && f.window.listModel().rows().get(0).id().equals(a) && f.window.listModel().rows().get(0).article().starred());
        key(robot, KeyCode.S);
        WindowFixture.waitFor("unstarred", () -> !f.library.userState(a).starred());
    }

    @Test
    void findMarksEveryMatchAndCountsThem(FxRobot robot) {
        open(id("通向概率分布之路:盘点Softmax及其替代品"));
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WindowFixture.waitFor("the find bar", () -> f.window.findBar().isShowing());
        robot.write("softmax");
        WindowFixture.waitFor("matches", () -> f.window.findBar().countText().startsWith("1 of "));
        int total = Integer.parseInt(f.window.findBar().countText().replace("1 of ", ""));
        int marks = ((Number) WindowFixture.fx(() -> f.window.readingView().run(
                "document.querySelectorAll('mark.find').length"))).intValue();
        assertEquals(total, marks);
        assertTrue(total >= 5, "Softmax occurs in the title and text: " + total);
        robot.type(KeyCode.ENTER);
        WindowFixture.waitFor("the second match", () -> f.window.findBar().countText().startsWith("2 of "));
        robot.type(KeyCode.ESCAPE);
        WindowFixture.waitFor("the bar closed", () -> !f.window.findBar().isShowing());
        assertEquals(0, ((Number) WindowFixture.fx(() -> f.window.readingView().run(
                "document.querySelectorAll('mark.find').length"))).intValue(), "closing takes the marks away");
    }

    @Test
    void rightClickOnAFormulaCopiesItsLatexAsWritten(FxRobot robot) {
        open(id("Transformer升级之路:18、RoPE的底数选择原则"));
        Point2D where = WindowFixture.fx(() -> {
            WebView web = f.window.readingView().webView();
            String box = (String) f.window.readingView().run(
                    "(function(){var r=document.querySelector('.math.inline').getBoundingClientRect();"
                            + "return (r.left+r.width/2)+','+(r.top+r.height/2);})()");
            String[] xy = box.split(",");
            return web.localToScreen(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
        });
        robot.rightClickOn(where);
        robot.clickOn("Copy LaTeX");
        String copied = WindowFixture.fx(() -> Clipboard.getSystemClipboard().getString());
        assertEquals("$\\theta_i = b^{-2i/d}$", copied, "the first formula of the article, as the blog wrote it");
    }

    @Test
    void reopeningAnArticleReturnsToWhereReadingStopped() throws IOException {
        StringBuilder body = new StringBuilder("第一段:一篇很长的文章,用来测试阅读位置。");
        for (int i = 2; i <= 80; i++) {
            body.append("\n第").append(i).append("段:这是正文的第").append(i).append("段,内容足够长,以便页面可以滚动很远很远。"
                    + "公式$x_{").append(i).append("}^2$也在其中。");
        }
        Path dump = Files.writeString(Files.createTempDirectory("long").resolve("long.txt"),
                "一篇很长的文章:阅读位置\nBy 苏剑林 | 2025-04-01 | 10位读者 | 引用" + body + "\n最近评论\n",
                StandardCharsets.UTF_8);
        f.library.importFile(dump, null);
        String longId = id("一篇很长的文章:阅读位置");
        open(longId);
        WindowFixture.fx(() -> f.window.readingView().run("window.scrollTo(0, 2400)"));
        String before = WindowFixture.fx(() -> f.window.readingView().position());
        WindowFixture.waitFor("the position reported", () -> f.window.reader().reportedPosition() != null);
        open(id("低秩近似之路(五):CUR"));
        WindowFixture.waitFor("the position kept", () -> before.equals(f.library.userState(longId).position()));
        WindowFixture.fx(() -> {
            f.settings.zoomProperty().set(1.5);
            return null;
        });
        open(longId);
        // the page restores the position before it reports itself loaded
        String after = WindowFixture.fx(() -> f.window.readingView().position());
        assertEquals(before.split(":")[0], after.split(":")[0], "the same paragraph at the top, zoomed or not");
        double y = ((Number) WindowFixture.fx(() -> f.window.readingView().run("window.pageYOffset"))).doubleValue();
        assertTrue(y > 2400, "scrolled down (further, being zoomed): " + y);
    }

    @Test
    void exportsParseBackWithEveryFormula() throws IOException {
        String id = id("通向概率分布之路:盘点Softmax及其替代品");
        Article a = f.library.article(id).orElseThrow();
        List<Formula> formulas = new ArrayList<>();
        for (Segment s : MathEngine.prepare(a.body()).mathSegments()) {
            if (s instanceof Segment.Inline i) {
                formulas.add(i.formula());
            } else if (s instanceof Segment.Display d) {
                formulas.add(d.formula());
            }
        }
        assertTrue(formulas.size() > 10);
        Path dir = Files.createTempDirectory("export");
        Path md = dir.resolve("文章 导出.md");
        Path html = dir.resolve("文章 导出.html");
        WindowFixture.fx(() -> {
            f.window.exportTo(id, md, true);
            f.window.exportTo(id, html, false);
            return null;
        });
        // each is written beside its target and moved into place: once it exists, it is whole
        WindowFixture.waitFor("the files", () -> Files.exists(md) && Files.exists(html));
        String markdown = Files.readString(md);
        List<String> mathSpans = MarkdownMath.spans(markdown);
        for (Formula formula : formulas) {
            String body = formula.display() ? kexuereader.reading.MarkdownExportAccess.displayBody(formula)
                    : kexuereader.reading.MarkdownExportAccess.inlineBody(formula);
            assertTrue(mathSpans.contains(body), "the Markdown holds " + body + " as math: " + mathSpans);
        }
        assertTrue(markdown.startsWith("# 通向概率分布之路:盘点Softmax及其替代品\n"));

        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(html));
        List<String> sources = doc.select(".math").eachAttr("data-tex");
        assertEquals(formulas.stream().map(Formula::source).toList(), sources, "every formula, in order");
        assertEquals(0, doc.select("script").size(), "an exported page runs nothing");
        assertTrue(doc.select("svg").size() >= formulas.size());
        assertTrue(doc.select(".math-error").isEmpty());
    }

    @Test
    void theStatisticsWindowDrawsItsCharts(FxRobot robot) {
        Stage stats = WindowFixture.fx(() -> StatisticsView.show(f.stage, f.window.service(), f.settings, f.window::open,
                filter -> f.window.listModel().filterProperty().set(filter)));
        WindowFixture.waitFor("the monthly chart", () -> stats.getScene().lookup("#chart-per-month") != null
                && !stats.getScene().getRoot().lookupAll(".chart-bar").isEmpty());
        int bars = WindowFixture.fx(() -> stats.getScene().lookup("#chart-per-month").lookupAll(".chart-bar").size());
        assertTrue(bars >= 12, "a bar per month and series: " + bars);
        WindowFixture.fx(() -> {
            javafx.scene.Node bar = stats.getScene().lookup("#chart-per-month").lookupAll(".chart-bar").stream()
                    .filter(n -> n.getOnMouseClicked() != null).findFirst().orElseThrow(); // not a legend symbol
            bar.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true,
                    false, false, null));
            return null;
        });
        WindowFixture.waitFor("the month's articles listed", () -> f.window.listModel().filterProperty().get().month() != null);
        assertFalse(f.window.listModel().rows().isEmpty());
        WindowFixture.fx(() -> {
            stats.close();
            return null;
        });
    }
}
