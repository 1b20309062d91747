package kexuereader.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kexuereader.library.ArticleFilter;
import kexuereader.library.SearchHit;
import kexuereader.library.SortOrder;
import kexuereader.library.TitleOrder;
import kexuereader.model.ArticleSummary;
import kexuereader.model.PublishDate;

/**
 * What the article list shows: the articles of the sidebar's selection in the chosen order, or, while the
 * search field holds a query, the search hits ranked with their snippets. The library is read through the
 * {@link LibraryService}, off the FX thread; a result that arrives after a newer query, filter or order is dropped.
 */
final class ArticleListModel {

    /** Live search shows at most this many hits; a person refines the query rather than scrolls past them. */
    static final int SEARCH_LIMIT = 2000;

    private final LibraryService service;
    private final AtomicLong generation = new AtomicLong();

    private final ObjectProperty<ArticleFilter> filter = new SimpleObjectProperty<>(this, "filter", ArticleFilter.ALL);
    private final ReadOnlyObjectWrapper<ObservableList<ArticleRow>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.emptyObservableList());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);
    private final ReadOnlyObjectWrapper<List<String>> searchTerms =
            new ReadOnlyObjectWrapper<>(this, "searchTerms", List.of());
    private SortOrder order = SortOrder.DATE;
    private boolean reversed;
    private String query = "";
    private boolean userSorted;
    /** The hits of the current search, which {@link #stateChanged} may update in place. */
    private SearchHitRows searchRows;

    ArticleListModel(LibraryService service) {
        this.service = service;
        filter.addListener((obs, was, now) -> refresh());
    }

    /** Shows a list read before the window was built (at start-up, with the first frame), without asking again. */
    void show(PagedArticles.Start start) {
        generation.incrementAndGet();
        showList(start, filter.get());
    }

    private void showList(PagedArticles.Start start, ArticleFilter f) {
        searching.set(false);
        searchTerms.set(List.of());
        discardHits();
        rows.set(new PagedArticles(service, f, order, reversed, start));
        status.set(countText(start.size(), f));
    }

    ObjectProperty<ArticleFilter> filterProperty() {
        return filter;
    }

    ReadOnlyObjectProperty<ObservableList<ArticleRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    ObservableList<ArticleRow> rows() {
        return rows.get();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The normalised terms of the current search, for highlighting them in the article; empty otherwise. */
    ReadOnlyObjectProperty<List<String>> searchTermsProperty() {
        return searchTerms.getReadOnlyProperty();
    }

    SortOrder order() {
        return order;
    }

    boolean reversed() {
        return reversed;
    }

    /** Orders the list; during a search the hits are re-ordered, otherwise the library is asked again. */
    void sortBy(SortOrder newOrder, boolean newReversed) {
        order = newOrder;
        reversed = newReversed;
        refresh();
    }

    /** Sets the search query; blank returns to the plain list. */
    void search(String text) {
        query = text == null ? "" : text.strip();
        refresh();
    }

    String query() {
        return query;
    }

    /** Re-reads the list from the library, e.g. after an import. */
    void refresh() {
        long gen = generation.incrementAndGet();
        ArticleFilter f = filter.get();
        SortOrder o = order;
        boolean r = reversed;
        if (query.isEmpty()) {
            service.call(LibraryService.Lane.READ, library -> PagedArticles.Start.read(library, f, o, r), start -> {
                if (generation.get() == gen) {
                    showList(start, f);
                }
            }, e -> {
                if (generation.get() == gen) {
                    status.set(Messages.format("status.list.failed", e.getMessage()));
                }
            });
            return;
        }
        String q = query;
        boolean ranked = !userSorted;
        searching.set(true);
        service.call(LibraryService.Lane.SEARCH, library -> library.hits(q, f, SEARCH_LIMIT), hits -> {
            if (generation.get() == gen) {
                showHits(q, hits, o, r, ranked);
            }
        }, e -> {
            if (generation.get() == gen) {
                discardHits();
                rows.set(FXCollections.emptyObservableList());
                status.set(Messages.format("status.search.failed", e.getMessage()));
            }
        });
    }

    /** Shows the hits of the current search (on the FX thread); their snippets come as their rows are shown. */
    private void showHits(String q, List<SearchHit> hits, SortOrder o, boolean r, boolean ranked) {
        List<ArticleSummary> found = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            found.add(h.article());
        }
        if (!ranked) {
            found.sort(comparator(o, r));
        }
        List<String> terms = hits.isEmpty() ? List.of() : hits.get(0).terms();
        String shown = echo(q);
        discardHits();
        searchRows = new SearchHitRows(service, q, found);
        rows.set(searchRows);
        searchTerms.set(terms);
        String said = found.isEmpty() ? Messages.format("status.search.none", shown)
                : Messages.format("status.search.found", found.size(), found.size() == SEARCH_LIMIT ? "+" : "", shown);
        status.set(ranked && found.size() > 1 ? Messages.format("status.search.ranked", said) : said);
    }

    private void discardHits() {
        if (searchRows != null) {
            searchRows.discard();
            searchRows = null;
        }
    }

    /** The query as the status bar repeats it: a pasted page is cut to its start. */
    static String echo(String q) {
        return q.codePointCount(0, q.length()) <= 60 ? q : q.substring(0, q.offsetByCodePoints(0, 60)) + "…";
    }

    /**
     * Shows an article's new read or starred state in the list without re-reading the whole list, so the
     * selection and the scroll position stay where they are.
     */
    void stateChanged(String id, boolean read, boolean starred) {
        ObservableList<ArticleRow> list = rows.get();
        if (list instanceof PagedArticles paged) {
            paged.stateChanged(id, read, starred);
            return;
        }
        if (searchRows != null) {
            searchRows.stateChanged(id, read, starred);
        }
    }

    /** Called when the user clicks a column header: from then on hits follow that order instead of rank. */
    void sortByUser(SortOrder newOrder, boolean newReversed) {
        userSorted = true;
        sortBy(newOrder, newReversed);
    }

    /** Back to the default order (date, newest first; search hits by rank). */
    void resetOrder() {
        userSorted = false;
        sortBy(SortOrder.DATE, false);
    }

    static String countText(int n, ArticleFilter f) {
        String what = Messages.format("status.count", n, f.unread() ? Messages.get("status.count.unread")
                : f.starred() ? Messages.get("status.count.starred") : "");
        if (f.series() != null) {
            what = Messages.format("status.count.series", what, f.series());
        }
        if (f.year() != null) {
            what = f.month() == null ? Messages.format("status.count.year", what, f.year().toString())
                    : Messages.format("status.count.month", what, String.format("%04d-%02d", f.year(), f.month()));
        }
        if (f.unknownYear()) {
            what = Messages.format("status.count.unknownYear", what);
        }
        return what;
    }

    static Comparator<ArticleSummary> comparator(SortOrder order, boolean reversed) {
        Comparator<ArticleSummary> newestFirst = Comparator.comparing(ArticleSummary::date, PublishDate.NEWEST_FIRST);
        Comparator<ArticleSummary> c = switch (order) {
            case DATE -> reversed ? Comparator.comparing(ArticleSummary::date,
                    Comparator.comparing((PublishDate d) -> !d.isYearKnown()).thenComparing(Comparator.naturalOrder()))
                    : newestFirst;
            case READERS -> Comparator.comparing((ArticleSummary a) -> a.readers() == null)
                    .thenComparing((ArticleSummary a) -> a.readers() == null ? 0 : a.readers(),
                            reversed ? Comparator.<Integer>naturalOrder() : Comparator.<Integer>reverseOrder())
                    .thenComparing(newestFirst);
            case TITLE -> Comparator.comparing(ArticleSummary::displayTitle,
                    reversed ? TitleOrder.COMPARATOR.reversed() : TitleOrder.COMPARATOR);
            case SERIES -> Comparator.comparing((ArticleSummary a) -> a.series() == null)
                    .thenComparing((ArticleSummary a) -> a.series() == null ? "" : a.series().series(),
                            reversed ? TitleOrder.COMPARATOR.reversed() : TitleOrder.COMPARATOR)
                    .thenComparingInt((ArticleSummary a) -> a.series() == null || a.series().part() == null
                            ? Integer.MAX_VALUE : a.series().part())
                    .thenComparing(newestFirst);
        };
        return c;
    }
}
