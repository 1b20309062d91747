package kexuereader.math.tex;

/** What the segmenter cut a paragraph into, before numbering and rewriting. */
public sealed interface Piece {

    /** Plain text, with {@code \$} already shown as {@code $}. */
    record Text(String text) implements Piece {
    }

    /**
     * Math as the article marks it.
     *
     * @param delimiter how it was marked
     * @param original  the source exactly as written, delimiters included
     * @param body      what lies between the delimiters; for an environment, the whole
     *                  {@code \begin…\end}
     */
    record Math(Delimiter delimiter, String original, String body) implements Piece {
    }
}
