package kexuereader.model;

import java.util.List;

/**
 * An article as the merge derives it from every entry that shows it.
 *
 * @param id            stable identifier: the same imported files give the same id in any import order
 * @param title         the title as published (the newest seen), or {@code null} when no dump showed one
 * @param displayTitle  what to show: the title, or one derived from the first sentence
 * @param aliases       other titles the article was seen under
 * @param date          publication date; its year may be unknown
 * @param readers       the highest reader count seen, or {@code null}
 * @param readerHistory every count seen, one per source, by source name
 * @param series        series and part, or {@code null}
 * @param excerptOnly   whether the dumps hold only the start of the article
 * @param sources       file names of the dumps that show it, sorted
 * @param paragraphs    the body (a full page's if any, else the longest excerpt), one string per paragraph; for
 *                      a body of {@code blocks}, each block written as Markdown
 * @param content       how much of the article the library holds
 * @param blocks        the body as typed blocks when an article page gave it, else empty
 * @param post          blog id, address, categories, tags and comment count, as far as known
 */
public record Article(String id, String title, String displayTitle, List<String> aliases, PublishDate date,
                      Integer readers, List<ReaderCount> readerHistory, SeriesPart series, boolean excerptOnly,
                      List<String> sources, List<String> paragraphs, Content content, List<Block> blocks,
                      PostFacts post) {

    public Article {
        aliases = List.copyOf(aliases);
        readerHistory = List.copyOf(readerHistory);
        sources = List.copyOf(sources);
        paragraphs = List.copyOf(paragraphs);
        blocks = List.copyOf(blocks);
        post = post == null ? PostFacts.NONE : post;
        if (content == null) {
            content = paragraphs.isEmpty() ? Content.NONE : excerptOnly ? Content.EXCERPT : Content.FULL;
        }
    }

    /** An article of listing and home dumps only: paragraphs, nothing known of the post. */
    public Article(String id, String title, String displayTitle, List<String> aliases, PublishDate date,
                   Integer readers, List<ReaderCount> readerHistory, SeriesPart series, boolean excerptOnly,
                   List<String> sources, List<String> paragraphs) {
        this(id, title, displayTitle, aliases, date, readers, readerHistory, series, excerptOnly, sources, paragraphs,
                null, List.of(), PostFacts.NONE);
    }

    /** Whether the library holds no text of it: a post known from the archive index only. */
    public boolean indexOnly() {
        return content == Content.NONE;
    }

    /** Whether {@link #displayTitle()} was made up from the body because no dump showed a title. */
    public boolean titleDerived() {
        return title == null;
    }

    /** The body: paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
