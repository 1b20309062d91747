package kexuereader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;
import kexuereader.model.DumpFormat;
import kexuereader.model.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same dump in another encoding, with other line ends or with trailing spaces parses into the same
 * entries; damaged, empty, binary and foreign files are refused or kept in part, always with a message.
 */
class EncodingAndDamageTest {

    static final List<String> SEEDS = List.of("000_e3142876857722e2.txt", "001_95bb87b542fe4540.txt",
            "002_55cfdcb7eb7001e4.txt", "003_fb4d3f66c4655120.txt", "004_89c2599345ba7199.txt");

    static String seedText(String name) throws IOException {
        return Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> variants() {
        List<Arguments> list = new java.util.ArrayList<>();
        for (String seed : SEEDS) {
            list.add(Arguments.of(seed, "GBK", (UnaryOperator<String>) t -> t, Charset.forName("GBK"), new byte[0]));
            list.add(Arguments.of(seed, "GB18030", (UnaryOperator<String>) t -> t, Charset.forName("GB18030"),
                    new byte[0]));
            list.add(Arguments.of(seed, "UTF-8 BOM", (UnaryOperator<String>) t -> t, StandardCharsets.UTF_8,
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
            list.add(Arguments.of(seed, "UTF-16LE BOM", (UnaryOperator<String>) t -> t, StandardCharsets.UTF_16LE,
                    new byte[] {(byte) 0xFF, (byte) 0xFE}));
            list.add(Arguments.of(seed, "UTF-16BE", (UnaryOperator<String>) t -> t, StandardCharsets.UTF_16BE,
                    new byte[0]));
            list.add(Arguments.of(seed, "CRLF", (UnaryOperator<String>) t -> t.replace("\n", "\r\n"),
                    StandardCharsets.UTF_8, new byte[0]));
            list.add(Arguments.of(seed, "CR", (UnaryOperator<String>) t -> t.replace("\n", "\r"),
                    StandardCharsets.UTF_8, new byte[0]));
            list.add(Arguments.of(seed, "trailing spaces and blank lines",
                    (UnaryOperator<String>) t -> t.replace("\n", " \t\u3000\n"), StandardCharsets.UTF_8, new byte[0]));
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("variants")
    void variantsParseLikeTheOriginal(String seed, String variant, UnaryOperator<String> edit, Charset cs,
                                      byte[] bom) throws IOException {
        // a charset that cannot encode a character (GBK has no ö) turns it into '?': expect that, nothing else
        String representable = new String(seedText(seed).getBytes(cs), cs);
        Dump original = DumpParser.parse(seed, representable.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(edit.apply(representable).getBytes(cs));
        Dump variantDump = DumpParser.parse(seed, bytes.toByteArray());
        assertFalse(variantDump.rejected(), variantDump.rejection());
        assertEquals(original.format(), variantDump.format());
        assertEquals(original.entries(), variantDump.entries());
    }

    @Test
    void gbkIsNamedInANote() throws IOException {
        Dump d = DumpParser.parse("gbk.txt", seedText(SEEDS.get(0)).getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", d.encoding());
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.message().contains("GBK")));
    }

    @Test
    void aFileCutInsideAUtf8CharacterKeepsWhatIsComplete() throws IOException {
        byte[] all = seedText(SEEDS.get(1)).getBytes(StandardCharsets.UTF_8);
        Dump full = DumpParser.parse("full.txt", all);
        int cut = all.length / 2;
        while ((all[cut] & 0xC0) != 0x80) {
            cut++; // stop on a continuation byte: inside a character
        }
        Dump d = DumpParser.parse("cut.txt", Arrays.copyOf(all, cut));
        assertFalse(d.rejected());
        assertEquals("UTF-8", d.encoding(), "a cut character must not make the file look like GBK");
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.message().contains("partial character")));
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.message().contains("cut off")));
        List<Entry> kept = d.entries();
        assertTrue(kept.size() >= 3 && kept.size() <= full.entries().size());
        for (int i = 0; i < kept.size() - 1; i++) {
            assertEquals(full.entries().get(i), kept.get(i), "complete entries are kept as they are");
        }
        Entry last = kept.get(kept.size() - 1);
        assertEquals(full.entries().get(kept.size() - 1).title(), last.title());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 1000, 2000, 4000, 6000, 8000})
    void everyTruncationOfASeedIsAcceptedOrRejectedWithAReason(int bytes) throws IOException {
        for (String seed : SEEDS) {
            byte[] all = seedText(seed).getBytes(StandardCharsets.UTF_8);
            Dump d = DumpParser.parse(seed, Arrays.copyOf(all, Math.min(bytes, all.length)));
            if (d.rejected()) {
                assertTrue(d.rejection() != null && !d.rejection().isBlank());
            } else {
                assertFalse(d.entries().isEmpty());
            }
        }
    }

    @Test
    void anEmptyFileIsRejected() {
        assertRejected(DumpParser.parse("empty.txt", new byte[0]), "empty");
        assertRejected(DumpParser.parse("blank.txt", " \n\r\n\t\n".getBytes(StandardCharsets.UTF_8)), "blank");
    }

    @Test
    void binaryFilesAreRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRejected(DumpParser.parse("image.txt", png), "PNG");
        byte[] random = new byte[4096];
        new java.util.Random(42).nextBytes(random);
        assertRejected(DumpParser.parse("random.txt", random), "binary");
    }

    @Test
    void textThatIsNotADumpIsRejected() {
        Dump d = DumpParser.parse("notes.txt", "购物清单\n牛奶\n鸡蛋\n".getBytes(StandardCharsets.UTF_8));
        assertRejected(d, "no entry");
    }

    @Test
    void aHugeLineIsSkippedWithItsLineNumber() throws IOException {
        String huge = "x".repeat(LineSplitter.MAX_LINE + 10);
        String text = seedText(SEEDS.get(2)).replaceFirst("\n", "\n" + huge + "\n");
        Dump d = DumpParser.parse("huge.txt", text.getBytes(StandardCharsets.UTF_8));
        assertFalse(d.rejected());
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.line() == 2 && x.message().contains("characters long")));
        Dump onlyHuge = DumpParser.parse("one-line.txt", huge.getBytes(StandardCharsets.UTF_8));
        assertTrue(onlyHuge.rejected());
    }

    @Test
    void formatsAreDetected() throws IOException {
        assertEquals(DumpFormat.LISTING, DumpParser.parse(Path.of("seeds", SEEDS.get(0))).format());
        assertEquals(DumpFormat.ARCHIVE, DumpParser.parse(Path.of("seeds", SEEDS.get(4))).format());
    }

    @Test
    void aMissingFileIsRejectedNotThrown() {
        Dump d = DumpParser.parse(Path.of("seeds", "no-such-file.txt"));
        assertRejected(d, "no such file");
        assertEquals("no-such-file.txt", d.fileName());
    }

    private static void assertRejected(Dump d, String reasonPart) {
        assertTrue(d.rejected(), "expected a rejection");
        assertTrue(d.entries().isEmpty());
        String reason = d.rejection().toLowerCase();
        assertTrue(reason.contains(reasonPart.toLowerCase()), reason);
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.severity() == Diagnostic.Severity.ERROR));
    }
}
