package kexuereader.ui;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Gives a stage its saved size and, only once it is on screen, its minimum. Under a window manager (Openbox,
 * GTK glass) a minimum set before the first show became the size the window opened at, every start (718×455),
 * and the width listeners then saved that back over the user's size.
 */
final class WindowSize {

    private WindowSize() {
    }

    /** Sizes the stage now and sets its minimum after it is shown, then sizes it again if the minimum won. */
    static void restore(Stage stage, double width, double height, double minWidth, double minHeight) {
        stage.setWidth(width);
        stage.setHeight(height);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                stage.setMinWidth(minWidth);
                stage.setMinHeight(minHeight);
                if (!stage.isMaximized() && !stage.isFullScreen()) {
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            }
        });
    }
}
