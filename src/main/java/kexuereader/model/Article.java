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
 * @param paragraphs    the longest body seen, one string per paragraph
 */
public record Article(String id, String title, String displayTitle, List<String> aliases, PublishDate date,
                      Integer readers, List<ReaderCount> readerHistory, SeriesPart series, boolean excerptOnly,
                      List<String> sources, List<String> paragraphs) {

    public Article {
        aliases = List.copyOf(aliases);
        readerHistory = List.copyOf(readerHistory);
        sources = List.copyOf(sources);
        paragraphs = List.copyOf(paragraphs);
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
