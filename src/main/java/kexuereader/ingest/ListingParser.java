package kexuereader.ingest;

import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Diagnostic;
import kexuereader.model.Entry;

/**
 * Parses format A, the listing page: each entry is a title line, the {@code By … | date | N位读者 | 引用…} line
 * under it, and the excerpt's lines up to the next title. The page's articles end at {@code 最近评论}.
 */
final class ListingParser {

    private final List<Line> lines;
    private final List<Diagnostic> diagnostics;

    private ListingParser(List<Line> lines, List<Diagnostic> diagnostics) {
        this.lines = lines;
        this.diagnostics = diagnostics;
    }

    static List<Entry> parse(List<Line> lines, List<Diagnostic> diagnostics) {
        return new ListingParser(lines, diagnostics).parse();
    }

    /** A header line found in the page, with the title line above it (-1 when there is none). */
    private record Slot(int header, int title, boolean untitled, ListingHeader.Parse parse) {
    }

    private List<Entry> parse() {
        int end = endOfArticles();
        boolean complete = end < lines.size();
        List<Slot> slots = findSlots(end);
        if (!complete) {
            end = dropCutHeader(end, slots);
        }
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < slots.size(); k++) {
            Slot slot = slots.get(k);
            int bodyEnd = k + 1 < slots.size() ? boundaryOf(slots.get(k + 1)) : end;
            if (slot.parse() instanceof ListingHeader.Broken broken) {
                diagnostics.add(Diagnostic.warning(lines.get(slot.header()).number(),
                        "listing.header." + broken.reason(), broken.detail()));
                continue;
            }
            ListingHeader header = ((ListingHeader.Header) slot.parse()).header();
            if (slot.title() < 0 && !slot.untitled()) {
                diagnostics.add(Diagnostic.warning(lines.get(slot.header()).number(),
                        "listing.by.untitled"));
                continue;
            }
            ParagraphBuilder body = new ParagraphBuilder(false);
            body.add(header.rest());
            for (int i = slot.header() + 1; i < bodyEnd; i++) {
                Line line = lines.get(i);
                String repeated = repeatedHeaderText(line, header);
                if (repeated != null) {
                    if (!repeated.isEmpty()) {
                        body.add(repeated);
                    }
                    continue;
                }
                if (!PageChrome.isReadMore(line)) {
                    body.add(line.text());
                }
            }
            if (slot.untitled()) {
                // with neither title nor text the entry would be an article no one can recognise
                boolean empty = body.paragraphs().isEmpty();
                diagnostics.add(Diagnostic.warning(lines.get(slot.header()).number(), empty
                        ? "listing.by.empty" : "listing.by.afterParagraph"));
                if (empty) {
                    continue;
                }
            }
            Line first = lines.get(slot.untitled() ? slot.header() : slot.title());
            entries.add(new Entry(first.number(), slot.untitled() ? null : TextKeys.cleanTitle(first.text()), header.date(),
                    header.readers(), body.paragraphs(), true));
        }
        if (!complete && !entries.isEmpty()) {
            Entry last = entries.get(entries.size() - 1);
            diagnostics.add(last.title() == null
                    ? Diagnostic.warning(last.line(), "listing.cut.untitled", PageChrome.RECENT_COMMENTS)
                    : Diagnostic.warning(last.line(), "listing.cut", PageChrome.RECENT_COMMENTS, last.title()));
        }
        return entries;
    }

    /** Index of the {@code 最近评论} line after the first header, or the number of lines when absent. */
    private int endOfArticles() {
        boolean seenHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (ListingHeader.looksLikeStart(line)) {
                seenHeader = true;
            } else if (seenHeader && PageChrome.isEndOfArticles(line)) {
                return i;
            }
        }
        return lines.size();
    }

    private List<Slot> findSlots(int end) {
        List<Slot> slots = new ArrayList<>();
        int previousHeader = -1;
        ListingHeader previous = null;
        for (int i = 0; i < end; i++) {
            ListingHeader.Parse parse = ListingHeader.parse(lines.get(i));
            if (parse instanceof ListingHeader.NotHeader) {
                continue;
            }
            int title = titleAbove(i, previousHeader);
            if (title >= 0 && ListingHeader.looksLikeStart(lines.get(title))) {
                // the line above is a 'By …' line already ignored as a repeat: a third copy has no title either
                title = -1;
            }
            if (title < 0 && previous != null && parse instanceof ListingHeader.Header h
                    && h.header().date().equals(previous.date())) {
                // the same "By …" line twice: a glitch of the dump, not a new entry
                diagnostics.add(Diagnostic.note(lines.get(i).number(), "listing.by.repeated"));
                continue;
            }
            boolean untitled = false;
            if (title >= 0 && !looksLikeTitleLine(lines.get(title))) {
                // no title line: the line above is the previous excerpt's last paragraph
                untitled = true;
                title = -1;
            }
            slots.add(new Slot(i, title, untitled, parse));
            previousHeader = i;
            previous = parse instanceof ListingHeader.Header h ? h.header() : null;
        }
        return slots;
    }

    /** A title is one short line that is not a sentence: the blog's titles never end with a full stop. */
    private static boolean looksLikeTitleLine(Line line) {
        String n = line.normalized();
        return n.codePointCount(0, n.length()) <= TitleShape.MAX_TITLE && !n.endsWith("。")
                && !ListingHeader.looksLikeStart(line);
    }

    /** The nearest non-blank line above {@code header} and below the previous header, or -1. */
    private int titleAbove(int header, int previousHeader) {
        for (int i = header - 1; i > previousHeader; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Where the body of the entry before {@code next} stops: at next's title line, or its header. */
    private static int boundaryOf(Slot next) {
        return next.title() >= 0 ? next.title() : next.header();
    }

    /**
     * For a repeat of the entry's 'By …' line (same date), the text glued to its 引用 that the first copy lacks
     * ("" when none); {@code null} when the line is not such a repeat. The repeat itself is never body text.
     */
    private static String repeatedHeaderText(Line line, ListingHeader header) {
        if (!(ListingHeader.parse(line) instanceof ListingHeader.Header h) || !h.header().date().equals(header.date())) {
            return null;
        }
        String rest = h.header().rest();
        return rest.equals(header.rest()) ? "" : rest;
    }

    /**
     * A file cut inside the last entry's title or header leaves a fragment such as {@code By 苏剑林 | 2024-0}
     * at its end. Dropping it (and the title above it) keeps it out of the previous entry's body.
     */
    private int dropCutHeader(int end, List<Slot> slots) {
        int last = end - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last < 0) {
            return end;
        }
        Line line = lines.get(last);
        String n = line.normalized();
        boolean cutHeader = n.length() <= 80 && (n.equals("By") || n.equals("B") || n.startsWith("By "))
                && !(ListingHeader.parse(line) instanceof ListingHeader.Header);
        if (!cutHeader) {
            return end;
        }
        if (!slots.isEmpty() && slots.get(slots.size() - 1).header() == last) {
            slots.remove(slots.size() - 1);
        }
        int title = last - 1;
        while (title >= 0 && lines.get(title).isBlank()) {
            title--;
        }
        diagnostics.add(title >= 0
                ? Diagnostic.warning(line.number(), "listing.header.cut.titled", lines.get(title).text())
                : Diagnostic.warning(line.number(), "listing.header.cut"));
        return Math.max(title, 0);
    }
}
