package kexuereader.math;

import kexuereader.math.tex.DisplayStructure;
import kexuereader.math.tex.OuterEnvironment;

import java.util.List;

/**
 * Builds the number column of a display formula as a formula of its own: for each row of the formula, an
 * invisible copy of that row ({@code \vphantom}) followed by the row's number, with the formula's own row
 * separators ({@code \\[5pt]}). Each row of the column is then exactly as tall as its counterpart, so JLaTeXMath
 * lays both out alike and every number sits at its own row's height, without touching the formula's alignment.
 */
final class TagColumn {

    private TagColumn() {
    }

    /**
     * The column's LaTeX, or {@code null} when there is nothing to number.
     *
     * @param latex   the display formula as rendered (normalised)
     * @param numbers its numbers
     */
    static String build(String latex, DisplayStructure structure, List<EquationNumbering.Numbered> numbers) {
        if (numbers.isEmpty()) {
            return null;
        }
        if (structure.rows() > 1) {
            OuterEnvironment outer = OuterEnvironment.of(latex);
            if (outer != null) {
                List<OuterEnvironment.Row> rows = OuterEnvironment.rows(outer.body(latex));
                if (rows.size() == structure.rows()) {
                    return rows(rows, numbers);
                }
            }
        }
        // One number for the whole formula: beside its baseline, which for aligned rows is their middle.
        return "\\vphantom{" + latex + "}" + numbers.get(0).latex();
    }

    private static String rows(List<OuterEnvironment.Row> rows, List<EquationNumbering.Numbered> numbers) {
        StringBuilder out = new StringBuilder("\\begin{aligned}");
        for (int r = 0; r < rows.size(); r++) {
            out.append("\\vphantom{").append(OuterEnvironment.cells(rows.get(r).text())).append('}');
            for (EquationNumbering.Numbered n : numbers) {
                if (n.tag().row() == r) {
                    // smashed: a number taller than a short row ("(" beside "c") must not make the column's row
                    // taller than the formula's, or every later number would drift off its row
                    out.append("\\smash{").append(n.latex()).append('}');
                }
            }
            out.append(rows.get(r).separator());
        }
        return out.append("\\end{aligned}").toString();
    }
}
