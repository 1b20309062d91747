package kexuereader.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The articles read in this window, in order, for back and forward as a browser has them: opening an article
 * (from the list, a 《》 link, a series neighbour) adds it after the current one and drops what was ahead;
 * going back or forward moves along without adding. Needs no toolkit.
 */
final class ReadingHistory {

    /** Enough for a day's reading; the oldest go first. */
    static final int LIMIT = 500;

    private final List<String> ids = new ArrayList<>();
    private int at = -1;
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack", false);
    private final ReadOnlyBooleanWrapper canForward = new ReadOnlyBooleanWrapper(this, "canForward", false);

    /** An article was opened by the reader's choice (not by back or forward). */
    void visit(String id) {
        if (id == null || (at >= 0 && ids.get(at).equals(id))) {
            return;
        }
        ids.subList(at + 1, ids.size()).clear();
        ids.add(id);
        if (ids.size() > LIMIT) {
            ids.remove(0);
        }
        at = ids.size() - 1;
        update();
    }

    /** The article before the current one, now current; null when there is none. */
    String back() {
        if (at <= 0) {
            return null;
        }
        at--;
        update();
        return ids.get(at);
    }

    /** The article after the current one, now current; null when there is none. */
    String forward() {
        if (at >= ids.size() - 1) {
            return null;
        }
        at++;
        update();
        return ids.get(at);
    }

    /** The open article got a new id (another process re-derived it): the history follows it. */
    void renamed(String from, String to) {
        ids.replaceAll(id -> id.equals(from) ? to : id);
    }

    ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canForwardProperty() {
        return canForward.getReadOnlyProperty();
    }

    private void update() {
        canBack.set(at > 0);
        canForward.set(at < ids.size() - 1);
    }
}
