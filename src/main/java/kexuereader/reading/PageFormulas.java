package kexuereader.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kexuereader.math.MathEngine;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One page's formulas while the page is built: each goes in as a placeholder with what renders it, and once the
 * page is whole they are rendered in place — all of them for a file, or for the reading pane only a screenful
 * where the reader will look first (the top, where reading stopped, the first search match), the others left to
 * {@link DeferredFormulas} for after the page shows. A 500-formula article then reaches the screen at the cost of
 * its text and a screenful of formulas, not of all its SVG.
 */
final class PageFormulas {

    private final MathEngine.Page budget;
    private final List<Pending> pending = new ArrayList<>();

    /** One formula not rendered yet: its placeholder in the page and what renders it into a parent element. */
    record Pending(Element placeholder, Consumer<Element> render) {

        /** Renders the formula where its placeholder stands. */
        void renderInPlace() {
            Element holder = new Element("div");
            render.accept(holder);
            for (Node n : new ArrayList<>(holder.childNodes())) {
                placeholder.before(n);
            }
            placeholder.remove();
        }
    }

    PageFormulas(MathEngine.Page budget) {
        this.budget = budget;
    }

    MathEngine.Page budget() {
        return budget;
    }

    /** Puts a formula into {@code parent} as {@code placeholder}, to be rendered once the page is whole. */
    void add(Element parent, Element placeholder, Consumer<Element> render) {
        parent.appendChild(placeholder);
        pending.add(new Pending(placeholder, render));
    }

    /** Renders every formula in place. */
    void renderAll() {
        for (Pending p : pending) {
            p.renderInPlace();
        }
        pending.clear();
    }

    /**
     * Renders in place the first {@code eager} formulas from the body's block {@code fromBlock} on (a child of
     * {@code body}), and numbers the placeholders of the others for {@link DeferredFormulas}: those after the
     * rendered ones first, then those above them.
     */
    DeferredFormulas renderFrom(Element body, int fromBlock, int eager) {
        List<Pending> later = new ArrayList<>();
        List<Pending> above = new ArrayList<>();
        int rendered = 0;
        for (Pending p : pending) {
            if (blockOf(body, p.placeholder()) < fromBlock) {
                above.add(p);
            } else if (rendered < eager) {
                rendered++;
                p.renderInPlace();
            } else {
                later.add(p);
            }
        }
        pending.clear();
        later.addAll(above);
        for (int i = 0; i < later.size(); i++) {
            later.get(i).placeholder().attr("data-fill", Integer.toString(i));
        }
        return new DeferredFormulas(later);
    }

    /** The index of the body's child that holds {@code e}; -1 when outside the body (the header). */
    static int blockOf(Element body, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.parent() == body) {
                return x.elementSiblingIndex();
            }
        }
        return -1;
    }
}
