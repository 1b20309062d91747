package kexuereader.ui;

import static kexuereader.ui.WindowFixture.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rest of issue 15's defects 9 and 10: raw LaTeX in the list's snippets, search marks left after Esc, a comma
 * starting a line after a formula, banners that never went, the first article read before anyone read it.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingPageTextTest {

    WindowFixture f;

    @Start
    void start(Stage stage) throws IOException {
        f = new WindowFixture(Files.createTempDirectory("page-text"), true);
        f.start(stage);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Object page(String script) {
        return WindowFixture.fx(() -> f.window.readingView().run(script));
    }

    private void open(String title) {
        String id = f.library.idForTitle(title).orElseThrow();
        WindowFixture.fx(() -> {
            f.window.open(id);
            return null;
        });
        WindowFixture.waitFor("the page of " + title, () -> id.equals(f.window.readingView().loadedIdProperty().get()));
    }

    /** Before the fix a hit inside a formula showed its source: `\frac{1}{\alpha_t}\left(\boldsymbol…`. */
    @Test
    void aSnippetShowsNoLatex(FxRobot robot) {
        robot.clickOn("#search-field").write("argtop"); // a word inside a formula: control words such as \theta are not searched
        WindowFixture.waitFor("search hits", () -> f.window.listModel().searchingProperty().get()
                && !table(robot).getItems().isEmpty() && table(robot).getItems().get(0) != null
                && table(robot).getItems().get(0).snippet() != null
                && !robot.lookup(".snippet-hit").queryAll().isEmpty());
        List<String> shown = WindowFixture.fx(() -> WindowFixture.snippetTexts(robot));
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().anyMatch(s -> s.contains("〔公式")), shown.toString());
        for (String s : shown) {
            assertFalse(s.matches("(?s).*\\\\[A-Za-z]+.*"), "no LaTeX command in " + s);
        }
    }

    /** Before the fix the search's marks stayed in the open article after Esc cleared the search. */
    @Test
    void escClearsTheSearchMarksInThePage(FxRobot robot) {
        robot.clickOn("#search-field").write("蒸馏");
        String id = f.library.idForTitle("生成扩散模型漫谈(二十五):基于恒等式的蒸馏(上)").orElseThrow();
        WindowFixture.waitFor("search hits", () -> f.window.listModel().searchingProperty().get()
                && table(robot).getItems().stream().anyMatch(r -> r != null && r.id().equals(id)));
        WindowFixture.fx(() -> {
            f.window.open(id);
            return null;
        });
        try {
            WindowFixture.waitFor("the page with its marks", () -> id.equals(f.window.readingView().loadedIdProperty().get())
                    && ((Number) f.window.readingView().run("document.querySelectorAll('mark').length")).intValue() > 0);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + WindowFixture.fx(() -> " loaded=" + f.window.readingView()
                    .loadedIdProperty().get() + " id=" + id + " current=" + f.window.currentId() + " query="
                    + f.window.listModel().query() + " terms=" + f.window.listModel().searchTermsProperty().get()
                    + " html=" + f.window.readingView().run("document.body.innerHTML.substring(0, 600)")), e);
        }
        robot.clickOn("#search-field");
        robot.type(KeyCode.ESCAPE);
        WindowFixture.waitFor("the marks gone", () -> f.window.readingView().loadedIdProperty().get() != null
                && ((Number) f.window.readingView().run("document.querySelectorAll('mark').length")).intValue() == 0);
    }

    /** Closing punctuation right after an inline formula is kept on its line, with the formula. */
    @Test
    void punctuationAfterAFormulaNeverStartsALine(FxRobot robot) {
        open("通向概率分布之路:盘点Softmax及其替代品");
        String count = "(function(){var bad=0,kept=0;document.querySelectorAll('.math.inline').forEach(function(f){"
                + "var n=f.nextSibling;if(!f.parentNode.classList.contains('nowrap')&&n&&n.nodeType===3&&/^[，。、；：？！）」,.;:?!)]/.test(n.nodeValue)){bad++;}"
                + "if(f.parentNode.classList.contains('nowrap')&&getComputedStyle(f.parentNode).whiteSpace==='nowrap'"
                + "&&/^[，。、；：？！）」,.;:?!)]/.test(f.nextSibling.nodeValue)){kept++;}});return bad+':'+kept;})()";
        String[] r = String.valueOf(page(count)).split(":");
        assertEquals("0", r[0], "punctuation left free after a formula");
        assertTrue(Integer.parseInt(r[1]) > 0, "some formula is followed by punctuation: " + r[1]);
    }

    /** News goes by itself; a problem stays until closed. */
    @Test
    void newsExpiresAndProblemsStay(FxRobot robot) {
        Banner.informFor = javafx.util.Duration.millis(200);
        WindowFixture.fx(() -> {
            f.window.showBanner("a problem");
            return null;
        });
        assertFalse(WindowFixture.fx(() -> f.window.bannerExpires()), "a problem does not expire");
        WindowFixture.fx(() -> {
            f.window.inform("news");
            return null;
        });
        assertTrue(WindowFixture.fx(() -> f.window.bannerExpires()), "news expires");
        WindowFixture.waitFor("the news gone", () -> f.window.bannerText() == null);
    }

    /** On a first start the window shows the list's first article: it is not read until the reader scrolls in it. */
    @Test
    void theArticleShownAtStartIsNotReadUntilRead(FxRobot robot) {
        WindowFixture.waitFor("the first article shown", () -> f.window.currentId() != null
                && f.window.currentId().equals(f.window.readingView().loadedIdProperty().get()));
        String id = WindowFixture.fx(() -> f.window.currentId());
        // the page is shown and its state known; no write marked it read
        WindowFixture.waitFor("its state known", () -> id.equals(f.window.stateModel().id()));
        assertFalse(f.library.userState(id).read(), "not read on being shown");
        assertFalse(WindowFixture.fx(() -> f.window.stateModel().stateProperty().get().read()), "not shown as read");
        page("document.body.style.minHeight = '6000px'; window.scrollTo(0, 400);");
        WindowFixture.waitFor("read once scrolled", () -> f.window.stateModel().stateProperty().get() != null && f.window.stateModel().stateProperty().get().read());
    }

    /** Resting on a link to another article previews it: its title, date and first lines; leaving hides it. */
    @Test
    void aLinkToAnArticleIsPreviewed(FxRobot robot) {
        open("MoE环游记:2、不患寡而患不均"); // links to its part 1
        String target = String.valueOf(page("document.querySelector('a[data-article]').getAttribute('data-article')"));
        String title = f.library.article(target).orElseThrow().displayTitle();
        page("document.querySelector('a[data-article]').dispatchEvent(new MouseEvent('mouseover',{bubbles:true}))");
        WindowFixture.waitFor("the preview", () -> {
            Object shown = f.window.readingView().run("(function(){var p=document.querySelector('.link-preview');"
                    + "return p&&p.style.display==='block'?p.textContent:'';})()");
            return String.valueOf(shown).startsWith(title);
        });
        String text = String.valueOf(page("document.querySelector('.link-preview-text').textContent"));
        assertFalse(text.isBlank(), "its first lines");
        assertFalse(text.contains("$"), text);
        page("document.querySelector('a[data-article]').dispatchEvent(new MouseEvent('mouseout',"
                + "{bubbles:true,relatedTarget:document.body}))");
        assertEquals("none", page("document.querySelector('.link-preview').style.display"));
    }
}
