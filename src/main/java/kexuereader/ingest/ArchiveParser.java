package kexuereader.ingest;

import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Diagnostic;
import kexuereader.model.Entry;
import kexuereader.model.PublishDate;

/**
 * Parses format B, the home/archive page: blocks opened by a yearless date label ({@code 28 Feb}), holding an
 * optional title line, paragraphs separated by blank lines, and {@code 点击阅读全文...} at the end of an excerpt.
 * Years are not guessed here; the library fixes them from anchors.
 */
final class ArchiveParser {

    private final List<Line> lines;
    private final List<Diagnostic> diagnostics;

    private ArchiveParser(List<Line> lines, List<Diagnostic> diagnostics) {
        this.lines = lines;
        this.diagnostics = diagnostics;
    }

    static List<Entry> parse(List<Line> lines, List<Diagnostic> diagnostics) {
        return new ArchiveParser(lines, diagnostics).parse();
    }

    private List<Entry> parse() {
        List<Integer> labels = new ArrayList<>();
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (!labels.isEmpty() && PageChrome.isEndOfArticles(lines.get(i))) {
                end = i;
                break;
            }
            if (ArchiveLabel.parse(lines.get(i)) != null) {
                labels.add(i);
            }
        }
        boolean pageComplete = end < lines.size();
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            int from = labels.get(k);
            int to = k + 1 < labels.size() ? labels.get(k + 1) : end;
            boolean last = k + 1 == labels.size();
            Entry entry = block(from, to, last && !pageComplete);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** The entry of the block {@code [from, to)}, whose first line is its date label; null when unusable. */
    private Entry block(int from, int to, boolean mayBeCut) {
        Line labelLine = lines.get(from);
        ArchiveLabel label = ArchiveLabel.parse(labelLine);
        if (!PublishDate.isValid(null, label.month(), label.day())) {
            diagnostics.add(Diagnostic.warning(labelLine.number(), "archive.badDate", labelLine.text()));
            return null;
        }
        ParagraphBuilder builder = new ParagraphBuilder(true);
        boolean readMore = false;
        int i = from + 1;
        for (; i < to; i++) {
            Line line = lines.get(i);
            if (PageChrome.isReadMore(line)) {
                readMore = true;
                break;
            }
            builder.add(line.text());
        }
        List<String> paragraphs = new ArrayList<>(builder.paragraphs());
        if (paragraphs.isEmpty()) {
            diagnostics.add(Diagnostic.warning(labelLine.number(), "archive.noText", labelLine.text()));
            return null;
        }
        String title = null;
        String first = paragraphs.get(0);
        if (paragraphs.size() > 1 && TitleShape.couldBeTitle(first) && !TitleShape.looksLikeHeading(first)) {
            title = TextKeys.cleanTitle(first);
            paragraphs.remove(0);
        }
        if (!readMore && mayBeCut) {
            diagnostics.add(title == null
                    ? Diagnostic.warning(labelLine.number(), "archive.cut", labelLine.text())
                    : Diagnostic.warning(labelLine.number(), "archive.cut.titled", title));
        }
        return new Entry(labelLine.number(), title, PublishDate.yearless(label.month(), label.day()), null,
                paragraphs, readMore || mayBeCut);
    }
}
