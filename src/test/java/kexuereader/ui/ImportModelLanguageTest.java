package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kexuereader.library.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import report in the Chinese window: the parser's reasons and notes in Chinese too, not English. */
class ImportModelLanguageTest {

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void aRejectedFileSaysWhyInChinese() throws IOException {
        Path other = Files.writeString(dir.resolve("other.txt"), "hello\nworld\n", StandardCharsets.UTF_8);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Messages.use(Locale.SIMPLIFIED_CHINESE);
            ImportModel.Outcome zh = new ImportModel(library).importOne(other);
            assertFalse(zh.accepted());
            assertEquals("已拒绝 other.txt：不是科学空间的网页存档：找不到任何条目（既没有列表页的“By 苏剑林 | 日期 | N位读者”行，"
                    + "也没有归档页的“DD Mon”日期标签）", zh.summary());
            Messages.use(Locale.ENGLISH);
            assertEquals("rejected other.txt: not a dump of kexue.fm: no entry found (neither 'By 苏剑林 | date | "
                    + "N位读者' lines of a listing page nor 'DD Mon' date labels of the archive page)",
                    new ImportModel(library).importOne(other).summary());
        }
    }

    @Test
    void notesOfAKeptFileAreInChinese() throws IOException {
        // a listing cut off before the page's end: kept, with a note saying so, the line number in Chinese form
        String seed = Files.readString(Path.of("seeds/000_e3142876857722e2.txt"), StandardCharsets.UTF_8);
        int end = seed.lastIndexOf("最近评论");
        String cut = end > 0 ? seed.substring(0, end) : seed.substring(0, seed.length() / 2);
        Path file = Files.writeString(dir.resolve("cut.txt"), cut, StandardCharsets.UTF_8);
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Messages.use(Locale.SIMPLIFIED_CHINESE);
            ImportModel.Outcome zh = new ImportModel(library).importOne(file);
            assertEquals(1, zh.notes().size(), zh.notes().toString());
            String note = zh.notes().get(0);
            assertEquals(true, note.matches("第 \\d+ 行：文件没有以网页末尾的“.+”结束，似乎被截断了；最后一个条目（“.+”）保留到截断处"),
                    note);
        }
    }
}
