package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first frame's picture comes back as it was written, or not at all, and fits only what it was drawn for. */
class StartPictureTest {

    @TempDir
    Path dir;

    private static StartPicture picture(long key) {
        int w = 300;
        int h = 200;
        int[] pixels = new int[w * h];
        for (int i = 0; i < pixels.length; i++) {
            // flat bands with some noise, as a window's picture is
            pixels[i] = 0xff000000 | ((i / w) % 40 < 20 ? 0xf6f8fa : 0x24292f) ^ (i % 97 == 0 ? 0x0101 : 0);
        }
        return new StartPicture(150, 100, 2.0, new Rectangle2D(80, 20, 70, 75), key, w, h, pixels);
    }

    @Test
    void itComesBackAsItWasWritten() {
        Path db = dir.resolve("library.db");
        StartPicture written = picture(42);
        written.write(db);
        assertTrue(Files.isRegularFile(dir.resolve("library.db.start-picture")));
        StartPicture read = StartPicture.read(db).orElseThrow();
        assertEquals(150, read.sceneWidth());
        assertEquals(100, read.sceneHeight());
        assertEquals(2.0, read.scale());
        assertEquals(new Rectangle2D(80, 20, 70, 75), read.reading());
        assertEquals(42, read.key());
        assertEquals(300, read.width());
        assertEquals(200, read.height());
        assertArrayEquals(written.pixels(), read.pixels());
    }

    @Test
    void itFitsOnlyTheSceneScaleAndSnapshotItWasDrawnFor() {
        StartPicture p = picture(42);
        assertTrue(p.fits(150, 100, 2.0, 42));
        assertTrue(p.fits(150.2, 99.8, 2.0, 42), "within half a unit: the same size");
        assertFalse(p.fits(151, 100, 2.0, 42));
        assertFalse(p.fits(150, 120, 2.0, 42));
        assertFalse(p.fits(150, 100, 1.0, 42), "another screen scale");
        assertFalse(p.fits(150, 100, 2.0, 43), "another snapshot");
    }

    @Test
    void aDamagedOrForeignFileIsNoPicture() throws IOException {
        Path db = dir.resolve("library.db");
        picture(7).write(db);
        Path file = StartPicture.file(db);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 100)); // cut short
        assertEquals(Optional.empty(), StartPicture.read(db));
        byte[] foreign = whole.clone();
        foreign[0] = 'P';
        Files.write(file, foreign);
        assertEquals(Optional.empty(), StartPicture.read(db));
        byte[] huge = whole.clone();
        ByteBuffer.wrap(huge).putInt(4 + 7 * 8 + 8, 1 << 20).putInt(4 + 7 * 8 + 8 + 4, 1 << 20);
        Files.write(file, huge);
        assertEquals(Optional.empty(), StartPicture.read(db), "no window is a million pixels square");
        Files.write(file, new byte[0]);
        assertEquals(Optional.empty(), StartPicture.read(db));
        Files.write(file, whole);
        assertTrue(StartPicture.read(db).isPresent(), "the same bytes, whole, are a picture again");
        StartPicture.remove(db);
        assertFalse(Files.exists(file));
        assertEquals(Optional.empty(), StartPicture.read(db));
    }
}
