package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The icons the window sets on its stage are in the jar, each at the size its name says. */
class WindowIconTest {

    @Test
    void everyIconTheStageSetsIsThereAtItsSize() throws IOException {
        for (int size : new int[] {16, 32, 48, 256}) {
            try (InputStream in = ReaderApp.class.getResourceAsStream("icon-" + size + ".png")) {
                assertNotNull(in, "icon-" + size + ".png");
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), "icon-" + size + ".png");
                assertEquals(size, image.getHeight(), "icon-" + size + ".png");
            }
        }
    }
}
