package kexuereader.math;

import kexuereader.math.tools.FormulaCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every formula of the five seed dumps renders: the seeds are segmented whole, as their text stands. */
class SeedFormulasTest {

    static List<Document> seeds() throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Paths.get("seeds"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(new Document(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return docs;
    }

    @Test
    void allSeedFormulasRender() throws IOException {
        List<Document> docs = seeds();
        assertEquals(5, docs.size());
        StringWriter out = new StringWriter();
        int failed = FormulaCheck.run(docs, new PrintWriter(out));
        assertEquals(0, failed, out.toString());
        String summary = out.toString().strip();
        assertTrue(summary.matches("formulas: (\\d+) total, \\1 rendered, 0 failed"), summary);
        int total = Integer.parseInt(summary.split(" ")[1]);
        assertTrue(total >= 60, "the seeds hold about 67 formulas, found " + total);
    }

    @Test
    void seedConstructsComeOutAsExpected() throws IOException {
        List<Document> docs = seeds();
        ArticleMath first = MathEngine.prepare(docs.get(0).body());
        Segment.Display align = (Segment.Display) first.mathSegments().get(0);
        assertEquals(List.of("(1)", "(2)"), align.tags().stream().map(Tag::shown).toList());
        assertTrue(align.formula().source().startsWith("\\begin{align}"));
        ArticleMath last = MathEngine.prepare(docs.get(4).body());
        String lion = last.formulas().stream().map(Formula::latex).filter(l -> l.contains("Lion")).findFirst()
                .orElseThrow();
        assertTrue(lion.contains("\\textcolor{#87ceeb}"), lion);
    }
}
