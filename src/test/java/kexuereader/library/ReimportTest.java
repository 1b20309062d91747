package kexuereader.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kexuereader.model.Diagnostic;
import kexuereader.model.Notice;
import kexuereader.testing.Dumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the same bytes again, known by their hash alone, reports what parsing them again would. */
class ReimportTest {

    @Test
    void aKnownFileReportsItsEntriesAndDiagnosticsWithoutChangingAnything(@TempDir Path dir) throws Exception {
        // a page cut off at its end: the parser keeps the last entry and warns
        String text = Dumps.listing("x").entry("第一篇", "2024-01-02", 10, "甲乙丙丁戊己庚辛。", "更多。")
                .entry("第二篇", "2024-01-03", 20, "乙丙丁戊己庚辛壬。").text().replace("最近评论\n", "");
        Path file = dir.resolve("cut.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ImportResult first = library.importFile(file, null);
            assertTrue(first.accepted() && !first.alreadyPresent(), first.toString());
            assertFalse(first.diagnostics().isEmpty(), "the cut-off end is noticed");
            int articles = library.articleCount();
            long version = library.changeCounter();
            Path copy = dir.resolve("same-bytes-other-name.txt");
            Files.copy(file, copy);
            for (Path p : List.of(file, copy)) {
                ImportResult again = library.importFile(p, 2020);
                assertEquals(new ImportResult(p.getFileName().toString(), true, true, first.entries(), 0, null,
                        first.diagnostics()), again);
            }
            assertEquals(articles, library.articleCount());
            assertEquals(version, library.changeCounter());
        }
    }

    @Test
    void notesKeepSeverityLineAndMessage() {
        List<Diagnostic> ds = List.of(Diagnostic.note(0, "file.empty"),
                Diagnostic.warning(12, "archive.cut", "a\tb\\c\nd\re\\t"),
                new Diagnostic(Diagnostic.Severity.ERROR, 3, Notice.plain("")),
                Diagnostic.warning(4, "listing.cut", "", "@x"));
        assertEquals(ds, SourceNotes.decode(SourceNotes.encode(ds)));
        // a library written before notices had keys stored the English sentence alone
        assertEquals(List.of(new Diagnostic(Diagnostic.Severity.WARNING, 7, Notice.plain("a\tb\nc"))),
                SourceNotes.decode("WARNING\t7\ta\tb\\nc"));
        assertEquals(List.of(), SourceNotes.decode(SourceNotes.encode(List.of())));
    }
}
