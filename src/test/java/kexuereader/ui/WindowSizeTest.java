package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window opens at its saved size, its minimum set only once shown: under Openbox a minimum set before the
 * first show was the size the window opened at, every start (718×455). Headless Glass has no window manager,
 * so this checks the order of things and the sizes, not Openbox itself (seen on screenshots: 1398×875).
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizeTest {

    @Test
    void theSavedSizeWinsAndTheMinimumComesAfterTheShow() {
        Stage stage = WindowFixture.fx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(), 300, 200));
            WindowSize.restore(s, 1200, 800, 720, 480);
            assertEquals(0, s.getMinWidth(), "no minimum before the show");
            s.show();
            return s;
        });
        WindowFixture.waitFor("shown with its minimum", () -> stage.isShowing() && stage.getMinWidth() == 720);
        assertEquals(1200, WindowFixture.fx(stage::getWidth), 1);
        assertEquals(800, WindowFixture.fx(stage::getHeight), 1);
        assertEquals(480, WindowFixture.fx(stage::getMinHeight), 0);
        WindowFixture.fx(() -> {
            stage.close();
            return null;
        });
    }
}
