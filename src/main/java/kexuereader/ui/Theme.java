package kexuereader.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies the AtlantaFX light or dark theme and the reader's own stylesheet. */
final class Theme {

    private static final String READER_CSS = Theme.class.getResource("reader.css").toExternalForm();

    private Theme() {
    }

    static void apply(Settings.Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (scene != null) {
            if (!scene.getStylesheets().contains(READER_CSS)) {
                scene.getStylesheets().add(READER_CSS);
            }
            scene.getRoot().getStyleClass().removeAll("light", "dark");
            scene.getRoot().getStyleClass().add(theme == Settings.Theme.DARK ? "dark" : "light");
        }
    }
}
