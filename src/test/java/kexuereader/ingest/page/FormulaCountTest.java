package kexuereader.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kexuereader.ingest.DumpParser;
import kexuereader.model.BlockText;
import kexuereader.model.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No formula of a markdown capture is lost on its way into blocks — not in a list, a table, a quote or a
 * heading: the capture's body, counted by hand (CommonMark's backslash escapes undone, each outermost
 * environment one display formula, each {@code $…$} one inline formula), holds as many as the blocks do.
 * 重温SSM(三) (10162) is a whole capture: 39 display and 235 inline formulas, of which two are
 * {@code $\eqref{…}$} references, not formulas to render: the 272 the page renders. (The 509 is no count
 * of this page: the file holds 504 dollar signs, its comments 17 more formulas.)
 */
class FormulaCountTest {

    static final Path PAGES = Path.of("src/test/resources/kexuereader/ingest/pages");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\_*\\[\\]#`{}()!|.+\\-])");
    private static final Pattern BEGIN = Pattern.compile("\\\\begin\\{(\\w+\\*?)\\}");
    private static final Pattern INLINE = Pattern.compile("\\$\\$(.+?)\\$\\$|\\$([^$]+?)\\$", Pattern.DOTALL);

    /** {display, inline} formulas of LaTeX-bearing text. */
    static int[] count(String text) {
        int display = 0;
        StringBuilder rest = new StringBuilder(text);
        Matcher m = BEGIN.matcher(rest);
        while (m.find(0)) {
            String end = "\\end{" + m.group(1) + "}";
            int close = rest.indexOf(end, m.end());
            if (close < 0) {
                break;
            }
            rest.replace(m.start(), close + end.length(), " D ");
            display++;
            m = BEGIN.matcher(rest);
        }
        int inline = 0;
        Matcher i = INLINE.matcher(rest);
        while (i.find()) {
            inline++;
        }
        return new int[] {display, inline};
    }

    @ParameterizedTest
    @CsvSource({"kexue-10162.md, 39, 235", "kexue-10040.md, -1, -1", "kexue-10352.md, -1, -1"})
    void everyFormulaOfTheCaptureIsInTheBlocks(String file, int display, int inline) throws IOException {
        String capture = Files.readString(PAGES.resolve(file), StandardCharsets.UTF_8);
        int from = capture.indexOf("\n# [");
        int to = capture.indexOf("转载到请包括本文地址");
        String body = ESCAPE.matcher(capture.substring(capture.indexOf('\n', from + 1), to)).replaceAll("$1");
        int[] byHand = count(body);
        Entry e = DumpParser.parse(PAGES.resolve(file)).entries().get(0);
        int[] inBlocks = count(String.join("\n\n", BlockText.markdown(e.blocks())));
        if (display >= 0) {
            assertEquals(display, byHand[0], "display formulas in the capture");
            assertEquals(inline, byHand[1], "inline formulas in the capture");
        }
        assertEquals(byHand[0], inBlocks[0], "display formulas in the blocks");
        assertEquals(byHand[1], inBlocks[1], "inline formulas in the blocks");
    }
}
