package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's settings against what a settings file may hold and what the screens are today: infinite or
 * absurd sizes, a size from a larger monitor, a place off every screen; and a save that fails leaves nothing
 * behind and is reported once.
 */
class WindowSettingsTest {

    private static final List<Rectangle2D> SCREEN = List.of(new Rectangle2D(0, 0, 1600, 1000));

    @TempDir
    Path dir;

    /** Before the fix {@code window_width: .inf} opened a 32767-pixel window and was saved back. */
    @Test
    void infiniteAndAbsurdNumbersInTheFileBecomeAWindowThatFits() throws IOException {
        Files.writeString(dir.resolve(Settings.FILE), "window_width: .inf\nwindow_height: .nan\nwindow_x: 1e300\n"
                + "window_y: -.inf\nzoom: .inf\n");
        Settings s = Settings.load(dir);
        assertTrue(Double.isFinite(s.windowWidthProperty().get()), "width " + s.windowWidthProperty().get());
        assertTrue(Double.isFinite(s.windowHeightProperty().get()));
        assertTrue(Double.isFinite(s.zoomProperty().get()));
        WindowBounds b = WindowBounds.fit(1e300, 20, 1e300, 1e300, SCREEN, 720, 480);
        assertEquals(new WindowBounds(Double.NaN, Double.NaN, 1600, 1000), b, "off every screen: centred, screen-sized");
    }

    /** The import dialog opens in the folder of the last import, saved and read back; a folder gone is not offered. */
    @Test
    void theLastImportFolderIsKeptAndOnlyAFolderThatIsThereIsOffered() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("中文 captures"));
        Settings s = Settings.load(dir);
        assertNull(ImportFolder.usable(s.importFolderProperty().get()), "nothing saved: the dialog's own start");
        s.importFolderProperty().set(folder.toString());
        assertNull(s.save());
        Settings again = Settings.load(dir);
        assertEquals(folder.toString(), again.importFolderProperty().get());
        assertEquals(folder.toFile(), ImportFolder.usable(again.importFolderProperty().get()));
        Files.delete(folder);
        assertNull(ImportFolder.usable(again.importFolderProperty().get()), "a folder since deleted");
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        assertNull(ImportFolder.usable(file.toString()), "a file, not a folder");
    }

    /** Before the fix a 3800×2100 window saved on a large monitor opened at that size on a 1600×1000 screen. */
    @Test
    void aSizeFromALargerMonitorShrinksToTheScreen() {
        assertEquals(new WindowBounds(0, 0, 1600, 1000), WindowBounds.fit(10, 10, 3800, 2100, SCREEN, 720, 480));
        assertEquals(new WindowBounds(880, 500, 720, 500), WindowBounds.fit(1500, 900, 700, 500, SCREEN, 720, 480),
                "half off the screen: moved onto it, and no narrower than the minimum");
        assertEquals(new WindowBounds(Double.NaN, Double.NaN, 1400, 900),
                WindowBounds.fit(Double.NaN, Double.NaN, 1400, 900, SCREEN, 720, 480), "no place saved: centred");
        List<Rectangle2D> two = List.of(new Rectangle2D(0, 0, 1600, 1000), new Rectangle2D(1600, 0, 2560, 1440));
        assertEquals(new WindowBounds(1700, 100, 2400, 1300), WindowBounds.fit(1700, 100, 2400, 1300, two, 720, 480),
                "on the larger second screen it keeps its size");
        assertEquals(new WindowBounds(0, 0, 400, 300),
                WindowBounds.fit(0, 0, 1400, 900, List.of(new Rectangle2D(0, 0, 400, 300)), 720, 480),
                "a screen smaller than the minimum: the screen's size");
    }

    /** Before the fix a failed save left its {@code .settings-*.tmp} beside the library. */
    @Test
    void aFailedSaveLeavesNoTemporaryFileAndIsReportedOnce() throws IOException {
        Settings s = Settings.load(dir);
        Files.createDirectories(dir.resolve(Settings.FILE).resolve("in the way"));
        List<String> reported = new ArrayList<>();
        SettingsSaver saver = new SettingsSaver(s, reported::add);
        s.zoomProperty().set(1.5);
        assertNotNull(saver.save());
        s.zoomProperty().set(1.7);
        assertNotNull(saver.save());
        assertEquals(1, reported.size(), reported.toString());
        assertTrue(reported.get(0).contains(Settings.FILE), reported.get(0));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(Settings.FILE), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left");
        }
        Files.delete(dir.resolve(Settings.FILE).resolve("in the way"));
        Files.delete(dir.resolve(Settings.FILE));
        assertNull(saver.save());
        assertEquals(1.7, Settings.load(dir).zoomProperty().get());
    }
}
