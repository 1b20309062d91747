package kexuereader.math.macro;

/**
 * One macro an article defines with {@code \newcommand}, {@code \renewcommand}, {@code \def},
 * {@code \let} or {@code \DeclareMathOperator}.
 *
 * @param name            the name without backslash
 * @param parameters      how many arguments it takes (0–9)
 * @param defaultArgument the default of an optional first argument ({@code \newcommand{\x}[2][d]{…}}), or
 *                        {@code null} when the first argument is mandatory
 * @param body            the replacement text, {@code #1}…{@code #9} standing for the arguments
 */
public record MacroDefinition(String name, int parameters, String defaultArgument, String body) {
}
