package kexuereader.model;

import java.util.List;
import java.util.Objects;

/**
 * One block of an article's body, as the blog's page lays it out. Inline text keeps its LaTeX verbatim
 * ({@code $…$}); markup of the page (links, emphasis) is reduced to its text.
 */
public sealed interface Block {

    /** A paragraph of inline text. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A section heading; {@code level} 1–6 as in HTML. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            level = Math.max(1, Math.min(6, level));
        }
    }

    /** Display math on its own lines, as the blog wrote it ({@code \begin{equation}…}, {@code $$…$$}). */
    record Formula(String tex) implements Block {
        public Formula {
            Objects.requireNonNull(tex, "tex");
        }
    }

    /** A list; each item is inline text. */
    record ListBlock(boolean ordered, List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A block quote, as inline text (paragraphs of the quote separated by a line break). */
    record Quote(String text) implements Block {
        public Quote {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A code block; {@code language} is the fence's info string, or empty. */
    record Code(String language, String text) implements Block {
        public Code {
            language = language == null ? "" : language;
            Objects.requireNonNull(text, "text");
        }
    }

    /** A table: rows of cells of inline text, the first row the header. */
    record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An image of the page: never fetched, shown by its caption and address. */
    record Figure(String alt, String caption, String url) implements Block {
        public Figure {
            alt = alt == null ? "" : alt;
            caption = caption == null ? "" : caption;
            url = url == null ? "" : url;
        }
    }

    /** A horizontal rule. */
    record Rule() implements Block {
    }
}
