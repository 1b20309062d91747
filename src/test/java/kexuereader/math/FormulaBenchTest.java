package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench command's output format; its figures are recorded in docs/benchmarks.md, never asserted here. */
class FormulaBenchTest {

    @Test
    void endsWithTheSummaryLine() {
        StringWriter out = new StringWriter();
        FormulaBench.Result r = FormulaBench.run(List.of(new Document("d", "$x$ $\\frac{a}{b}$ $$\\sum_i x_i$$")),
                new PrintWriter(out), 0);
        List<String> lines = out.toString().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("formulas-bench: 3 formulas, median \\d+\\.\\d us, p90 \\d+\\.\\d us"), last);
        assertEquals(last, r.summaryLine());
        assertEquals(FormulaBench.RUNS, r.runMedians().size());
        assertTrue(r.p90Us() >= r.medianUs());
    }

    @Test
    void percentileIsNearestRank() {
        double[] v = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        assertEquals(5, FormulaBench.percentile(v, 50));
        assertEquals(9, FormulaBench.percentile(v, 90));
        assertEquals(0, FormulaBench.percentile(new double[0], 50));
    }
}
