package kexuereader.math;

import java.util.ArrayList;
import java.util.List;

/**
 * An article body cut into paragraphs of text, formulas and references, with the article's macros applied
 * and its equations numbered. Made by {@link MathEngine#prepare(String)}; immutable.
 */
public record ArticleMath(List<Paragraph> paragraphs) {

    public ArticleMath {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Every segment that is math as written in the article (formulas and references), in reading order. */
    public List<Segment> mathSegments() {
        List<Segment> math = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (Segment s : p.segments()) {
                if (!(s instanceof Segment.Text)) {
                    math.add(s);
                }
            }
        }
        return math;
    }

    /** Every formula to render (inline and display), in reading order. */
    public List<Formula> formulas() {
        List<Formula> formulas = new ArrayList<>();
        for (Segment s : mathSegments()) {
            if (s instanceof Segment.Inline i) {
                formulas.add(i.formula());
            } else if (s instanceof Segment.Display d) {
                formulas.add(d.formula());
            }
        }
        return formulas;
    }
}
