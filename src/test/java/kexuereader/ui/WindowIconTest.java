package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's icon, which the reader gives the stage only once the first frame is out: all four sizes of
 * src/dist/icon, decoded, none missing.
 */
@ExtendWith(ApplicationExtension.class)
class WindowIconTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theStageGetsTheIconInFourSizes() {
        List<Image> icons = WindowFixture.fx(() -> {
            ReaderApp.setIcons(stage);
            return List.copyOf(stage.getIcons());
        });
        assertEquals(List.of(16.0, 32.0, 48.0, 256.0), icons.stream().map(Image::getWidth).toList());
        for (Image i : icons) {
            assertFalse(i.isError(), () -> String.valueOf(i.getException()));
        }
    }
}
