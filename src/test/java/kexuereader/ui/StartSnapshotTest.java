package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kexuereader.library.Library;
import kexuereader.testing.SeedLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start snapshot gives back what the first frame and the settings were, and only while the library, the
 * settings and the series rules are as they were when it was written.
 */
class StartSnapshotTest {

    @TempDir
    Path dir;
    Path db;
    Settings settings;
    FirstFrame.Content content;

    @BeforeEach
    void write() {
        Messages.use(Messages.ENGLISH);
        db = SeedLibrary.copyTo(dir.resolve("library.db"));
        settings = Settings.load(dir);
        settings.themeProperty().set(Settings.Theme.DARK);
        settings.windowWidthProperty().set(1234.5);
        settings.maximizedProperty().set(true);
        settings.languageProperty().set("en");
        settings.importFolderProperty().set("/home/读者/下载\tdumps");
        assertEquals(null, settings.save());
        try (Library library = Library.open(db)) {
            content = FirstFrame.Content.of(StartView.read(library));
        }
        StartSnapshot.write(db, settings, content);
    }

    @AfterEach
    void language() {
        Messages.use(Locale.getDefault());
    }

    @Test
    void itGivesBackTheFrameAndTheSettings() {
        StartSnapshot s = StartSnapshot.read(db).orElseThrow();
        assertEquals(content, s.content());
        assertFalse(content.rows().isEmpty());
        assertEquals(32, s.content().count());
        assertEquals(settings.values(), s.settings().values());
        assertEquals(Settings.load(dir).values(), s.settings().values());
        assertEquals(Messages.ENGLISH, s.locale());
        assertEquals(dir.resolve(Settings.FILE), s.settings().file());
    }

    @Test
    void anyTextComesBackWhole() {
        FirstFrame.Content odd = new FirstFrame.Content(
                List.of(new FirstFrame.Row("a\tb\nc\\d\\t", "2024-01-02", "", "\\", true)),
                List.of(new FirstFrame.Entry(FirstFrame.Entry.SERIES, "生成扩散模型漫谈\r", 3, "12/15")), 1,
                new FirstFrame.Columns(0.787, 10.5));
        StartSnapshot.write(db, settings, odd);
        assertEquals(odd, StartSnapshot.read(db).orElseThrow().content());
    }

    @Test
    void itsKeyNamesTheFileAsWritten() {
        long key = StartSnapshot.write(db, settings, content);
        assertEquals(key, StartSnapshot.read(db).orElseThrow().key());
        FirstFrame.Content other = new FirstFrame.Content(content.rows().subList(1, content.rows().size()),
                content.entries(), content.count());
        long otherKey = StartSnapshot.write(db, settings, other);
        assertTrue(otherKey >= 0 && otherKey != key, "another frame, another key: the old picture is not its");
        assertEquals(otherKey, StartSnapshot.read(db).orElseThrow().key());
    }

    @Test
    void aChangedLibraryMakesItStale() {
        try (Library library = Library.open(db)) {
            library.setRead(firstId(library), true);
        }
        assertEquals(Optional.empty(), StartSnapshot.read(db));
    }

    @Test
    void aChangedSettingsFileOrSeriesRulesMakeItStale() throws IOException {
        Path file = dir.resolve(Settings.FILE);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 5000));
        assertEquals(Optional.empty(), StartSnapshot.read(db));

        StartSnapshot.write(db, settings, content);
        assertTrue(StartSnapshot.read(db).isPresent());
        Files.writeString(dir.resolve(kexuereader.ingest.SeriesRules.USER_FILE), "series: []\n");
        assertEquals(Optional.empty(), StartSnapshot.read(db));
    }

    @Test
    void aDamagedSnapshotIsNone() throws IOException {
        Path file = StartSnapshot.file(db);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String damage : List.of("row\tonly a title", "entry\tx\ty\t0\t1", "count\tmany", "what\tis this")) {
            Files.write(file, append(lines, damage), StandardCharsets.UTF_8);
            assertEquals(Optional.empty(), StartSnapshot.read(db), damage);
        }
        Files.write(file, lines.subList(1, lines.size()), StandardCharsets.UTF_8); // no header
        assertEquals(Optional.empty(), StartSnapshot.read(db));
        int count = lines.indexOf(lines.stream().filter(l -> l.startsWith("count\t")).findFirst().orElseThrow());
        Files.write(file, lines.subList(0, count), StandardCharsets.UTF_8); // cut before its count
        assertEquals(Optional.empty(), StartSnapshot.read(db));
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertTrue(StartSnapshot.read(db).isPresent(), "the same lines, whole, are a snapshot again");
    }

    @Test
    void removedItIsNone() {
        StartSnapshot.remove(db);
        assertFalse(Files.exists(StartSnapshot.file(db)));
        assertEquals(Optional.empty(), StartSnapshot.read(db));
    }

    private static String firstId(Library library) {
        return StartView.read(library).list().firstPage().get(0).id();
    }

    private static List<String> append(List<String> lines, String line) {
        List<String> all = new java.util.ArrayList<>(lines);
        all.add(line);
        return all;
    }
}
