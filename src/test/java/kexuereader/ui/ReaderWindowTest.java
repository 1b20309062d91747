package kexuereader.ui;

import static kexuereader.ui.WindowFixture.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import kexuereader.library.ArticleFilter;
import kexuereader.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Drives the real window (headless, Monocle): the sidebar filters the list, typing searches, opening an
 * article shows its title, formulas and equation numbers in the WebView, an import grows the list, and markup
 * in a dump shows as text.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {

    @TempDir
    Path dir;
    WindowFixture f;

    @Start
    void start(Stage stage) throws IOException {
        f = new WindowFixture(Files.createTempDirectory("reader-window"), true);
        f.start(stage);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> listedTitles(FxRobot robot) {
        return WindowFixture.fx(() -> {
            List<String> titles = new ArrayList<>();
            for (ArticleRow r : table(robot).getItems()) {
                titles.add(r.article().displayTitle());
            }
            return titles;
        });
    }

    @Test
    void selectingASeriesListsExactlyItsArticles(FxRobot robot) {
        TreeItem<SidebarItem> series = seriesItem("MoE环游记");
        WindowFixture.fx(() -> {
            f.window.sidebar().node().getSelectionModel().select(series);
            return null;
        });
        WindowFixture.waitFor("the series' articles", () -> table(robot).getItems().size() == 2);
        assertEquals(List.of("MoE环游记:2、不患寡而患不均", "MoE环游记:1、从几何意义出发"), listedTitles(robot));
        assertEquals("2 articles in MoE环游记", robot.lookup("#status").queryLabeled().getText());
    }

    @Test
    void openingASeriesShowsItsPartsAndGaps(FxRobot robot) {
        TreeItem<SidebarItem> series = seriesItem("生成扩散模型漫谈");
        WindowFixture.fx(() -> {
            series.setExpanded(true);
            return null;
        });
        // the parts are read off the FX thread when the series is opened
        WindowFixture.waitFor("the parts", () -> series.getChildren().size() > 1);
        List<String> labels = WindowFixture.fx(() -> series.getChildren().stream()
                .map(part -> part.getValue().label()).toList());
        assertTrue(labels.contains("16  W距离 ≤ 得分匹配"), labels.toString());
        assertTrue(labels.contains("1  not in the library"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("4  missing: ")), labels.toString());
    }

    /** The sidebar's entry of a series, once the sidebar has read it. */
    private TreeItem<SidebarItem> seriesItem(String name) {
        TreeItem<SidebarItem>[] found = new TreeItem[1];
        WindowFixture.waitFor("the series " + name, () -> {
            for (TreeItem<SidebarItem> section : f.window.sidebar().node().getRoot().getChildren()) {
                for (TreeItem<SidebarItem> item : section.getChildren()) {
                    if (item.getValue() instanceof SidebarItem.Series s && s.name().equals(name)) {
                        found[0] = item;
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    @Test
    void typingAChineseQueryListsTheArticle(FxRobot robot) {
        robot.clickOn("#search-field").write("蒸馏");
        WindowFixture.waitFor("search hits", () -> f.window.listModel().searchingProperty().get()
                && !table(robot).getItems().isEmpty() && table(robot).getItems().get(0).snippet() != null);
        List<String> titles = listedTitles(robot);
        assertTrue(titles.contains("生成扩散模型漫谈(二十五):基于恒等式的蒸馏(上)"), titles.toString());
        assertTrue(titles.contains("生成扩散模型漫谈(二十六):基于恒等式的蒸馏(下)"), titles.toString());
        assertEquals(3, titles.size(), titles.toString());
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WindowFixture.waitFor("the full list again", () -> table(robot).getItems().size() == 32);
        assertEquals("", WindowFixture.fx(() -> ((TextField) robot.lookup("#search-field").query()).getText()));
    }

    @Test
    void anOpenedArticleShowsItsTitleFormulasAndEquationNumbers(FxRobot robot) {
        String id = f.library.idForTitle("重温SSM(二):HiPPO的一些遗留问题").orElseThrow();
        WindowFixture.fx(() -> {
            f.window.open(id);
            return null;
        });
        Document dom = loadedDom(robot, id);
        assertEquals("重温SSM(二):HiPPO的一些遗留问题", WindowFixture.fx(() ->
                dom.getElementById("title").getTextContent()));
        int inline = WindowFixture.fx(() -> count(dom, "span", "math inline"));
        int displays = WindowFixture.fx(() -> count(dom, "div", "math display"));
        assertEquals(3, inline, "$A,B$, $t$ and $A$: every inline formula of the excerpt");
        assertEquals(1, displays);
        int svgs = WindowFixture.fx(() -> dom.getElementsByTagName("svg").getLength());
        assertEquals(inline + 2 * displays, svgs, "an <svg> per formula, plus the number column of the display");
        String tags = WindowFixture.fx(() -> (String) f.window.readingView().run(
                "document.querySelector('.math.display').getAttribute('data-tags')"));
        assertEquals("(1) (2)", tags);
        assertTrue(WindowFixture.fx(() -> dom.getElementById("eq-2") != null));
    }

    @Test
    void importingAFileGrowsTheList(FxRobot robot) throws IOException {
        Path dump = Files.writeString(Files.createTempDirectory("dumps").resolve("new.txt"), """
                低秩近似之路(六):从SVD到随机化算法
                By 苏剑林 | 2025-03-20 | 1024位读者 | 引用再次回到低秩近似之路。这一次我们讨论随机化算法。
                最近评论
                """, StandardCharsets.UTF_8);
        WindowFixture.waitFor("the list", () -> table(robot).getItems().size() == 32);
        WindowFixture.fx(() -> {
            f.window.importFiles(List.of(dump));
            return null;
        });
        WindowFixture.waitFor("the imported article", () -> table(robot).getItems().size() == 33);
        assertTrue(listedTitles(robot).contains("低秩近似之路(六):从SVD到随机化算法"));
        assertEquals(2, f.library.count(ArticleFilter.series("低秩近似之路")));
    }

    @Test
    void theOpenArticleIsFollowedWhenAnotherProcessDerivesItAgainUnderANewId(FxRobot robot) throws IOException {
        Path dumps = Files.createTempDirectory("dumps");
        f.library.importFile(Files.writeString(dumps.resolve("short.txt"), """
                一篇会变长的文章
                By 苏剑林 | 2025-05-02 | 10位读者 | 引用开头很短的一段。
                最近评论
                """, StandardCharsets.UTF_8), null);
        String before = f.library.idForTitle("一篇会变长的文章").orElseThrow();
        WindowFixture.waitFor("the article listed", () -> table(robot).getItems().size() == 33);
        WindowFixture.fx(() -> {
            f.window.open(before);
            return null;
        });
        WindowFixture.waitFor("its page", () -> before.equals(f.window.readingView().loadedIdProperty().get()));
        WindowFixture.waitFor("read", () -> f.library.userState(before).read());
        // another process imports a later snapshot: a longer excerpt start gives the article a new id
        f.library.importFile(Files.writeString(dumps.resolve("long.txt"), """
                一篇会变长的文章
                By 苏剑林 | 2025-05-02 | 20位读者 | 引用开头很短的一段。后面还有更长的正文,这一次读者看到了全文。
                最近评论
                """, StandardCharsets.UTF_8), null);
        String after = f.library.idForTitle("一篇会变长的文章").orElseThrow();
        assertTrue(!after.equals(before), "the article has a new id");
        WindowFixture.waitFor("the window on the new id", () -> after.equals(f.window.currentId())
                && after.equals(f.window.readingView().loadedIdProperty().get()));
        WindowFixture.waitFor("the list as it is now", () -> table(robot).getItems().size() == 33
                && table(robot).getItems().stream().allMatch(r -> r != null));
        WindowFixture.fx(() -> {
            robot.lookup("#article-list").query().requestFocus();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.S);
        WindowFixture.waitFor("the star kept on the new id", () -> f.library.userState(after).starred());
        assertTrue(f.library.userState(after).read(), "still read");
        WindowFixture.waitFor("the unread count", () -> f.window.sidebar().node().getRoot().getChildren().get(1)
                .getValue().count() == f.library.count(ArticleFilter.unreadOnly()));
    }

    @Test
    void scriptInADumpShowsAsText(FxRobot robot) throws IOException {
        Path dump = Files.writeString(Files.createTempDirectory("dumps").resolve("hostile.txt"), """
                <script>window.pwned=1</script>标题
                By 苏剑林 | 2025-03-21 | 7位读者 | 引用<img src=x onerror="window.pwned=2">正文<iframe src="https://example.com"></iframe>
                <a href="javascript:window.pwned=3">链接</a></body><style>body{display:none}</style>
                最近评论
                """, StandardCharsets.UTF_8);
        WindowFixture.fx(() -> {
            f.window.importFiles(List.of(dump));
            return null;
        });
        WindowFixture.waitFor("the import", () -> f.library.articleCount() == 33 && !f.window.importingProperty().get());
        Article a = f.library.article(f.library.idForTitle("<script>window.pwned=1</script>标题").orElseThrow())
                .orElseThrow();
        WindowFixture.fx(() -> {
            f.window.open(a.id());
            return null;
        });
        Document dom = loadedDom(robot, a.id());
        WindowFixture.fx(() -> {
            assertEquals("<script>window.pwned=1</script>标题", dom.getElementById("title").getTextContent());
            assertEquals(1, dom.getElementsByTagName("script").getLength(), "only the page's own script");
            assertEquals(0, dom.getElementsByTagName("img").getLength());
            assertEquals(0, dom.getElementsByTagName("iframe").getLength());
            assertEquals(1, dom.getElementsByTagName("style").getLength(), "only the page's own style");
            assertEquals("undefined", String.valueOf(f.window.readingView().run("typeof window.pwned")));
            String text = (String) f.window.readingView().run("document.body.textContent");
            assertTrue(text.contains("<img src=x onerror=\"window.pwned=2\">正文"), text);
            return null;
        });
    }

    @Test
    void aPageOfManyFormulasShowsItsFirstScreenThenGetsEveryFormula(FxRobot robot) {
        Path page = Path.of("src/test/resources/kexuereader/ingest/pages/kexue-10162.md");
        f.library.importFile(page, null);
        String id = f.library.idForTitle("重温SSM（三）：HiPPO的高效计算（S4）").orElseThrow();
        Article article = f.library.article(id).orElseThrow();
        int formulas = org.jsoup.Jsoup.parse(kexuereader.reading.ArticlePage.forReader(kexuereader.math.MathEngine.shared())
                .html(article, kexuereader.reading.PageContext.standalone())).select(".math, .math-error").size();
        assertTrue(formulas > ReaderPages.EAGER_FORMULAS, "more formulas than the first screen gets: " + formulas);
        int[] atFirst = {-1};
        WindowFixture.fx(() -> {
            // what the page holds as it first shows: the first screen's formulas, placeholders for the others
            f.window.readingView().loadedIdProperty().addListener((obs, was, now) -> {
                if (id.equals(now) && atFirst[0] < 0) {
                    atFirst[0] = ((Number) f.window.readingView().run(
                            "document.querySelectorAll('[data-fill]').length")).intValue();
                }
            });
            f.window.open(id);
            return null;
        });
        loadedDom(robot, id);
        assertEquals(formulas - ReaderPages.EAGER_FORMULAS, WindowFixture.fx(() -> atFirst[0]));
        WindowFixture.waitFor("every formula in place", () -> ((Number) f.window.readingView().run(
                "document.querySelectorAll('[data-fill]').length")).intValue() == 0);
        assertEquals(formulas, WindowFixture.fx(() -> ((Number) f.window.readingView().run(
                "document.querySelectorAll('.math, .math-error').length")).intValue()));
        assertEquals(0, WindowFixture.fx(() -> ((Number) f.window.readingView().run(
                "document.querySelectorAll('.math.pending').length")).intValue()));
    }

    private Document loadedDom(FxRobot robot, String id) {
        WindowFixture.waitFor("the page of " + id, () -> id.equals(f.window.readingView().loadedIdProperty().get()));
        return WindowFixture.fx(() -> {
            WebView web = f.window.readingView().webView();
            assertFalse(web == null);
            return web.getEngine().getDocument();
        });
    }

    private static int count(Document dom, String tag, String cls) {
        NodeList nodes = dom.getElementsByTagName(tag);
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            var c = nodes.item(i).getAttributes().getNamedItem("class");
            if (c != null && c.getNodeValue().equals(cls)) {
                n++;
            }
        }
        return n;
    }
}
