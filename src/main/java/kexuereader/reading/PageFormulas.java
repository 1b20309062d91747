package kexuereader.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kexuereader.math.MathEngine;
import org.jsoup.nodes.Element;

/**
 * How one page's formulas go in. A page for a file renders them all; a reading-pane page renders the first
 * {@code eager} at once and puts a placeholder for each later one, which {@link DeferredFormulas} renders after the
 * first screen is on view. A 500-formula article then reaches the screen at the cost of its text and a screenful
 * of formulas, not of all its SVG.
 */
final class PageFormulas {

    private final MathEngine.Page budget;
    private final int eager;
    private int rendered;
    private final List<Pending> pending = new ArrayList<>();

    /** One formula left for later: its placeholder's number and what renders it into a parent element. */
    record Pending(int id, Consumer<Element> render) {
    }

    private PageFormulas(MathEngine.Page budget, int eager) {
        this.budget = budget;
        this.eager = eager;
    }

    /** Every formula rendered as the page is built. */
    static PageFormulas all(MathEngine.Page budget) {
        return new PageFormulas(budget, Integer.MAX_VALUE);
    }

    /** The first {@code eager} formulas rendered as the page is built, the others left as placeholders. */
    static PageFormulas firstScreen(MathEngine.Page budget, int eager) {
        return new PageFormulas(budget, eager);
    }

    MathEngine.Page budget() {
        return budget;
    }

    /**
     * Puts a formula into {@code parent}: rendered now while the first screen's share lasts, else as
     * {@code placeholder} (numbered with {@code data-fill}) with the rendering kept for later.
     */
    void add(Element parent, Element placeholder, Consumer<Element> render) {
        if (rendered < eager) {
            rendered++;
            render.accept(parent);
            return;
        }
        int id = pending.size();
        parent.appendChild(placeholder.attr("data-fill", Integer.toString(id)));
        pending.add(new Pending(id, render));
    }

    /** The formulas left for later, in page order. */
    List<Pending> pending() {
        return List.copyOf(pending);
    }
}
