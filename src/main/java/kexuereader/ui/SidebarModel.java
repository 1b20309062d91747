package kexuereader.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import kexuereader.library.ArticleFilter;
import kexuereader.library.LibraryStats;
import kexuereader.library.Library;
import kexuereader.library.SeriesOverview;
import kexuereader.library.SeriesSummary;

/**
 * What the sidebar lists: all articles, the series (newest first, each with its count; opened, its parts in
 * order with the gaps), and the years (unknown last).
 */
final class SidebarModel {

    /** The sidebar's sections, rebuilt by {@link #refresh()}. */
    record Sections(SidebarItem.All all, SidebarItem.Unread unread, SidebarItem.Starred starred,
                    List<SidebarItem.Series> series, List<SidebarItem.Year> years) {
    }

    private final Library library;
    private final ReadOnlyObjectWrapper<Sections> sections = new ReadOnlyObjectWrapper<>(this, "sections");

    SidebarModel(Library library) {
        this.library = library;
        refresh();
    }

    ReadOnlyObjectProperty<Sections> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    Sections sections() {
        return sections.get();
    }

    /** Re-reads counts, series and years from the library. */
    void refresh() {
        List<SidebarItem.Series> series = new ArrayList<>();
        for (SeriesSummary s : library.series()) {
            series.add(new SidebarItem.Series(s.name(), s.articles(), s.known()));
        }
        List<SidebarItem.Year> years = new ArrayList<>();
        for (LibraryStats.YearCount y : library.years()) {
            years.add(new SidebarItem.Year(y.year(), y.articles(), y.known()));
        }
        sections.set(new Sections(new SidebarItem.All(library.articleCount()),
                new SidebarItem.Unread(library.count(ArticleFilter.unreadOnly())),
                new SidebarItem.Starred(library.count(ArticleFilter.starredOnly())), List.copyOf(series),
                List.copyOf(years)));
    }

    /** The parts of a series with its gaps, for when the user opens it. */
    List<SidebarItem.Part> parts(String series) {
        SeriesOverview overview = library.seriesOverview(series);
        List<SidebarItem.Part> parts = new ArrayList<>();
        for (SeriesOverview.Slot slot : overview.slots()) {
            parts.add(new SidebarItem.Part(series, slot));
        }
        return parts;
    }
}
