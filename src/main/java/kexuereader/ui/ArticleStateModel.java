package kexuereader.ui;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import kexuereader.library.UserState;

/**
 * The read and star state of the open article. A change shows at once (optimistic) and is written as one
 * transaction (read and star together) on the service's write lane, in the order the user made it; each write
 * applies its change to what is stored then, so a quick U-U, or U right after opening, is never lost. When
 * the last pending write is kept, its stored result is what the model shows.
 */
final class ArticleStateModel {

    /** Where a state shows besides this model: the list's row, the sidebar's counts. */
    interface Shown {
        /** The state of an article changed (optimistically, or as stored). */
        void state(String id, UserState state);

        /** A change was kept: counts that depend on it may be read again. */
        void kept();
    }

    private final LibraryService service;
    private final Shown shown;
    private final Consumer<String> problem;
    private final ReadOnlyObjectWrapper<UserState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private String id;
    private int pending;

    ArticleStateModel(LibraryService service, Shown shown, Consumer<String> problem) {
        this.service = service;
        this.shown = shown;
        this.problem = problem;
    }

    /** The state of the open article as shown; null while not yet known. */
    ReadOnlyObjectProperty<UserState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    String id() {
        return id;
    }

    /** An article is being opened; its state comes with its page ({@link #known}). */
    void opening(String articleId) {
        if (!articleId.equals(id)) {
            id = articleId;
            pending = 0;
            state.set(null);
        }
    }

    /** The open article was re-derived under another id (by another process): its state follows it. */
    void moved(String from, String to) {
        if (from.equals(id)) {
            id = to;
        }
    }

    /** The stored state of an article, read with its page; ignored when a change of ours is still on its way. */
    void known(String articleId, UserState stored) {
        if (articleId.equals(id) && pending == 0) {
            state.set(stored);
        }
    }

    /** The page was shown: the article counts as read. */
    void markRead() {
        UserState s = state.get();
        if (s == null || !s.read()) {
            change(x -> new UserState(true, x.starred(), x.position()));
        }
    }

    void toggleRead() {
        change(x -> new UserState(!x.read(), x.starred(), x.position()));
    }

    void toggleStar() {
        change(x -> new UserState(x.read(), !x.starred(), x.position()));
    }

    /** Remembers where reading an article stopped; a position is a convenience, so a failure is not reported. */
    void savePosition(String articleId, String position) {
        if (service.library().isReadOnly()) {
            return;
        }
        service.call(LibraryService.Lane.WRITE, library -> library.updateState(articleId,
                x -> new UserState(x.read(), x.starred(), position)), kept -> { }, e -> { });
    }

    private void change(UnaryOperator<UserState> change) {
        String target = id;
        if (target == null || service.library().isReadOnly()) {
            return;
        }
        UserState now = state.get();
        if (now != null) {
            UserState next = change.apply(now);
            state.set(next);
            shown.state(target, next);
        }
        pending++;
        service.call(LibraryService.Lane.WRITE, library -> library.updateState(target, change), stored -> {
            if (target.equals(id) && --pending == 0) {
                state.set(stored);
            }
            shown.state(target, stored);
            shown.kept();
        }, e -> {
            if (target.equals(id)) {
                pending = Math.max(0, pending - 1);
            }
            problem.accept(Messages.format("banner.state.failed", e.getMessage()));
        });
    }
}
