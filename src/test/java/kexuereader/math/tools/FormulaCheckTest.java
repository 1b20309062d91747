package kexuereader.math.tools;

import kexuereader.math.Document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaCheckTest {

    @Test
    void printsOneLinePerFailureThenTheTotals() {
        List<Document> docs = List.of(
                new Document("good", "a $x$ b\n\n\\begin{equation}y\\label{eq:y}\\end{equation} 见$\\eqref{eq:y}$"),
                new Document("bad", "$ok$ then $\\foo{x}$ and\n\\begin{align}\na &= \\nonexistent\n\\\\ b\\end{align}"));
        StringWriter out = new StringWriter();
        int failed = FormulaCheck.run(docs, new PrintWriter(out));
        assertEquals(2, failed);
        assertEquals(List.of(
                "FAIL bad#2: Undefined control sequence \\foo: $\\foo{x}$",
                "FAIL bad#3: Undefined control sequence \\nonexistent: \\begin{align} a &= \\nonexistent \\\\ b\\end{align}",
                "formulas: 6 total, 4 rendered, 2 failed"), out.toString().lines().toList());
    }

    @Test
    void sourceIsCutAt80CharactersWithNewlinesAsSpaces() {
        String longSource = "$" + "\\foo ".repeat(30) + "$";
        assertEquals(80, FormulaCheck.shortSource(longSource).length());
        assertEquals("a b c", FormulaCheck.shortSource("a\nb\r\nc"));
        assertEquals("中".repeat(80), FormulaCheck.shortSource("中".repeat(100)));
    }

    @Test
    void emptyInputStillEndsWithTheTotals() {
        StringWriter out = new StringWriter();
        assertEquals(0, FormulaCheck.run(List.of(), new PrintWriter(out)));
        assertEquals("formulas: 0 total, 0 rendered, 0 failed", out.toString().strip());
    }
}
