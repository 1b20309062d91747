package kexuereader.math;

import java.util.List;

/**
 * Rewrites the blog's MathJax dialect into LaTeX that JLaTeXMath 1.0.7 renders the same, by applying the
 * {@link Rewrite} rules in a fixed order (environments first, so later rules see JLaTeXMath's names).
 */
final class Normaliser {

    private final List<Rewrite> rules;

    Normaliser(List<Rewrite> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rules; {@code labels} resolves references inside formulas. */
    static Normaliser standard(LabelTable labels) {
        return new Normaliser(List.of(
                new DropEquationWrapper(),
                new EqnarrayToAligned(),
                RenameEnvironments.alignToAligned(),
                RenameEnvironments.gatherToGathered(),
                new RowSpacing(),
                DropCommands.labels(),
                DropCommands.tags(),
                DropCommands.require(),
                DropCommands.mathJaxOnly(),
                new MathJaxBoxes(),
                new DashedRules(),
                new ArrayFramePadding(),
                new ReferencesAsText(labels),
                RenameCommands.boldSymbol(),
                RenameCommands.mathJaxAliases(),
                new SkipAsHspace(),
                new UnicodeCharacter(),
                new ExtensibleArrows(),
                RenameCommands.bars(),
                new ColorSwitchToTextcolor(),
                new CssColourNames(),
                new EscapePercent(),
                new OperatornameStar(),
                new LimitsOnFreshAtom(),
                new BigOperatorScripts(),
                new CancelAsStrike(),
                new CasesSpacing(),
                new FractionBar(),
                new ScriptSpacing(),
                new CommutativeDiagram()));
    }

    List<Rewrite> rules() {
        return rules;
    }

    String normalise(String tex) {
        String s = tex;
        for (Rewrite rule : rules) {
            s = rule.apply(s);
        }
        return s;
    }
}
