package kexuereader.ui;

import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window's menu bar and tool bar, made from the action table: each item greyed while its action is unavailable. */
final class WindowMenus {

    private WindowMenus() {
    }

    static MenuBar menuBar(Actions actions) {
        MenuBar menus = new MenuBar(
                actions.menu("File", "import", "refresh", "-", "quit"),
                actions.menu("View", "theme", "reading-mode", "-", "zoom-in", "zoom-out", "zoom-reset"),
                actions.menu("Article", "toggle-read", "toggle-star", "-", "find", "-", "copy-markdown",
                        "export-markdown", "export-html", "print"),
                actions.menu("Go", "search", "-", "back", "forward", "-", "series-previous", "series-next"),
                actions.menu("Insight", "statistics"));
        menus.setId("menu-bar");
        return menus;
    }

    static ToolBar toolBar(Actions actions, TextField searchField) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importButton = actions.button("import", "Import…");
        Button prev = actions.button("series-previous", "◀ Series");
        Button next = actions.button("series-next", "Series ▶");
        Button smaller = actions.button("zoom-out", "A−");
        Button larger = actions.button("zoom-in", "A+");
        Button theme = actions.button("theme", "◐");
        Button focus = actions.button("reading-mode", "⛶");
        ToolBar toolbar = new ToolBar(importButton, searchField, spacer, prev, next, smaller, larger, theme, focus);
        toolbar.setId("toolbar");
        return toolbar;
    }
}
