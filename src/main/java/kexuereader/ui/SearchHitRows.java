package kexuereader.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;
import kexuereader.model.ArticleSummary;

/**
 * The hits of a search as the table sees them: every hit's row at once, its snippet read a page at a time as the
 * table shows the rows. A query matching most of the library then reads the bodies of the rows on screen, not of
 * 2,000 hits. A row whose snippet is on its way shows an empty snippet line, so the row keeps its height; when
 * the page arrives the table is told those rows changed. The list's size and order never change.
 */
final class SearchHitRows extends ObservableListBase<ArticleRow> {

    static final int PAGE = 40;

    private final int page;
    private final LibraryService service;
    private final String query;
    private final List<ArticleSummary> articles;
    private final Map<String, String> snippets = new HashMap<>();
    private final Set<Integer> asked = new HashSet<>();
    /** False once the window shows another list: its pages still queued are then not read. */
    private volatile boolean shown = true;

    SearchHitRows(LibraryService service, String query, List<ArticleSummary> articles) {
        this(service, query, articles, PAGE);
    }

    SearchHitRows(LibraryService service, String query, List<ArticleSummary> articles, int page) {
        this.page = page;
        this.service = service;
        this.query = query;
        this.articles = new ArrayList<>(articles);
    }

    @Override
    public ArticleRow get(int index) {
        ArticleSummary a = articles.get(index);
        String snippet = snippets.get(a.id());
        if (snippet == null) {
            ask(index / page);
            snippet = snippets.getOrDefault(a.id(), ""); // a direct service has answered already
        }
        return new ArticleRow(a, snippet);
    }

    @Override
    public int size() {
        return articles.size();
    }

    /** The row of an article, or -1; reads no snippet. */
    int indexOf(String id) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The article of a row, without asking for its snippet. */
    ArticleSummary article(int index) {
        return articles.get(index);
    }

    /** Shows an article's new read or starred state in its row, and tells the table that row changed. */
    void stateChanged(String id, boolean read, boolean starred) {
        int i = indexOf(id);
        if (i >= 0) {
            articles.set(i, articles.get(i).withState(read, starred));
            beginChange();
            nextUpdate(i);
            endChange();
        }
    }

    /** The window shows another list now: pages not yet read are dropped. */
    void discard() {
        shown = false;
    }

    private void ask(int number) {
        if (!asked.add(number)) {
            return;
        }
        int from = number * page;
        int to = Math.min(articles.size(), from + page);
        List<String> ids = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            ids.add(articles.get(i).id());
        }
        service.call(LibraryService.Lane.SEARCH, library -> shown ? library.snippets(query, ids) : Map.<String, String>of(),
                found -> {
                    for (String id : ids) {
                        // an article gone from the library since the search keeps an empty line
                        snippets.put(id, found.getOrDefault(id, ""));
                    }
                    beginChange();
                    for (int i = from; i < to; i++) {
                        nextUpdate(i);
                    }
                    endChange();
                }, e -> { }); // the rows keep their empty lines: asking again at every redraw would not help
    }
}
