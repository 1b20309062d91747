package kexuereader.library;

import java.util.List;
import kexuereader.model.ArticleSummary;

/**
 * A series part by part, with the gaps: parts that the numbering implies or that other articles reference
 * (《…》) but that the library does not hold.
 *
 * @param name  the series name
 * @param slots its parts in order
 */
public record SeriesOverview(String name, List<Slot> slots) {

    public SeriesOverview {
        slots = List.copyOf(slots);
    }

    /**
     * One place in the series.
     *
     * @param part         the part number, or null for an unnumbered article
     * @param suffix       上/中/下, or null
     * @param article      the article, or null when this place is a gap
     * @param referencedAs for a gap, the title another article cites it by, or null when only the numbering
     *                     implies it
     */
    public record Slot(Integer part, String suffix, ArticleSummary article, String referencedAs) {

        /** A part the library holds no text of: unknown, cited only, or known from the archive index only. */
        public boolean isGap() {
            return article == null || article.indexOnly();
        }

        /** Whether this gap is a post the archive index lists: its title, date and address are known. */
        public boolean onKexue() {
            return article != null && article.indexOnly();
        }

        /** {@code 23}, {@code 23下}, or empty. */
        public String label() {
            return (part == null ? "" : part.toString()) + (suffix == null ? "" : suffix);
        }
    }

    public List<ArticleSummary> articles() {
        return slots.stream().filter(s -> s.article() != null).map(Slot::article).toList();
    }
}
