package kexuereader.cli;

import java.util.List;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import kexuereader.model.Article;
import kexuereader.model.ArticleSummary;
import kexuereader.model.ReaderCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one article, its facts and its text (LaTeX as written). */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one article: title, date, readers, series, sources and text. "
                + "ID may be shortened to any unique prefix of at least 4 characters.")
final class ShowCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", description = "The article's id (see 'list' or 'search').")
    String id;

    @Override
    int run() {
        try (Library library = openLibrary()) {
            Article a = resolve(library, id);
            out().println(a.displayTitle() + (a.titleDerived() ? "   (no title in the dumps; derived from the text)" : ""));
            out().println("=".repeat(Math.min(60, TextTable.width(a.displayTitle()))));
            out().println("id:       " + a.id());
            out().println("date:     " + a.date().display() + (a.date().isYearKnown() ? "" : " (year unknown)"));
            out().println("readers:  " + Format.readers(a.readers()));
            if (a.series() != null) {
                out().println("series:   " + Format.series(a.series()));
            }
            if (!a.aliases().isEmpty()) {
                out().println("also:     " + String.join(" / ", a.aliases()));
            }
            out().println("sources:  " + String.join(", ", a.sources()));
            for (ReaderCount r : a.readerHistory()) {
                out().println("          " + r.source() + ": " + Format.readers(r.readers()) + " readers");
            }
            if (a.excerptOnly()) {
                out().println("note:     the dumps hold only the start of this article");
            }
            out().println();
            for (String p : a.paragraphs()) {
                out().println(p);
                out().println();
            }
        }
        return 0;
    }

    /** The article with this id, or the only one whose id starts with it. */
    static Article resolve(Library library, String id) {
        var exact = library.article(id.trim());
        if (exact.isPresent()) {
            return exact.get();
        }
        String prefix = id.trim().toLowerCase(java.util.Locale.ROOT);
        if (prefix.length() >= 4) {
            List<ArticleSummary> matches = library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 0).stream()
                    .filter(s -> s.id().startsWith(prefix)).toList();
            if (matches.size() == 1) {
                return library.article(matches.get(0).id()).orElseThrow();
            }
            if (matches.size() > 1) {
                throw new UserError("'" + id + "' matches " + matches.size() + " articles; give more of the id");
            }
        }
        throw new UserError("no article with id '" + id + "' (see 'kexue-reader list')");
    }
}
