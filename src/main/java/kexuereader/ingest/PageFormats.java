package kexuereader.ingest;

import java.util.Comparator;
import java.util.List;
import kexuereader.ingest.page.ArchiveIndexParser;
import kexuereader.ingest.page.ArticlePageParser;
import kexuereader.ingest.page.PageSniffer;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;
import kexuereader.model.DumpFormat;
import kexuereader.model.Entry;

/** The hook of formats C and D into {@link DumpParser}: tried before the listing and home formats. */
final class PageFormats {

    private PageFormats() {
    }

    /** The dump of an article page or the archive index, or null when the text is neither. */
    static Dump parse(String fileName, String sha, String charset, String text, List<Diagnostic> diagnostics) {
        PageSniffer.Kind kind = PageSniffer.sniff(text);
        List<Entry> entries;
        DumpFormat format;
        switch (kind) {
            case PAGE -> {
                format = DumpFormat.PAGE;
                entries = ArticlePageParser.parse(text, diagnostics);
            }
            case INDEX -> {
                format = DumpFormat.INDEX;
                entries = ArchiveIndexParser.parse(text, diagnostics);
                if (entries.isEmpty()) {
                    diagnostics.add(Diagnostic.error(0, "format.index.empty"));
                }
            }
            case COMMENTS_ONLY -> {
                diagnostics.add(Diagnostic.error(0, "format.commentsOnly"));
                return new Dump(fileName, sha, charset, null, List.of(), diagnostics);
            }
            case OTHER_SITE -> {
                diagnostics.add(Diagnostic.error(0, "format.otherSite"));
                return new Dump(fileName, sha, charset, null, List.of(), diagnostics);
            }
            default -> {
                return null;
            }
        }
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return new Dump(fileName, sha, charset, entries.isEmpty() ? null : format, entries, diagnostics);
    }
}
