package kexuereader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link ListingHeader#looksLikeStart}, written out for speed, answers as the regular expression it replaced. */
class ListingHeaderStartTest {

    private static final Pattern START = Pattern.compile("^[Bb][Yy]\\s+[^|]{0,40}\\|");

    @Test
    void agreesWithTheRegularExpression() {
        String alphabet = "BbYy \t|｜苏剑林x1-";
        Random random = new Random(11);
        for (int run = 0; run < 50_000; run++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "By" : random.nextBoolean() ? "by " : "");
            int length = random.nextInt(random.nextInt(10) == 0 ? 60 : 12);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Line line = new Line(1, text, text);
            assertEquals(START.matcher(text).find(), ListingHeader.looksLikeStart(line), text);
        }
    }

    @Test
    void authorsUpToFortyCharacters() {
        String forty = "x".repeat(40);
        assertEquals(true, ListingHeader.looksLikeStart(new Line(1, "", "By " + forty + "|")));
        assertEquals(false, ListingHeader.looksLikeStart(new Line(1, "", "By " + forty + "x|")));
        assertEquals(true, ListingHeader.looksLikeStart(new Line(1, "", "By    " + forty + "|")));
    }
}
