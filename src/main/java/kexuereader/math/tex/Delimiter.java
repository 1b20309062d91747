package kexuereader.math.tex;

/** How a piece of math was marked in the article; decides inline or display and what may number it. */
public enum Delimiter {
    /** {@code $…$} */
    DOLLAR(false),
    /** {@code \(…\)} */
    PAREN(false),
    /** {@code $$…$$} */
    DOUBLE_DOLLAR(true),
    /** {@code \[…\]} */
    BRACKET(true),
    /** {@code \begin{name}…\end{name}} standing in the text */
    ENVIRONMENT(true),
    /** {@code \eqref{…}} or {@code \ref{…}} standing in the text, outside any math */
    TEXT_REFERENCE(false);

    private final boolean display;

    Delimiter(boolean display) {
        this.display = display;
    }

    public boolean isDisplay() {
        return display;
    }
}
