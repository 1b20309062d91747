package kexuereader.library;

import kexuereader.model.PublishDate;

/**
 * A series as the sidebar lists it.
 *
 * @param name     the series name
 * @param articles how many of its articles the library holds
 * @param latest   the date of its newest article
 * @param known    how many of its posts exist as far as the library knows (with those the archive index lists)
 */
public record SeriesSummary(String name, int articles, PublishDate latest, int known) {

    public SeriesSummary(String name, int articles, PublishDate latest) {
        this(name, articles, latest, articles);
    }
}
