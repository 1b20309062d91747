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
    private StringBuilder current;

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
        if (current == null) {
            current = new StringBuilder(line);
        } else {
            current.append('\n').append(line);
        }
        boolean open = math.feed(line);
        if (!open && !blankLineSeparated) {
            close();
        }
    }

    private void close() {
        if (current != null) {
            paragraphs.add(current.toString());
            current = null;
        }
        math.reset();
    }

    List<String> paragraphs() {
        close();
        return List.copyOf(paragraphs);
    }
}
