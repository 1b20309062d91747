package kexuereader.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can do, described once: its text, its shortcut and what it does. Menus, the toolbar
 * and the keyboard all take their actions from the same {@link Actions} table.
 *
 * @param id          a stable name, for tests and the shortcuts table
 * @param text        what menus show
 * @param accelerator its shortcut with a modifier (Ctrl+K, F11), or null
 * @param key         a single key the window handles itself when no text field has focus (U, S), or null;
 *                    such keys cannot be accelerators, which would steal the letter from text fields
 * @param handler     what it does
 * @param disabled    when it is unavailable: its menu items and buttons are greyed, its keys do nothing
 */
record AppAction(String id, String text, KeyCombination accelerator, String key, Runnable handler,
                 BooleanExpression disabled) {

    /** The shortcut as a person reads it, e.g. {@code Ctrl+K} or {@code U}, or empty. */
    String shortcutText() {
        return accelerator != null ? accelerator.getDisplayText() : key == null ? "" : key;
    }

    void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }
}
