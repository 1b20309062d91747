package kexuereader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness runs end to end on a tiny archive and prints its table. No timing is asserted. */
class BenchTest {

    @Test
    void runsOnATinyArchive(@TempDir Path dir) {
        BenchSettings s = new BenchSettings(List.of(200), 0, 1, 2, 0, 1, Set.of("parse", "import", "search", "page"));
        StringWriter out = new StringWriter();
        Report r = new Bench(s, dir, new PrintWriter(out), new PrintWriter(new StringWriter())).run();
        List<String> names = r.figures().stream().map(Figure::name).distinct().toList();
        assertTrue(names.containsAll(List.of("parse: DumpParser.parse", "import into a fresh library",
                "import the same files again", "library size on disk", "open article: warm, new formulas")),
                names.toString());
        assertTrue(r.figures().stream().anyMatch(f -> f.input().contains("“扩散”")), "search figures name their query");
        assertTrue(r.figures().stream().filter(f -> f.name().startsWith("import into"))
                .allMatch(f -> !f.input().contains("made!")), "the import made exactly the generated articles");
        String table = out.toString();
        assertTrue(table.lines().findFirst().orElseThrow().startsWith("figure"), table);
        assertTrue(table.contains("measured "), table);
    }

    @Test
    void statsAreMedianMinMaxAndNearestRank() {
        Stats s = Stats.of(5, 1, 3, 2, 4);
        assertEquals(3, s.median());
        assertEquals(1, s.min());
        assertEquals(5, s.max());
        assertEquals(5, s.p95());
        assertEquals(2.5, Stats.of(1, 2, 3, 4).median());
    }

    @Test
    void formulaPagesHoldExactlyTheFormulasAsked() {
        FormulaPages pages = new FormulaPages();
        for (int n : new int[] {1, 10, 100, 500}) {
            assertEquals(n, kexuereader.math.MathEngine.prepare(pages.article(n).body()).formulas().size());
        }
    }

    @Test
    void unknownBenchmarksAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new BenchSettings(List.of(100), 0, 1, 1, 0, 1, Set.of("nonsense")));
    }

    @Test
    void wideCharactersCountTwice() {
        assertEquals(4, Report.width("扩散"));
        assertEquals(6, Report.width("RoPE扩"));
    }
}
