package kexuereader.math;

import kexuereader.math.tools.FormulaCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The larger corpus (hand-written blog-style formulas and generated variations of the seed formulas, see
 * {@code corpus/generate.py}) renders completely, but for the formulas the blog's MathJax rejects too.
 */
class CorpusTest {

    private static final java.util.regex.Pattern BLOG_REJECTS = java.util.regex.Pattern.compile(
            "^FAIL \\S+: (Undefined control sequence \\\\bm|Missing argument for \\\\(boldsymbol|stackrel)"
                    + "|Missing or unrecognized delimiter for \\\\(bigl|left)): ");

    static List<Document> corpus() throws IOException, URISyntaxException {
        Path dir = Paths.get(CorpusTest.class.getResource("corpus").toURI());
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(new Document(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return docs;
    }

    @Test
    void everyCorpusFormulaRendersButWhatTheBlogRejects() throws Exception {
        StringWriter out = new StringWriter();
        int failed = FormulaCheck.run(corpus(), new PrintWriter(out));
        // the generated variants that use \bm or colorv2's \color{c}\boldsymbol: MathJax 3 rejects each of them
        List<String> failures = out.toString().lines().filter(l -> l.startsWith("FAIL ")).toList();
        assertEquals(33, failed, out.toString());
        for (String f : failures) {
            assertTrue(BLOG_REJECTS.matcher(f).find(), f);
        }
        String summary = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        int total = Integer.parseInt(summary.split(" ")[1]);
        assertTrue(total >= 500, "corpus size " + total);
    }
}
