package kexuereader.math;

import kexuereader.math.macro.DefinitionExtractor;
import kexuereader.math.macro.MacroDefinition;
import kexuereader.math.rewrite.NewcommandBackslash;
import kexuereader.math.tex.Tex;

import kexuereader.math.macro.ArticleMacros;
import kexuereader.math.macro.MacroExpander;
import kexuereader.math.macro.Macros;
import kexuereader.math.rewrite.LabelTable;
import kexuereader.math.rewrite.Normaliser;
import kexuereader.math.tex.DisplayStructure;
import kexuereader.math.tex.Paragraphs;
import kexuereader.math.tex.Piece;
import kexuereader.math.tex.Segmenter;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article body into {@link ArticleMath}: segments each paragraph, collects the article's macro
 * definitions and expands them per formula, numbers the display formulas (first pass), then resolves
 * references and rewrites every formula for JLaTeXMath (second pass, so references may point forward).
 * Purely textual and linear in the size of the body; nothing is rendered here.
 */
final class ArticlePreparer {

    private final SafetyLimits limits;

    /** One piece of math of the article, as it goes through the passes. */
    private static final class Item {
        final Piece.Math piece;
        final int index;
        String referenceLabel;
        boolean eqref;
        String problem;
        String remaining;
        boolean definitionsOnly;
        String expanded;
        /** The expanded formula normalised with no labels known, when numbering needed it; else null. */
        String unresolved;
        DisplayStructure structure;
        List<EquationNumbering.Numbered> numbers = List.of();
        Segment segment;

        Item(Piece.Math piece, int index) {
            this.piece = piece;
            this.index = index;
        }

        boolean display() {
            return piece.delimiter().isDisplay();
        }
    }

    ArticlePreparer(SafetyLimits limits) {
        this.limits = limits;
    }

    ArticleMath prepare(String body) {
        List<List<Piece>> paragraphs = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (String paragraph : Paragraphs.split(body)) {
            List<Piece> pieces = Segmenter.segment(paragraph);
            paragraphs.add(pieces);
            for (Piece p : pieces) {
                if (p instanceof Piece.Math m) {
                    items.add(new Item(m, items.size()));
                }
            }
        }
        ArticleMacros macros = new ArticleMacros();
        for (Item item : items) {
            read(item, macros);
        }
        EquationNumbering numbering = new EquationNumbering();
        Normaliser unresolved = Normaliser.standard(new LabelTable());
        for (Item item : items) {
            expand(item, macros.forFormula(item.index));
            // a formula that cannot render gets no number, as MathJax numbers only what it renders
            if (item.display() && item.expanded != null && !item.definitionsOnly
                    && !ParseCheck.rejects(unresolvedForm(item, unresolved), limits)) {
                item.structure = DisplayStructure.of(item.expanded);
                item.numbers = numbering.next(item.structure);
            }
        }
        LabelTable labels = numbering.labels();
        Normaliser normaliser = Normaliser.standard(labels);
        for (Item item : items) {
            item.segment = segment(item, labels, normaliser);
        }
        return assemble(paragraphs, items);
    }

    /** The formula normalised before the labels are known (kept: most formulas need no second pass). */
    private static String unresolvedForm(Item item, Normaliser unresolved) {
        item.unresolved = unresolved.normalise(item.expanded);
        return item.unresolved;
    }

    /** First look at a formula: is it a bare reference, is it too long, which macros does it define? */
    private void read(Item item, ArticleMacros macros) {
        Piece.Math m = item.piece;
        if (isBareReference(item, m.body())) {
            return; // also every TEXT_REFERENCE piece, whose body is exactly \eqref{…} or \ref{…}
        }
        if (m.original().length() > limits.maxSourceChars()) {
            item.problem = "formula too long (" + m.original().length() + " characters; the limit is "
                    + limits.maxSourceChars() + ")";
            return;
        }
        String canonical = NewcommandBackslash.apply(m.body());
        DefinitionExtractor.Extracted extracted = DefinitionExtractor.extract(canonical);
        for (MacroDefinition d : extracted.definitions()) {
            macros.define(item.index, d);
        }
        item.remaining = extracted.remaining();
        item.definitionsOnly = !extracted.definitions().isEmpty() && extracted.remaining().isBlank();
    }

    /** Whether the math is nothing but {@code \eqref{x}} or {@code \ref{x}}; records the label if so. */
    private static boolean isBareReference(Item item, String body) {
        String s = body.strip();
        boolean eqref = s.startsWith("\\eqref");
        boolean ref = s.startsWith("\\ref") && !s.startsWith("\\refs");
        if (!eqref && !ref) {
            return false;
        }
        int open = Tex.skipSpaces(s, eqref ? 6 : 4);
        if (open >= s.length() || s.charAt(open) != '{' || s.charAt(s.length() - 1) != '}') {
            return false;
        }
        int close = Tex.nameClose(s, open + 1, 256);
        if (close != s.length() - 1) {
            return false;
        }
        item.referenceLabel = s.substring(open + 1, close).trim();
        item.eqref = eqref;
        return true;
    }

    private void expand(Item item, Macros macros) {
        if (item.remaining == null || item.definitionsOnly) {
            return;
        }
        MacroExpander.Result r = MacroExpander.expand(item.remaining, macros, limits.expansion());
        if (r instanceof MacroExpander.Expanded e) {
            // what the blog's MathJax rejects stays an error here, and gets no number, as there
            String rejected = BlogTex.rejection(item.remaining, e.tex(), macros);
            if (rejected != null) {
                item.problem = rejected;
            } else {
                item.expanded = e.tex();
            }
        } else {
            item.problem = ((MacroExpander.Failed) r).reason();
        }
    }

    private static Segment segment(Item item, LabelTable labels, Normaliser normaliser) {
        String source = item.piece.original();
        if (item.referenceLabel != null) {
            LabelTable.Target t = labels.find(item.referenceLabel);
            String shown = item.eqref ? labels.eqrefText(item.referenceLabel) : labels.refText(item.referenceLabel);
            return new Segment.Reference(item.referenceLabel, shown, t == null ? null : t.anchorId(), source);
        }
        Formula formula;
        String tagColumn = null;
        if (item.problem != null) {
            formula = Formula.rejected(source, item.display(), item.problem);
        } else if (item.definitionsOnly) {
            formula = Formula.of(source, item.display(), "");
        } else {
            // the labels change only references inside the formula: without one, the first pass's form stands
            String latex = item.unresolved != null && !item.unresolved.contains("ref") && !item.expanded.contains("ref")
                    ? item.unresolved : normaliser.normalise(item.expanded);
            formula = Formula.of(source, item.display(), latex);
            if (item.structure != null) {
                tagColumn = TagColumn.build(latex, item.structure, item.numbers);
            }
        }
        if (!item.display()) {
            return new Segment.Inline(formula);
        }
        List<Tag> tags = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        for (EquationNumbering.Numbered n : item.numbers) {
            tags.add(n.tag());
            anchors.add(n.tag().anchorId());
        }
        Formula column = tagColumn == null ? null : Formula.of(source, true, tagColumn);
        return new Segment.Display(formula, tags, anchors, column);
    }

    private static ArticleMath assemble(List<List<Piece>> paragraphs, List<Item> items) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        int next = 0;
        for (List<Piece> pieces : paragraphs) {
            List<Segment> segments = new ArrayList<>(pieces.size());
            for (Piece p : pieces) {
                if (p instanceof Piece.Text t) {
                    segments.add(new Segment.Text(t.text()));
                } else {
                    segments.add(items.get(next++).segment);
                }
            }
            out.add(new Paragraph(segments));
        }
        return new ArticleMath(out);
    }
}
