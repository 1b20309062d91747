package kexuereader.reading;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * The formulas of a reading-pane page left out of its first screen, rendered a batch at a time after the page is
 * on view. Each batch is a script call for the page ({@code window.kexueFill}), which puts every formula in place
 * of its placeholder and keeps what the reader is looking at where it is. Not thread-safe: one thread renders the
 * batches in turn.
 */
public final class DeferredFormulas {

    private final List<PageFormulas.Pending> pending;
    private int next;
    private final Document scratch = Document.createShell("");

    DeferredFormulas(List<PageFormulas.Pending> pending) {
        this.pending = pending;
        scratch.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
    }

    /** How many formulas are still to render. */
    public int left() {
        return pending.size() - next;
    }

    /**
     * Renders the next {@code max} formulas and returns the script that puts them into the page, e.g.
     * {@code window.kexueFill([[12,"<span …>"],…])}; null when none is left.
     */
    public String nextBatch(int max) {
        if (left() == 0) {
            return null;
        }
        StringBuilder js = new StringBuilder("window.kexueFill([");
        int end = Math.min(pending.size(), next + Math.max(1, max));
        for (int i = next; i < end; i++) {
            PageFormulas.Pending p = pending.get(i);
            Element holder = scratch.body().appendElement("div");
            p.render().accept(holder);
            StringBuilder html = new StringBuilder();
            for (Node n : holder.childNodes()) {
                html.append(n.outerHtml());
            }
            holder.remove();
            js.append(i > next ? "," : "").append('[').append(i).append(',');
            ScriptText.append(js, html.toString());
            js.append(']');
        }
        next = end;
        return js.append("]);").toString();
    }
}
