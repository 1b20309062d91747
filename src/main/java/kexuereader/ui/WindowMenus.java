package kexuereader.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
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

    static MenuBar menuBar(Actions actions, Settings settings) {
        MenuBar menus = new MenuBar(
                actions.menu(Messages.get("menu.file"), "import", "refresh", "-", "quit"),
                actions.menu(Messages.get("menu.view"), "reading-mode", "-", "zoom-in", "zoom-out", "zoom-reset"),
                actions.menu(Messages.get("menu.article"), "toggle-read", "toggle-star", "-", "find", "-", "copy-markdown",
                        "export-markdown", "export-html", "print"),
                actions.menu(Messages.get("menu.go"), "search", "-", "back", "forward", "-", "series-previous", "series-next"),
                actions.menu(Messages.get("menu.insight"), "statistics"),
                actions.menu(Messages.get("menu.help"), "shortcuts", "-", "about"));
        menus.setId("menu-bar");
        menus.getMenus().get(1).getItems().addAll(0, List.of(themeMenu(actions, settings), languageMenu(settings),
                new SeparatorMenuItem()));
        return menus;
    }

    /** Light and dark, the chosen one checked, and the switch with its shortcut. */
    static Menu themeMenu(Actions actions, Settings settings) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = radio(group, "menu-theme-light", Messages.get("menu.theme.light"),
                () -> settings.themeProperty().set(Settings.Theme.LIGHT));
        RadioMenuItem dark = radio(group, "menu-theme-dark", Messages.get("menu.theme.dark"),
                () -> settings.themeProperty().set(Settings.Theme.DARK));
        Runnable check = () -> group.selectToggle(settings.themeProperty().get() == Settings.Theme.DARK ? dark : light);
        check.run();
        settings.themeProperty().addListener((obs, was, now) -> check.run());
        Menu menu = new Menu(Messages.get("menu.theme"), null, light, dark, new SeparatorMenuItem(),
                actions.menuItem("theme"));
        menu.setId("menu-theme-choice");
        return menu;
    }

    /** The window's language: the system's, 简体中文 or English; it changes when the window is next built. */
    static Menu languageMenu(Settings settings) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(Messages.get("menu.language"));
        menu.setId("menu-language");
        for (String setting : List.of("", "zh", "en")) {
            String name = setting.isEmpty() ? "system" : setting;
            RadioMenuItem item = radio(group, "menu-language-" + name, Messages.get("language." + name),
                    () -> settings.languageProperty().set(setting));
            item.setSelected(setting.equals(settings.languageProperty().get()));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static RadioMenuItem radio(ToggleGroup group, String id, String text, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setOnAction(e -> action.run());
        return item;
    }

    static ToolBar toolBar(Actions actions, TextField searchField) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importButton = actions.button("import", Messages.get("toolbar.import"));
        Button prev = actions.button("series-previous", Messages.get("toolbar.series.previous"));
        Button next = actions.button("series-next", Messages.get("toolbar.series.next"));
        Button smaller = actions.button("zoom-out", "A−");
        Button larger = actions.button("zoom-in", "A+");
        Button theme = actions.button("theme", "◐");
        Button focus = actions.button("reading-mode", "⛶");
        ToolBar toolbar = new ToolBar(importButton, searchField, spacer, prev, next, smaller, larger, theme, focus);
        toolbar.setId("toolbar");
        return toolbar;
    }
}
