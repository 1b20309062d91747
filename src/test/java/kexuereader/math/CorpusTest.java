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
 * {@code corpus/generate.py}) renders completely.
 */
class CorpusTest {

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
    void everyCorpusFormulaRenders() throws Exception {
        StringWriter out = new StringWriter();
        int failed = FormulaCheck.run(corpus(), new PrintWriter(out));
        assertEquals(0, failed, out.toString());
        String summary = out.toString().strip();
        int total = Integer.parseInt(summary.split(" ")[1]);
        assertTrue(total >= 500, "corpus size " + total);
    }
}
