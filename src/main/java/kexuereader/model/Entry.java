package kexuereader.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as one dump showed it: a fact, kept as parsed.
 *
 * @param line        1-based line of the entry's first line in its dump (the title, or the date label)
 * @param title       the title as published, or {@code null} when the dump showed none
 * @param date        the date shown (format B shows no year)
 * @param readers     the reader count shown, or {@code null} (format B shows none)
 * @param paragraphs  the body as published, one string per paragraph; LaTeX verbatim, page chrome removed
 * @param excerptOnly whether the dump holds only the start of the article
 * @param blocks      the body as typed blocks when the dump showed its layout (an article page), else empty;
 *                    {@code paragraphs} then holds each block written as Markdown
 * @param post        what the page said of the post: blog id, address, categories, tags, comments
 */
public record Entry(int line, String title, PublishDate date, Integer readers, List<String> paragraphs,
                    boolean excerptOnly, List<Block> blocks, PostFacts post) {

    public Entry {
        Objects.requireNonNull(date, "date");
        paragraphs = List.copyOf(paragraphs);
        blocks = List.copyOf(blocks);
        post = post == null ? PostFacts.NONE : post;
    }

    /** An entry of a listing or home dump: paragraphs only, nothing known of the post. */
    public Entry(int line, String title, PublishDate date, Integer readers, List<String> paragraphs,
                 boolean excerptOnly) {
        this(line, title, date, readers, paragraphs, excerptOnly, List.of(), PostFacts.NONE);
    }

    /** How much of the article this entry holds. */
    public Content content() {
        if (paragraphs.isEmpty() && blocks.isEmpty()) {
            return Content.NONE;
        }
        return excerptOnly ? Content.EXCERPT : Content.FULL;
    }

    /** The body: paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    public boolean hasTitle() {
        return title != null;
    }
}
