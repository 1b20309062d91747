package kexuereader.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can do, described once: its text, its shortcut and what it does. Menus, the toolbar
 * and the keyboard all take their actions from the same {@link Actions} table.
 *
 * @param id          a stable name, for tests and the shortcuts table
 * @param text        what menus show
 * @param accelerator its shortcut, or null
 * @param handler     what it does
 * @param disabled    when it is unavailable
 */
record AppAction(String id, String text, KeyCombination accelerator, Runnable handler, BooleanExpression disabled) {

    AppAction(String id, String text, KeyCombination accelerator, Runnable handler) {
        this(id, text, accelerator, handler, new SimpleBooleanProperty(false));
    }

    /** The shortcut as a person reads it, e.g. {@code Ctrl+K}, or empty. */
    String shortcutText() {
        return accelerator == null ? "" : accelerator.getDisplayText();
    }

    void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }
}
