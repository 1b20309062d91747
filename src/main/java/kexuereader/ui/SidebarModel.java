package kexuereader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import kexuereader.library.ArticleFilter;
import kexuereader.library.LibraryStats;
import kexuereader.library.Library;
import kexuereader.library.SeriesOverview;
import kexuereader.library.SeriesSummary;

/**
 * What the sidebar lists: all articles, the series (newest first, each with its count; opened, its parts in
 * order with the gaps), and the years (unknown last). It reads the library through the {@link LibraryService}:
 * counts and parts arrive on the FX thread when read.
 */
final class SidebarModel {

    /** The sidebar's sections, rebuilt by {@link #refresh()}. */
    record Sections(SidebarItem.All all, SidebarItem.Unread unread, SidebarItem.Starred starred,
                    List<SidebarItem.Series> series, List<SidebarItem.Year> years) {
    }

    private final LibraryService service;
    private final ReadOnlyObjectWrapper<Sections> sections = new ReadOnlyObjectWrapper<>(this, "sections");
    private long asked;

    /**
     * @param first the sections read before the window was built (with the first frame), or null to read them
     */
    SidebarModel(LibraryService service, Sections first) {
        this.service = service;
        if (first != null) {
            sections.set(first);
        } else {
            sections.set(new Sections(new SidebarItem.All(0), new SidebarItem.Unread(0), new SidebarItem.Starred(0),
                    List.of(), List.of()));
            refresh();
        }
    }

    ReadOnlyObjectProperty<Sections> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    Sections sections() {
        return sections.get();
    }

    /** Re-reads counts, series and years from the library; the latest answer asked for is shown. */
    void refresh() {
        long ask = ++asked;
        service.read(SidebarModel::read, s -> {
            if (ask == asked) {
                sections.set(s);
            }
        });
    }

    /** The sidebar's sections as the library holds them now (off the FX thread). */
    static Sections read(Library library) {
        // unread: the articles less those read, counted in one query for all (a count per series and per year
        // was thousands of queries in a large library, before the first frame)
        Library.ReadCounts read = library.readCounts();
        List<SidebarItem.Series> series = new ArrayList<>();
        for (SeriesSummary s : library.series()) {
            series.add(new SidebarItem.Series(s.name(), s.articles(), s.known(), s.articles() - read.series(s.name())));
        }
        List<SidebarItem.Year> years = new ArrayList<>();
        for (LibraryStats.YearCount y : library.years()) {
            years.add(new SidebarItem.Year(y.year(), y.articles(), y.known(), y.articles() - read.year(y.year())));
        }
        return new Sections(new SidebarItem.All(library.articleCount()),
                new SidebarItem.Unread(library.count(ArticleFilter.unreadOnly())),
                new SidebarItem.Starred(library.count(ArticleFilter.starredOnly())), List.copyOf(series),
                List.copyOf(years));
    }

    /** The unread articles of a filter's. */
    static ArticleFilter unread(ArticleFilter f) {
        return new ArticleFilter(f.series(), f.year(), f.month(), f.unknownYear(), true, f.starred());
    }

    /** Marks every article of a sidebar entry read (on the write lane), then shows the new counts. */
    void markAllRead(ArticleFilter filter, Runnable then) {
        service.call(LibraryService.Lane.WRITE, library -> {
            for (var a : library.list(unread(filter), kexuereader.library.SortOrder.DATE, false, 0, Integer.MAX_VALUE)) {
                library.setRead(a.id(), true);
            }
            return null;
        }, done -> {
            refresh();
            then.run();
        }, e -> refresh());
    }

    /** The parts of a series with its gaps, for when the user opens it; {@code then} gets them on the FX thread. */
    void parts(String series, Consumer<List<SidebarItem.Part>> then) {
        service.read(library -> {
            SeriesOverview overview = library.seriesOverview(series);
            List<SidebarItem.Part> parts = new ArrayList<>();
            for (SeriesOverview.Slot slot : overview.slots()) {
                parts.add(new SidebarItem.Part(series, slot));
            }
            return parts;
        }, then);
    }
}
