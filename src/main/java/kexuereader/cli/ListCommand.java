package kexuereader.cli;

import java.util.List;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import kexuereader.model.ArticleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list [--series NAME] [--sort date|readers|title] [--limit N]}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List articles as a table.",
                "Titles marked ≈ were derived from the text because no dump showed a title."})
final class ListCommand extends LibraryCommand {

    @Option(names = "--series", paramLabel = "NAME", description = "Only this series, in part order.")
    String series;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date",
            description = "date (newest first), readers (most first), title or series. Default: ${DEFAULT-VALUE}.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N articles (0: all).")
    int limit;

    @Override
    int run() {
        SortOrder order;
        try {
            order = SortOrder.of(sort);
        } catch (IllegalArgumentException e) {
            throw new UserError("--sort must be date, readers, title or series, not '" + sort + "'", 2);
        }
        if (limit < 0) {
            throw new UserError("--limit must be 0 or more", 2);
        }
        try (Library library = openLibrary()) {
            ArticleFilter filter = series == null ? ArticleFilter.ALL : ArticleFilter.series(series);
            List<ArticleSummary> articles = library.list(filter, order, false, 0, limit);
            if (articles.isEmpty()) {
                err().println(series == null ? "The library is empty: import some dumps first ("
                        + "kexue-reader import FILE…)." : "No series called '" + series + "'.");
                return series == null ? 0 : 1;
            }
            TextTable table = TextTable.of("ID", "Date", ">Readers", "Series:34", "Title:60");
            for (ArticleSummary a : articles) {
                table.row(a.id(), a.date().display(), Format.readers(a.readers()), Format.series(a.series()),
                        Format.title(a));
            }
            table.print(out());
            int total = library.count(filter);
            out().println(articles.size() == total ? total + " articles"
                    : articles.size() + " of " + total + " articles");
        }
        return 0;
    }
}
