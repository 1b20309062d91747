package kexuereader.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Diagnostic;
import kexuereader.model.Notice;

/**
 * Turns a dump's bytes into text. UTF-8 (with or without BOM) first; GBK/GB18030 when the bytes are not
 * UTF-8; UTF-16 when a BOM or the pattern of zero bytes says so. A file cut off inside a multi-byte
 * character loses only that character. Binary files are refused with a reason instead of being decoded.
 */
final class DumpDecoder {

    /** Files larger than this are not dumps of a web page. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text, the charset used, and what a reader should know; or the reason the bytes were refused. */
    record Decoded(String text, String charset, List<Diagnostic> diagnostics, Notice refusal) {

        static Decoded refused(Notice reason) {
            return new Decoded("", null, List.of(), reason);
        }

        boolean isRefused() {
            return refusal != null;
        }
    }

    private DumpDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Decoded.refused(Notice.of("file.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return Decoded.refused(Notice.of("file.tooLarge", bytes.length / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
        }
        String magic = binaryMagic(bytes);
        if (magic != null) {
            return Decoded.refused(Notice.of("file.binary", magic));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeStrictOrLenient(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeStrictOrLenient(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        Charset utf16 = utf16ByZeroBytes(bytes);
        if (utf16 != null) {
            return decodeStrictOrLenient(bytes, 0, utf16, utf16.name());
        }
        if (looksBinary(bytes)) {
            return Decoded.refused(Notice.of("file.binary.control"));
        }
        return decodeUtf8(bytes, 0);
    }

    private static Decoded decodeUtf8(byte[] bytes, int offset) {
        List<Diagnostic> notes = new ArrayList<>();
        int end = bytes.length;
        int cut = incompleteUtf8Tail(bytes, offset);
        if (cut > 0) {
            end -= cut;
            notes.add(Diagnostic.warning(0, "decode.utf8.cut"));
        }
        // the JDK's own UTF-8 decoding is several times faster than a reporting CharsetDecoder; it replaces each
        // malformed sequence with U+FFFD, so text without one came from valid UTF-8 (a U+FFFD in the file itself
        // takes the strict way)
        String fast = new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, "UTF-8", notes, null);
        }
        if (containsReplacementCharacter(bytes, offset, end)) {
            String strict = strictDecode(bytes, offset, end, StandardCharsets.UTF_8);
            if (strict != null) {
                return new Decoded(strict, "UTF-8", notes, null);
            }
        }
        Utf8Census census = Utf8Census.of(fast);
        if (census.looksMostlyUtf8()) {
            String text = fast;
            notes.add(Diagnostic.warning(census.firstBadLine(), "decode.utf8.invalid", census.invalid()));
            return new Decoded(text, "UTF-8", notes, null);
        }
        // Not UTF-8: the blog's older dumps come in GBK, which GB18030 extends.
        int gbEnd = bytes.length;
        String gb = strictDecode(bytes, offset, gbEnd, GB18030);
        List<Diagnostic> gbNotes = new ArrayList<>();
        if (gb == null && bytes.length - offset > 1) {
            gb = strictDecode(bytes, offset, gbEnd - 1, GB18030);
            if (gb != null) {
                gbNotes.add(Diagnostic.warning(0, "decode.gbk.cut"));
            }
        }
        if (gb != null) {
            gbNotes.add(0, Diagnostic.note(0, "decode.gbk"));
            return new Decoded(gb, "GB18030", gbNotes, null);
        }
        String text = fast;
        notes.add(Diagnostic.warning(census.firstBadLine(), "decode.neither", census.invalid()));
        return new Decoded(text, "UTF-8", notes, null);
    }

    private static Decoded decodeStrictOrLenient(byte[] bytes, int offset, Charset cs, String name) {
        int end = bytes.length - ((bytes.length - offset) % 2);
        List<Diagnostic> notes = new ArrayList<>();
        notes.add(Diagnostic.note(0, "decode.as", name));
        if (end < bytes.length) {
            notes.add(Diagnostic.warning(0, "decode.cut", name));
        }
        String strict = strictDecode(bytes, offset, end, cs);
        if (strict != null) {
            return new Decoded(strict, name, notes, null);
        }
        notes.add(Diagnostic.warning(0, "decode.invalid", name));
        return new Decoded(new String(bytes, offset, end - offset, cs), name, notes, null);
    }

    /** Whether the bytes hold U+FFFD itself, encoded in UTF-8 (EF BF BD). */
    private static boolean containsReplacementCharacter(byte[] b, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD) {
                return true;
            }
        }
        return false;
    }

    private static String strictDecode(byte[] bytes, int from, int to, Charset cs) {
        if (cs == GB18030) {
            // as for UTF-8: the JDK's decoding is faster, and U+FFFD only stands for bytes it could not map
            String fast = new String(bytes, from, to - from, cs);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** How many bytes at the end start a UTF-8 sequence that the file cuts short (0 when none). */
    static int incompleteUtf8Tail(byte[] b, int offset) {
        int n = b.length;
        for (int back = 1; back <= 3 && n - back >= offset; back++) {
            int x = b[n - back] & 0xFF;
            if ((x & 0xC0) == 0x80) {
                continue; // continuation byte: keep looking for the lead
            }
            int need = (x & 0xE0) == 0xC0 ? 2 : (x & 0xF0) == 0xE0 ? 3 : (x & 0xF8) == 0xF0 ? 4 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    /** Counts of valid multi-byte and invalid sequences: a few bad bytes in a UTF-8 file are damage, not GBK. */
    private record Utf8Census(int valid, int invalid, int firstBadLine) {

        /**
         * From the text as the JDK decoded it, which stands one U+FFFD for each malformed sequence (the bytes
         * hold no U+FFFD of their own when this is asked): characters beyond ASCII are the valid sequences.
         */
        static Utf8Census of(String decoded) {
            int invalid = 0;
            int valid = 0;
            int firstBad = -1;
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                if (c == '\uFFFD') {
                    invalid++;
                    if (firstBad < 0) {
                        firstBad = i;
                    }
                } else if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                    valid++;
                }
            }
            int line = 1;
            for (int i = 0; i < firstBad; i++) {
                if (decoded.charAt(i) == '\n') {
                    line++;
                }
            }
            return new Utf8Census(valid, invalid, firstBad < 0 ? 0 : line);
        }

        boolean looksMostlyUtf8() {
            return valid > 0 && invalid * 20 < valid;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String binaryMagic(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E') {
            return "WebP image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        if (startsWith(b, 'S', 'Q', 'L', 'i', 't', 'e')) {
            return "SQLite database";
        }
        return null;
    }

    /** UTF-16 without a BOM: zero bytes on one parity only, as Latin and CJK text in UTF-16 has. */
    private static Charset utf16ByZeroBytes(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs / 4 && evenZeros < pairs / 50 + 1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs / 4 && oddZeros < pairs / 50 + 1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Zero bytes or many control bytes: not text in any encoding a dump uses. */
    private static boolean looksBinary(byte[] b) {
        // the head tells, as git's own test looks at the first 8,000 bytes: binary formats show zero or control
        // bytes at once, and every dump is read through here, so its whole length is not scanned
        int n = Math.min(b.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            control += CONTROL_WEIGHT[b[i] & 0xFF]; // a table, not branches: this runs over every dump
        }
        return control >= ZERO_WEIGHT || control * 100 > n; // a zero byte, or more than 1% control bytes
    }

    /** How many leading bytes {@link #looksBinary} looks at. */
    static final int BINARY_SAMPLE = 8192;

    /** A zero byte counts as much as a whole file of control bytes. */
    private static final int ZERO_WEIGHT = 1 << 20;

    /** The weight of each byte value in {@link #looksBinary}: 1 for a control byte text does not use. */
    private static final int[] CONTROL_WEIGHT = new int[256];

    static {
        for (int x = 1; x < 0x20; x++) {
            CONTROL_WEIGHT[x] = x == '\n' || x == '\r' || x == '\t' || x == '\f' || x == 0x1B ? 0 : 1;
        }
        CONTROL_WEIGHT[0] = ZERO_WEIGHT;
    }
}
