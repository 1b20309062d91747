package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kexuereader.ingest.DumpParser;
import kexuereader.model.Dump;
import kexuereader.model.Entry;
import org.junit.jupiter.api.Test;

/** Parser defects the fuzz suite found, each pinned down by the smallest dump that showed it. */
class ParserRegressionTest {

    private static Dump parse(String text) {
        return DumpParser.parse("case.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fuzz seed 20250321, input 1737: a 'By …' line three times over made the third copy an untitled entry of its
     * own (holding the second copy as text), and left the first entry without its text.
     */
    @Test
    void aByLineRepeatedThreeTimesIsStillOneEntry() {
        Dump d = parse("""
                标题甲
                By 苏剑林 | 2024-11-22 | 24238位读者 | 引用第一段正文,足够长的开头。
                By 苏剑林 | 2024-11-22 | 24238位读者 | 引用
                By 苏剑林 | 2024-11-22 | 24238位读者 | 引用
                By 苏剑林 | 2024-11-22 | 24238位读者 | 引用第一段正文,足够长的开头。
                第二段。
                标题乙
                By 苏剑林 | 2024-12-15 | 21188位读者 | 引用另一篇文章的开头。
                最近评论
                """);
        assertFalse(d.rejected(), d.rejection());
        List<Entry> entries = d.entries();
        assertEquals(List.of("标题甲", "标题乙"), entries.stream().map(Entry::title).toList());
        assertEquals(List.of("第一段正文,足够长的开头。", "第二段。"), entries.get(0).paragraphs());
    }

    /** The text glued to 引用 may be on a later copy of the line only; it is the entry's first paragraph. */
    @Test
    void theTextOfALaterCopyOfTheByLineIsKept() {
        Dump d = parse("""
                标题甲
                By 苏剑林 | 2024-11-22 | 24238位读者 | 引用
                By 苏剑林 | 2024-11-22 | 24238位读者 | 引用
                By 苏剑林 | 2024-11-22 | 24238位读者 | 引用第一段正文。
                第二段。
                最近评论
                """);
        assertEquals(1, d.entries().size(), d.entries().toString());
        assertEquals("标题甲", d.entries().get(0).title());
        assertEquals(List.of("第一段正文。", "第二段。"), d.entries().get(0).paragraphs());
    }

    /**
     * Fuzz seed 20250321, input 3992: a 'By …' line under a paragraph (so untitled) with no text of its own became
     * an entry with neither title nor text: an article with an empty title in the list.
     */
    @Test
    void anUntitledEntryWithoutTextIsSkippedWithAWarning() {
        Dump d = parse("""
                标题甲
                By 苏剑林 | 2024-04-23 | 31623位读者 | 引用第一段正文。
                这一段不是标题,而是上一篇摘要的最后一段,因为它是一个完整的句子。
                By 苏剑林 | 2024-05-01 | 49246位读者 |
                最近评论
                """);
        assertEquals(List.of("标题甲"), d.entries().stream().map(Entry::title).toList());
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.line() == 4 && x.message().contains("neither a title")),
                d.diagnostics().toString());
    }

    /** Fuzz seed 20250321, input 3992 again: the cut-off warning named an untitled last entry as ('null'). */
    @Test
    void aCutOffUntitledLastEntryIsNamedUntitled() {
        Dump d = parse("""
                标题甲
                By 苏剑林 | 2024-04-23 | 31623位读者 | 引用第一段正文。
                这一段不是标题,而是上一篇摘要的最后一段,因为它是一个完整的句子。
                By 苏剑林 | 2024-05-01 | 49246位读者 | 引用第二篇的开头,文件在这里被截断
                """);
        String cut = d.diagnostics().stream().filter(x -> x.message().contains("cut off")).findFirst().orElseThrow()
                .message();
        assertFalse(cut.contains("null"), cut);
        assertTrue(cut.contains("(untitled)"), cut);
    }

    /**
     * A file of 40 MB of line breaks (under the 64 MB size limit) made 40 million lines: 34 s and 2 GB for 60 MB,
     * and an OutOfMemoryError with a 512 MB heap. It is now refused at once, saying why.
     */
    @Test
    void aFileOfMillionsOfLinesIsRefusedQuickly() {
        byte[] bytes = new byte[40 * 1024 * 1024];
        java.util.Arrays.fill(bytes, (byte) '\n');
        byte[] head = "标题\nBy 苏剑林 | 2024-04-17 | 31926位读者 | 引用正文\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Dump d = DumpParser.parse("lines.txt", bytes);
        // refused by counting the line breaks before any line is made, as the count in the reason shows (no clock:
        // a loaded machine must not fail the test)
        assertTrue(d.rejected());
        assertTrue(d.rejection().startsWith("the file has 41,942,"), d.rejection());
        String justUnder = "标题\nBy 苏剑林 | 2024-04-17 | 31926位读者 | 引用正文\n" + "\n".repeat(900_000) + "最近评论\n";
        assertFalse(parse(justUnder).rejected(), "a long file under the limit is still read");
    }
}
