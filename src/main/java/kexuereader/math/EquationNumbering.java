package kexuereader.math;

import kexuereader.math.rewrite.LabelTable;
import kexuereader.math.tex.DisplayStructure;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers an article's display formulas as MathJax does with {@code tags: 'ams'}: {@code equation} and each row
 * of {@code align}, {@code gather}, {@code eqnarray}… count up in article order; starred forms, {@code $$…$$},
 * {@code \[…\]}, {@code \nonumber} and {@code \notag} do not; {@code \tag{x}} shows {@code (x)} without
 * advancing the counter. Fills the label table that references read afterwards.
 */
final class EquationNumbering {

    /**
     * A number given to one unit of a display formula.
     *
     * @param tag   the public description
     * @param latex how the number column draws it
     */
    record Numbered(Tag tag, String latex) {
    }

    private final LabelTable labels = new LabelTable();
    private int counter;
    private int tagged;

    /** Numbers the next display formula of the article. */
    List<Numbered> next(DisplayStructure structure) {
        List<Numbered> numbers = new ArrayList<>();
        boolean auto = structure.numbering() != DisplayStructure.Numbering.NONE;
        for (DisplayStructure.Unit unit : structure.units()) {
            String shown;
            String latex;
            String anchor;
            String refNumber;
            if (unit.tag() != null) {
                refNumber = unit.tag();
                shown = unit.tagStar() ? unit.tag() : "(" + unit.tag() + ")";
                latex = "\\text{" + (unit.tagStar() ? unit.tag() : "(" + unit.tag() + ")") + "}";
                anchor = "eq-tag-" + (++tagged);
            } else if (auto && !unit.noNumber()) {
                refNumber = Integer.toString(++counter);
                shown = "(" + refNumber + ")";
                latex = "\\text{" + shown + "}";
                anchor = "eq-" + refNumber;
            } else {
                continue; // unnumbered: its label, if any, stays unknown, as on the blog
            }
            if (unit.label() != null) {
                labels.define(unit.label(), new LabelTable.Target(refNumber, anchor));
            }
            numbers.add(new Numbered(new Tag(unit.row(), shown, anchor, unit.label()), latex));
        }
        return numbers;
    }

    LabelTable labels() {
        return labels;
    }
}
