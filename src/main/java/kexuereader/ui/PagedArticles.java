package kexuereader.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import kexuereader.model.ArticleSummary;

/**
 * The article list as the table sees it: its size from one count, its rows fetched a page at a time as the
 * table scrolls to them. A list of 100,000 articles costs the few pages on screen, not 100,000 rows. It never
 * changes; a new filter or order makes a new list.
 */
final class PagedArticles extends ObservableListBase<ArticleRow> {

    static final int PAGE = 200;
    private static final int CACHED_PAGES = 32;

    private final Library library;
    private final ArticleFilter filter;
    private final SortOrder order;
    private final boolean reversed;
    private final int size;
    private final Map<Integer, List<ArticleSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleSummary>> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    PagedArticles(Library library, ArticleFilter filter, SortOrder order, boolean reversed) {
        this.library = library;
        this.filter = filter;
        this.order = order;
        this.reversed = reversed;
        this.size = library.count(filter);
    }

    @Override
    public ArticleRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE;
        List<ArticleSummary> rows = pages.get(page);
        if (rows == null) {
            try {
                rows = library.list(filter, order, reversed, page * PAGE, PAGE);
            } catch (RuntimeException e) {
                // the table asks while drawing: a blank row now beats an error in the middle of a frame; the
                // next refresh (another process released the file, the window reopened it) shows the rows
                return null;
            }
            pages.put(page, rows);
        }
        int at = index - page * PAGE;
        // the library may have shrunk since the count (another process rebuilt it): show a blank row, not a crash
        return at < rows.size() ? new ArticleRow(rows.get(at), null) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Re-reads the row of an article whose state changed (read, starred) and tells the table, so only that row
     * is redrawn; the list keeps its place.
     */
    void refresh(String id) {
        for (Map.Entry<Integer, List<ArticleSummary>> page : pages.entrySet()) {
            List<ArticleSummary> rows = page.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(id)) {
                    int index = page.getKey() * PAGE + i;
                    pages.remove(page.getKey());
                    beginChange();
                    nextUpdate(index);
                    endChange();
                    return;
                }
            }
        }
    }

    /** The position of an article in this list, looking at most {@code limit} rows ahead; -1 when not found. */
    int indexOf(String id, int limit) {
        for (int i = 0; i < Math.min(size, limit); i++) {
            ArticleRow row = get(i);
            if (row != null && row.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
