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
                actions.menu(Messages.get("menu.go"), "search", "-", "back", "forward", "-", "next-unread", "series-previous", "series-next"),
                actions.menu(Messages.get("menu.insight"), "statistics"),
                actions.menu(Messages.get("menu.help"), "shortcuts", "-", "about"));
        menus.setId("menu-bar");
        menus.getMenus().get(1).getItems().addAll(0, List.of(themeMenu(actions, settings), languageMenu(settings),
                readingMenu(actions, settings), new SeparatorMenuItem()));
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

    /** The reading pane's text: its size, line height and column width, each remembered. */
    static Menu readingMenu(Actions actions, Settings settings) {
        Menu menu = new Menu(Messages.get("menu.reading"));
        menu.setId("menu-reading");
        menu.getItems().addAll(actions.menuItem("text-larger"), actions.menuItem("text-smaller"), new SeparatorMenuItem());
        menu.getItems().addAll(choices("menu-line-height-", settings.pageLineHeightProperty(),
                List.of(1.5, Settings.DEFAULT_LINE_HEIGHT, 2.2), List.of("menu.reading.lines.compact",
                        "menu.reading.lines.normal", "menu.reading.lines.relaxed")));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(choices("menu-measure-", settings.pageMeasureProperty(),
                List.of(30.0, Settings.DEFAULT_MEASURE, 52.0, 0.0), List.of("menu.reading.measure.narrow",
                        "menu.reading.measure.normal", "menu.reading.measure.wide", "menu.reading.measure.full")));
        menu.getItems().addAll(new SeparatorMenuItem(), actions.menuItem("text-reset"));
        return menu;
    }

    /** Radio items setting a number, the one it holds checked (none when it holds another). */
    private static List<RadioMenuItem> choices(String idPrefix, javafx.beans.property.DoubleProperty property,
                                               List<Double> values, List<String> keys) {
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            items.add(radio(group, idPrefix + keys.get(i).substring(keys.get(i).lastIndexOf('.') + 1),
                    Messages.get(keys.get(i)), () -> property.set(v)));
        }
        Runnable check = () -> {
            group.selectToggle(null);
            for (int i = 0; i < values.size(); i++) {
                if (Math.abs(values.get(i) - property.get()) < 1e-6) {
                    group.selectToggle(items.get(i));
                }
            }
        };
        check.run();
        property.addListener((obs, was, now) -> check.run());
        return items;
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
