package kexuereader.library;

import kexuereader.model.PublishDate;

/**
 * A series as the sidebar lists it.
 *
 * @param name     the series name
 * @param articles how many of its articles the library holds
 * @param latest   the date of its newest article
 */
public record SeriesSummary(String name, int articles, PublishDate latest) {
}
