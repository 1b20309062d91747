package kexuereader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link TextKeys#nfkc}'s short way for common characters gives exactly what {@link Normalizer} gives. */
class NfkcShortWayTest {

    private static String reference(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    @Test
    void everyCharacterKeptIsKeptByNfkcAlone() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (TextKeys.keptByNfkc(c) && !Character.isSurrogate(c)) {
                String s = String.valueOf(c);
                assertEquals(s, reference(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
            }
        }
    }

    @Test
    void mixedTextNormalisesAsTheJdkDoes() {
        // the short way's characters, what it maps, and what sends the text to the JDK (combining marks,
        // compatibility characters, Hangul jamo, surrogate pairs), side by side in random order
        String alphabet = "aZ09 .,;$\\{}_^()|\t\u00b7\u00d7\u4e00\u6269\u6563\u9fa5\u3001\u3002\u300a\u300b\u201c\u201d"
                + "\u2014\u03b1\u03a9\uff0c\uff1a\uff08\uff09\uff01\uff1f\uff21\uff41\uff5e\u3000\u2026"
                + "\u0301\u0308\u00a0\u00bd\u2160\u1100\u1161\u11a8\uac00\u3099\u304b\ufb01\u2024\u00e9";
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(run % 4 == 0 ? 80 : 12); // long ones hold several stretches for the JDK
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(10) == 0) {
                sb.appendCodePoint(0x1D400 + random.nextInt(50)); // mathematical bold letters
            }
            String s = sb.toString();
            assertEquals(reference(s), TextKeys.nfkc(s), s);
        }
    }

    @Test
    void everyLineOfTheSeedsNormalisesAsTheJdkDoes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    assertEquals(reference(line), TextKeys.nfkc(line), line);
                }
            }
        }
    }

    @Test
    void textAlreadyNormalIsReturnedAsIs() {
        String s = "扩散模型(一):DDPM = 拆楼 + 建楼。";
        assertSame(s, TextKeys.nfkc(s));
    }
}
