package kexuereader.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.collections.ObservableListBase;
import kexuereader.library.ArticleFilter;
import kexuereader.library.SortOrder;
import kexuereader.model.ArticleSummary;

/**
 * The article list as the table sees it: its size from one count, its rows fetched a page at a time as the
 * table scrolls to them. A list of 100,000 articles costs the few pages on screen, not 100,000 rows. A page
 * not yet read shows blank rows while the library reads it off the FX thread; when it arrives the table is
 * told those rows changed. Its size and order never change; a new filter or order makes a new list.
 */
final class PagedArticles extends ObservableListBase<ArticleRow> {

    static final int PAGE = 200;
    private static final int CACHED_PAGES = 32;

    /** What the list holds when it is made: its size and its first page, read together off the FX thread. */
    record Start(int size, List<ArticleSummary> firstPage) {

        static Start read(kexuereader.library.Library library, ArticleFilter filter, SortOrder order,
                          boolean reversed) {
            int size = library.count(filter);
            return new Start(size, size == 0 ? List.of() : library.list(filter, order, reversed, 0, PAGE));
        }
    }

    private final LibraryService service;
    private final ArticleFilter filter;
    private final SortOrder order;
    private final boolean reversed;
    private final int size;
    private final Set<Integer> asked = new HashSet<>();
    private final Map<Integer, List<ArticleSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleSummary>> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    PagedArticles(LibraryService service, ArticleFilter filter, SortOrder order, boolean reversed, Start start) {
        this.service = service;
        this.filter = filter;
        this.order = order;
        this.reversed = reversed;
        this.size = start.size();
        if (!start.firstPage().isEmpty()) {
            pages.put(0, start.firstPage());
        }
    }

    @Override
    public ArticleRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE;
        List<ArticleSummary> rows = pages.get(page);
        if (rows == null) {
            ask(page);
            return null; // a blank row until the page arrives
        }
        int at = index - page * PAGE;
        // the library may have shrunk since the count (another process rebuilt it): show a blank row, not a crash
        return at < rows.size() ? new ArticleRow(rows.get(at), null) : null;
    }

    private void ask(int page) {
        if (!asked.add(page)) {
            return;
        }
        service.read(library -> library.list(filter, order, reversed, page * PAGE, PAGE), rows -> {
            asked.remove(page);
            pages.put(page, rows);
            int from = page * PAGE;
            int to = Math.min(size, from + PAGE);
            beginChange();
            for (int i = from; i < to; i++) {
                nextUpdate(i);
            }
            endChange();
        });
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Shows an article's new read or starred state in its row, if the row is loaded, and tells the table, so
     * only that row is redrawn; the list keeps its place and nothing is read again.
     */
    void stateChanged(String id, boolean read, boolean starred) {
        for (Map.Entry<Integer, List<ArticleSummary>> page : pages.entrySet()) {
            List<ArticleSummary> rows = page.getValue();
            for (int i = 0; i < rows.size(); i++) {
                ArticleSummary a = rows.get(i);
                if (a.id().equals(id)) {
                    List<ArticleSummary> changed = new java.util.ArrayList<>(rows);
                    changed.set(i, a.withState(read, starred));
                    page.setValue(List.copyOf(changed));
                    beginChange();
                    nextUpdate(page.getKey() * PAGE + i);
                    endChange();
                    return;
                }
            }
        }
    }

    /**
     * Finds an article in this list, looking at most {@code limit} rows ahead, off the FX thread; {@code found}
     * gets its position, or -1.
     */
    void locate(String id, int limit, IntConsumer found) {
        for (Map.Entry<Integer, List<ArticleSummary>> page : pages.entrySet()) {
            List<ArticleSummary> rows = page.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(id)) {
                    found.accept(page.getKey() * PAGE + i);
                    return;
                }
            }
        }
        locateInLibrary(a -> a.id().equals(id), limit, found);
    }

    /** The position of the first row {@code wanted} accepts within {@code limit} rows, or -1, as {@link #locate(String, int, IntConsumer)}. */
    void locateFirst(java.util.function.Predicate<ArticleSummary> wanted, int limit, IntConsumer found) {
        for (int p = 0; pages.containsKey(p); p++) { // the pages read so far from the top answer without the library
            List<ArticleSummary> rows = pages.get(p);
            for (int i = 0; i < rows.size(); i++) {
                if (wanted.test(rows.get(i))) {
                    found.accept(p * PAGE + i);
                    return;
                }
            }
        }
        locateInLibrary(wanted, limit, found);
    }

    private void locateInLibrary(java.util.function.Predicate<ArticleSummary> wanted, int limit, IntConsumer found) {
        service.read(library -> {
            for (int from = 0; from < Math.min(size, limit); from += PAGE) {
                List<ArticleSummary> rows = library.list(filter, order, reversed, from, PAGE);
                for (int i = 0; i < rows.size(); i++) {
                    if (wanted.test(rows.get(i))) {
                        return from + i;
                    }
                }
            }
            return -1;
        }, found::accept);
    }
}
