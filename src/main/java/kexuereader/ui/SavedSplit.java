package kexuereader.ui;

import java.util.function.BooleanSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Two panes split at a saved fraction of the width, which only the user's drag of the divider changes. A plain
 * SplitPane shares a resize by its own rules (a sidebar kept the pixels of a small first layout; leaving the
 * reading mode, which re-adds the panes while the window leaves full screen, left it at zero), and the positions
 * its layout makes would be saved as the user's. Here each new width is laid out at the saved fraction (within
 * the panes' minimum widths), once the pane's own layout of that width is done.
 */
final class SavedSplit extends SplitPane {

    private final DoubleProperty fraction;
    private final BooleanSupplier saving;
    private boolean dragging;
    /** The width last laid out at the saved fraction; NaN to lay the next one out so. */
    private double placedAt = Double.NaN;

    /**
     * @param fraction where the divider is kept, saved when the user drags it
     * @param saving   whether a drag now is the user's choice (not while the reading mode is on)
     */
    SavedSplit(DoubleProperty fraction, BooleanSupplier saving) {
        this.fraction = fraction;
        this.saving = saving;
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = ownDivider(e.getTarget()));
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging && saving.getAsBoolean() && !getDividers().isEmpty()) {
                fraction.set(getDividerPositions()[0]);
                placedAt = getWidth();
            }
            dragging = false;
        });
    }

    /** Puts the divider back at the saved fraction (new items, or back from the reading mode). */
    void restore() {
        placedAt = Double.NaN;
        setDividerPositions(fraction.get());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!dragging && !getDividers().isEmpty() && getWidth() > 0 && getWidth() != placedAt) {
            // the skin has shared this width its way: the saved fraction is laid out at the next pulse
            placedAt = getWidth();
            setDividerPositions(fraction.get());
        }
    }

    /** Whether a mouse event's target is this pane's divider (not that of a pane inside it). */
    private boolean ownDivider(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null && n != this; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return n.getParent() == this;
            }
        }
        return false;
    }
}
