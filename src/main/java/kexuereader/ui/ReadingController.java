package kexuereader.ui;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import kexuereader.library.Library;
import kexuereader.library.UserState;
import kexuereader.model.Article;
import kexuereader.reading.SeriesPosition;

/**
 * Opens articles in the reading pane: the page is read and rendered on the service's page lane and shown
 * when it is the latest one asked for; the shown page marks the article read; the reading position is kept
 * a little after it is reported and when leaving the article. When another process re-derives the open
 * article under a new id, {@link #follow()} finds it again by one of its entries.
 */
final class ReadingController {

    /** What the controller tells the rest of the window. */
    interface Window {
        /** The article being opened, for the list to select it. */
        void opening(String id);

        /** The shown article's title, for the window's title bar. */
        void titled(String title);

        void problem(String message);
    }

    /** An article's page as read and rendered off the FX thread, with its stored state and its anchor entry. */
    record Page(ReaderPages.Built built, UserState state, OptionalLong anchor) {

        /** Reads and renders an article's page; empty when the library holds no such article. Off the FX thread. */
        static Optional<Page> read(Library library, ReaderPages pages, String id, List<String> highlight) {
            UserState state = library.userState(id);
            // its formulas are rendered first where the page opens: where reading stopped, or a search match
            Optional<ReaderPages.Built> built = pages.build(id, highlight, state.position());
            return built.map(b -> new Page(b, state, library.anchorEntry(id)));
        }
    }

    private final LibraryService service;
    private final ReaderPages pages;
    private final ReadingView reading;
    private final FindBar findBar;
    private final ArticleStateModel state;
    private final Settings settings;
    private final Window window;
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current");
    private final ReadOnlyObjectWrapper<SeriesPosition> series = new ReadOnlyObjectWrapper<>(this, "series");
    private final PauseTransition positionDelay = new PauseTransition(Duration.seconds(2));
    private Article article;
    private long anchor = -1;
    /** Counts the pages asked for; read by the page lane too, to stop filling a page the reader has left. */
    private volatile long generation;
    private String positionOf;
    private String position;
    private boolean closed;

    ReadingController(LibraryService service, ReaderPages pages, ReadingView reading, FindBar findBar,
                      ArticleStateModel state, Settings settings, Window window) {
        this.service = service;
        this.pages = pages;
        this.reading = reading;
        this.findBar = findBar;
        this.state = state;
        this.settings = settings;
        this.window = window;
        positionDelay.setOnFinished(e -> persistPosition());
        reading.loadedIdProperty().addListener((obs, was, now) -> {
            if (now != null) {
                pageShown(now);
            }
        });
    }

    /** The article the window opened by itself, not read until the reader scrolls in it; or null. */
    private String unasked;

    /** The id of the article opened last (its page may still be on its way), or null. */
    ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    String currentId() {
        return current.get();
    }

    /** The open article as last read, or null. */
    Article article() {
        return article;
    }

    /** Where the open article stands in its series, or null. */
    ReadOnlyObjectProperty<SeriesPosition> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    /** Opens an article the reader asked for; {@code highlight} are the search terms to mark in it. */
    void open(String id, List<String> highlight) {
        open(id, highlight, true);
    }

    /**
     * Opens an article; one the window showed by itself ({@code asked} false: the first of the list on a first
     * start) counts as read only once the reader scrolls in it, as NetNewsWire marks what the reader selects.
     */
    void open(String id, List<String> highlight, boolean asked) {
        if (id == null || closed) {
            return;
        }
        unasked = asked ? null : id;
        persistPosition();
        current.set(id);
        state.opening(id);
        settings.lastArticleProperty().set(id);
        window.opening(id);
        long gen = ++generation;
        StartupTrace.mark("page asked " + id);
        service.call(LibraryService.Lane.PAGE, library -> {
            Optional<Page> page = Page.read(library, pages, id, highlight);
            StartupTrace.mark("page built " + id);
            return page;
        }, page -> {
            if (gen != generation) {
                return; // the user has moved on
            }
            if (page.isEmpty()) {
                reading.clear();
                return;
            }
            Page p = page.get();
            reading.show(id, p.built().html(), p.state().position());
            shown(id, p);
            fill(id, gen, p.built().rest());
        }, e -> window.problem(Messages.format("banner.article.failed", e.getMessage())));
    }

    /**
     * Renders the formulas the page left out of its first screen, a batch per call on the page lane (so a page
     * asked for meanwhile waits for one batch at most), and hands each to the page.
     */
    private void fill(String id, long gen, kexuereader.reading.DeferredFormulas rest) {
        if (rest.left() == 0) {
            return;
        }
        service.call(LibraryService.Lane.PAGE, library -> gen == generation ? rest.nextBatch(ReaderPages.FILL_BATCH)
                : null, script -> {
                    if (gen != generation || script == null) {
                        return;
                    }
                    reading.fill(id, script);
                    fill(id, gen, rest);
                }, e -> window.problem(Messages.format("banner.article.failed", e.getMessage())));
    }

    /**
     * Takes over the page the start-up showed in the reading pane before the window existed (built by
     * {@link Page#read}, shown with its stored position), as if {@code open(id, no terms, asked)} had shown it.
     */
    void adopt(String id, Page page, boolean asked) {
        if (closed) {
            return;
        }
        unasked = asked ? null : id;
        current.set(id);
        state.opening(id);
        settings.lastArticleProperty().set(id);
        window.opening(id);
        long gen = ++generation;
        shown(id, page);
        fill(id, gen, page.built().rest());
        if (id.equals(reading.loadedIdProperty().get())) {
            pageShown(id); // loaded before the window listened
        }
    }

    private void shown(String id, Page p) {
        article = p.built().article();
        anchor = p.anchor().orElse(-1);
        series.set(p.built().series());
        state.known(id, p.state());
        window.titled(article.displayTitle());
    }

    /** Opens a series neighbour of the open article: -1 the previous part, 1 the next. */
    void openSeriesNeighbour(int direction, List<String> highlight) {
        SeriesPosition s = series.get();
        if (s == null) {
            return;
        }
        var target = direction < 0 ? s.previous() : s.next();
        if (target != null) {
            open(target.id(), highlight);
        }
    }

    /**
     * After the library changed: when the open article no longer exists under its id (another process derived
     * it again under a new one), opens it under the id of the article now holding its entry.
     */
    void follow(Consumer<String> moved) {
        String id = current.get();
        long entry = anchor;
        if (id == null || entry < 0 || closed) {
            return;
        }
        service.read(library -> library.article(id).isPresent() ? id : library.articleHolding(entry).orElse(id),
                now -> {
                    if (!now.equals(id) && id.equals(current.get())) {
                        state.moved(id, now);
                        if (id.equals(positionOf)) {
                            positionOf = now;
                        }
                        open(now, List.of());
                        moved.accept(now);
                    }
                });
    }

    /** A page finished loading: the article counts as read, and a showing find bar searches it. */
    private void pageShown(String id) {
        if (closed) {
            return; // a page that finished loading after the window closed
        }
        position = null;
        positionOf = id;
        findBar.refresh();
        if (id.equals(state.id()) && !id.equals(unasked)) {
            state.markRead();
        }
    }

    /** The page reports where reading stands; it is kept a little later, and when leaving the article. */
    void positionReported(String where) {
        if (closed) {
            return;
        }
        if (positionOf != null && positionOf.equals(current.get())) {
            if (positionOf.equals(unasked) && positionOf.equals(state.id())) {
                unasked = null; // the reader scrolls in the article the window showed: now it is read
                state.markRead();
            }
            position = where;
            positionDelay.playFromStart();
        }
    }

    /** The position last reported for the open article and not kept yet, or null. */
    String reportedPosition() {
        return position;
    }

    private void persistPosition() {
        positionDelay.stop();
        String id = positionOf;
        String where = position;
        position = null;
        if (id != null && where != null && !closed) {
            state.savePosition(id, where);
        }
    }

    /** Keeps the last position; opens nothing afterwards. */
    void shutdown() {
        persistPosition();
        closed = true;
        positionDelay.stop();
    }
}
