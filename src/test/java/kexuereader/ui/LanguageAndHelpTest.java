package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window in Chinese and the switch of language in View; the theme's check mark; dark popups; the Help menu's
 * shortcuts (from the action table) and About.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageAndHelpTest {

    WindowFixture f;
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        f = new WindowFixture(Files.createTempDirectory("language"), true);
    }

    @AfterEach
    void close() {
        f.close();
        Messages.use(Locale.ENGLISH); // the other tests find controls by their English words
        WindowFixture.fx(() -> {
            ThemeStyles.apply(Settings.Theme.LIGHT, null);
            return null;
        });
    }

    /** Builds the window with the settings the test chose; building it may take a while on a busy machine. */
    private void show() {
        java.util.concurrent.CompletableFuture<Void> shown = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                f.start(stage);
                shown.complete(null);
            } catch (Throwable t) {
                shown.completeExceptionally(t);
            }
        });
        try {
            shown.get(120, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** On the FX thread. */
    private MenuBar bar() {
        return (MenuBar) stage.getScene().lookup("#menu-bar");
    }

    private MenuBar menuBar() {
        return WindowFixture.fx(this::bar);
    }

    private static List<String> menuTexts(MenuBar bar) {
        return WindowFixture.fx(() -> bar.getMenus().stream().map(Menu::getText).toList());
    }

    private static MenuItem item(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem found = item(m, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private MenuItem item(String id) {
        return WindowFixture.fx(() -> bar().getMenus().stream().map(m -> item(m, id))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new AssertionError("no " + id)));
    }

    @Test
    void aChineseSettingGivesAChineseWindowAndTheMenuSwitchesBack() throws IOException {
        f.settings.languageProperty().set("zh");
        show();
        assertEquals(List.of("文件", "视图", "文章", "前往", "统计", "帮助"), menuTexts(menuBar()));
        List<String> columns = WindowFixture.fx(() -> ((TableView<?>) stage.getScene().lookup("#article-list"))
                .getColumns().stream().map(TableColumn::getText).toList());
        assertEquals(List.of("标题", "日期", "阅读", "系列 · 篇"), columns);
        WindowFixture.waitFor("the Chinese status", () -> ((Label) stage.getScene().lookup("#status")).getText()
                .endsWith("篇文章"));
        assertTrue(((RadioMenuItem) item("menu-language-zh")).isSelected());
        // the page's own words follow too
        WindowFixture.waitFor("a page", () -> f.window.readingView().loadedIdProperty().get() != null);

        MenuItem english = item("menu-language-en");
        WindowFixture.fx(() -> {
            english.fire();
            return null;
        });
        assertEquals("en", f.settings.languageProperty().get());
        WindowFixture.waitFor("the note in English", () -> "The new language shows the next time kexue-reader starts."
                .equals(f.window.bannerText()));
        // the application saves on every change (SettingsSaver); the setting is one of those saved
        assertEquals(null, f.settings.save());
        assertTrue(Files.readString(f.dir.resolve(Settings.FILE)).contains("language: en"));
        assertEquals("en", Settings.load(f.dir).languageProperty().get());
    }

    @Test
    void theFirstFrameSpeaksChineseToo() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        FirstFrame first = WindowFixture.fx(() -> new FirstFrame(StartView.read(f.library), f.settings, 900));
        List<String> texts = WindowFixture.fx(() -> java.util.stream.Stream.concat(
                first.root().lookupAll(".label").stream().map(n -> ((Label) n).getText()),
                first.root().lookupAll(".first-frame-text").stream().map(n -> (String) n.getUserData())).toList());
        assertTrue(texts.containsAll(List.of("文件", "帮助", "导入…", "全部文章", "未读", "星标", "标题")), texts.toString());
        assertFalse(texts.contains("File"), texts.toString());
    }

    @Test
    void theChosenThemeIsChecked() {
        show();
        RadioMenuItem light = (RadioMenuItem) item("menu-theme-light");
        RadioMenuItem dark = (RadioMenuItem) item("menu-theme-dark");
        assertTrue(WindowFixture.fx(light::isSelected));
        WindowFixture.fx(() -> {
            f.window.actions().get("theme").run(); // Ctrl+Shift+D
            return null;
        });
        assertTrue(WindowFixture.fx(dark::isSelected));
        assertFalse(WindowFixture.fx(light::isSelected));
        // where the page is not drawn yet, the reading pane is the page's background, not a white block
        WindowFixture.waitFor("the reading pane's WebView", () -> stage.getScene().lookup("#reading-web") != null);
        javafx.scene.web.WebView web = WindowFixture.fx(() -> (javafx.scene.web.WebView) stage.getScene()
                .lookup("#reading-web"));
        assertEquals(ThemeStyles.DARK_BACKGROUND, WindowFixture.fx(web::getPageFill));
        WindowFixture.fx(() -> {
            light.fire();
            return null;
        });
        assertEquals(Settings.Theme.LIGHT, f.settings.themeProperty().get());
        assertEquals(javafx.scene.paint.Color.WHITE, WindowFixture.fx(web::getPageFill));
    }

    @Test
    void darkPopupsAreFilledDark() {
        f.settings.themeProperty().set(Settings.Theme.DARK);
        show();
        ContextMenu menu = WindowFixture.fx(() -> {
            ContextMenu m = new ContextMenu(new MenuItem("x"));
            m.show(stage.getScene().lookup("#article-list"), stage.getX() + 200, stage.getY() + 200);
            return m;
        });
        WindowFixture.waitFor("the popup shown", menu::isShowing);
        // transparent corners are painted white without a compositor: the fill is the theme's background
        assertEquals(ThemeStyles.DARK_BACKGROUND, WindowFixture.fx(() -> menu.getScene().getFill()));
        assertTrue(WindowFixture.fx(() -> menu.getScene().getRoot().getStyleClass().contains("dark")));
        WindowFixture.fx(() -> {
            menu.hide();
            return null;
        });
    }

    @Test
    void theShortcutsComeFromTheActionTable() {
        show();
        List<AppAction> all = WindowFixture.fx(() -> f.window.actions().all());
        TableView<AppAction> table = WindowFixture.fx(() -> HelpDialogs.shortcutTable(all));
        List<String> ids = WindowFixture.fx(() -> table.getItems().stream().map(AppAction::id).toList());
        assertEquals(all.stream().filter(a -> !a.shortcutText().isEmpty()).map(AppAction::id).toList(), ids);
        assertTrue(ids.containsAll(List.of("search", "import", "toggle-read", "theme", "shortcuts")), ids.toString());
        assertTrue(item("menu-shortcuts") != null && item("menu-about") != null);
    }

    @Test
    void aboutNamesTheVersionTheLibraryAndTheLicences() {
        String about = HelpDialogs.aboutText(f.dir.resolve("library.db"));
        assertTrue(about.contains("Version " + HelpDialogs.version()), about);
        assertTrue(about.contains(f.dir.resolve("library.db").toString()), about);
        for (String l : List.of("OpenJFX — GPL-2.0 with the Classpath Exception", "jsoup — MIT",
                "SnakeYAML — Apache-2.0", "JLaTeXMath — GPL-2.0 with the Classpath Exception",
                "sqlite-jdbc — Apache-2.0", "picocli — Apache-2.0", "AtlantaFX — MIT")) {
            assertTrue(about.contains(l), l);
        }
    }
}
