package kexuereader.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * The table of actions: every command of the window once, with its text and shortcut. Menus and toolbar
 * buttons are made from it, and {@code docs/user-guide.md}'s shortcuts table lists the same entries.
 */
final class Actions {

    private final Map<String, AppAction> byId = new LinkedHashMap<>();

    /** An action with a shortcut that has a modifier (or a function key), or none, always available. */
    AppAction add(String id, String text, String accelerator, Runnable handler) {
        return add(id, text, accelerator, NEVER, handler);
    }

    /** An action with a shortcut (or none), unavailable while {@code disabled} holds. */
    AppAction add(String id, String text, String accelerator, BooleanExpression disabled, Runnable handler) {
        AppAction a = new AppAction(id, text, accelerator == null ? null : KeyCombination.valueOf(accelerator),
                null, handler, disabled);
        byId.put(id, a);
        return a;
    }

    /** An action on a single key the window handles when no text field has focus. */
    AppAction addKey(String id, String text, String key, BooleanExpression disabled, Runnable handler) {
        AppAction a = new AppAction(id, text, null, key, handler, disabled);
        byId.put(id, a);
        return a;
    }

    private static final BooleanExpression NEVER = new javafx.beans.property.SimpleBooleanProperty(false);

    AppAction get(String id) {
        AppAction a = byId.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return a;
    }

    List<AppAction> all() {
        return List.copyOf(byId.values());
    }

    MenuItem menuItem(String id) {
        AppAction a = get(id);
        MenuItem item = new MenuItem(a.key() == null ? a.text() : a.text() + "    (" + a.key() + ")");
        item.setId("menu-" + id);
        if (a.accelerator() != null) {
            item.setAccelerator(a.accelerator());
        }
        item.setOnAction(e -> a.run());
        item.disableProperty().bind(a.disabled());
        return item;
    }

    Menu menu(String text, String... ids) {
        Menu menu = new Menu(text);
        for (String id : ids) {
            menu.getItems().add(id.equals("-") ? new javafx.scene.control.SeparatorMenuItem() : menuItem(id));
        }
        return menu;
    }

    Button button(String id, String label) {
        AppAction a = get(id);
        Button b = new Button(label);
        b.setId("button-" + id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(a.text() + (a.shortcutText().isEmpty() ? "" : "  (" + a.shortcutText() + ")")));
        b.setOnAction(e -> a.run());
        b.disableProperty().bind(a.disabled());
        return b;
    }
}
