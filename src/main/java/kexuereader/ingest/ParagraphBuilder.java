package kexuereader.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers body lines into paragraphs. On a listing page every line is a paragraph; on the archive page blank
 * lines separate paragraphs. Either way, display math that spans lines stays in one paragraph, its lines
 * joined by a newline as published.
 */
final class ParagraphBuilder {

    private final boolean blankLineSeparated;
    private final List<String> paragraphs = new ArrayList<>();
    private final MathBalance math = new MathBalance();
    /** The lines of the paragraph being gathered; joined once when it closes. */
    private final List<String> current = new ArrayList<>();

    /**
     * @param blankLineSeparated true for the archive page (paragraphs end at a blank line), false for the
     *                           listing page (paragraphs end at every line)
     */
    ParagraphBuilder(boolean blankLineSeparated) {
        this.blankLineSeparated = blankLineSeparated;
    }

    void add(String line) {
        if (line.isEmpty()) {
            if (!math.isOpen()) {
                close();
            }
            return;
        }
        current.add(line);
        boolean open = math.feed(line);
        if (!open && !blankLineSeparated) {
            close();
        }
    }

    private void close() {
        if (!current.isEmpty()) {
            paragraphs.add(current.size() == 1 ? current.get(0) : String.join("\n", current));
            current.clear();
        }
        math.reset();
    }

    List<String> paragraphs() {
        close();
        return List.copyOf(paragraphs);
    }
}
