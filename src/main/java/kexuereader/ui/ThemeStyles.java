package kexuereader.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/** Applies the AtlantaFX light or dark theme (the settings' {@link Settings.Theme}) and the reader's own stylesheet. */
final class ThemeStyles {

    private static final String READER_CSS = ThemeStyles.class.getResource("reader.css").toExternalForm();
    static final String FIRST_FRAME_CSS = ThemeStyles.class.getResource("first-frame.css").toExternalForm();

    private ThemeStyles() {
    }

    /** The dark theme's background (AtlantaFX Primer Dark's -color-bg-default): the fill of popup windows. */
    static final Color DARK_BACKGROUND = Color.web("#0d1117");
    private static Settings.Theme current = Settings.Theme.LIGHT;
    private static boolean watching;

    static void apply(Settings.Theme theme, Scene scene) {
        current = theme;
        watchPopups();
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (scene != null) {
            if (!scene.getStylesheets().contains(READER_CSS)) {
                scene.getStylesheets().add(READER_CSS);
            }
            markRoot(theme, scene);
        }
    }

    /**
     * The first frame's styles (first-frame.css) as the user-agent stylesheet, in place of the theme's, whose
     * loading (a 200 KB binary stylesheet) is then no longer on the way to the first frame. Call before the
     * frame's first control is made, which would otherwise load JavaFX's own Modena theme; {@link #apply} puts the
     * theme in place once that frame is out.
     */
    static void applyFirstFrame(Settings.Theme theme, Scene scene) {
        current = theme;
        Application.setUserAgentStylesheet(FIRST_FRAME_CSS);
        if (scene != null) {
            markRoot(theme, scene);
        }
    }

    /** The theme's background, for what is filled before CSS draws it (a scene, a WebView without its page). */
    static Color background(Settings.Theme theme) {
        return theme == Settings.Theme.DARK ? DARK_BACKGROUND : Color.WHITE;
    }

    /** The scene's root carries the theme's class, which reader.css and first-frame.css key their colours on. */
    static void markRoot(Settings.Theme theme, Scene scene) {
        scene.getRoot().getStyleClass().removeAll("light", "dark");
        scene.getRoot().getStyleClass().add(theme == Settings.Theme.DARK ? "dark" : "light");
    }

    /**
     * Menus, context menus, tooltips and choice lists are windows of their own, transparent around their rounded
     * corners; without a compositing window manager X11 paints that transparency white, four white corners on a dark
     * theme. Each popup gets the theme's background as its fill and square corners (reader.css).
     */
    private static void watchPopups() {
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w instanceof PopupWindow && w.getScene() != null) {
                        stylePopup(w.getScene());
                    }
                }
            }
        });
    }

    static void stylePopup(Scene popup) {
        if (!popup.getStylesheets().contains(READER_CSS)) {
            popup.getStylesheets().add(READER_CSS);
        }
        popup.getRoot().getStyleClass().removeAll("light", "dark");
        popup.getRoot().getStyleClass().add(current == Settings.Theme.DARK ? "dark" : "light");
        popup.setFill(current == Settings.Theme.DARK ? DARK_BACKGROUND : Color.TRANSPARENT);
    }
}
