package kexuereader.math.rewrite;

import java.util.List;

/**
 * Rewrites the blog's MathJax dialect into LaTeX that JLaTeXMath 1.0.7 renders the same, by applying the
 * {@link Rewrite} rules in a fixed order (environments first, so later rules see JLaTeXMath's names).
 */
public final class Normaliser {

    private final List<Rewrite> rules;

    Normaliser(List<Rewrite> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rules; {@code labels} resolves references inside formulas. */
    public static Normaliser standard(LabelTable labels) {
        return new Normaliser(List.of(
                Rewrite.of("drop-equation-wrapper", DropEquationWrapper::apply),
                Rewrite.of("eqnarray-to-aligned", EqnarrayToAligned::apply),
                RenameEnvironments.alignToAligned(),
                RenameEnvironments.gatherToGathered(),
                Rewrite.of("row-spacing", RowSpacing::apply),
                DropCommands.labels(),
                DropCommands.tags(),
                DropCommands.require(),
                DropCommands.mathJaxOnly(),
                Rewrite.of("mathjax-boxes", MathJaxBoxes::apply),
                Rewrite.of("dashed-rules", DashedRules::apply),
                Rewrite.of("array-frame-padding", ArrayFramePadding::apply),
                Rewrite.of("references-as-text", new ReferencesAsText(labels)::apply),
                RenameCommands.boldSymbol(),
                RenameCommands.mathJaxAliases(),
                Rewrite.of("skip-as-hspace", SkipAsHspace::apply),
                Rewrite.of("unicode-character", UnicodeCharacter::apply),
                Rewrite.of("extensible-arrows", ExtensibleArrows::apply),
                RenameCommands.bars(),
                Rewrite.of("color-to-textcolor", ColorSwitchToTextcolor::apply),
                Rewrite.of("css-colour-names", CssColourNames::apply),
                Rewrite.of("escape-percent", EscapePercent::apply),
                Rewrite.of("mathjax-dots", MathJaxDots::apply),
                Rewrite.of("text-punctuation", TextPunctuation::apply),
                Rewrite.of("operatorname-star", OperatornameStar::apply),
                Rewrite.of("limits-on-fresh-atom", LimitsOnFreshAtom::apply),
                Rewrite.of("big-operator-scripts", BigOperatorScripts::apply),
                Rewrite.of("cancel-as-strike", CancelAsStrike::apply),
                Rewrite.of("cases-spacing", CasesSpacing::apply),
                Rewrite.of("script-spacing", ScriptSpacing::apply),
                Rewrite.of("accent-height", AccentHeight::apply),
                Rewrite.of("cd-to-array", CommutativeDiagram::apply)));
    }

    public List<Rewrite> rules() {
        return rules;
    }

    public String normalise(String tex) {
        String s = tex;
        for (Rewrite rule : rules) {
            s = rule.apply(s);
        }
        return s;
    }
}
