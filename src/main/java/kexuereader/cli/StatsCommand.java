package kexuereader.cli;

import kexuereader.library.Library;
import kexuereader.library.LibraryStats;
import kexuereader.library.SeriesSummary;
import kexuereader.model.ArticleSummary;
import picocli.CommandLine.Command;

/** {@code stats}: figures about the library as readable tables. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Figures about the library: articles, sources, years, series and the most read articles.")
final class StatsCommand extends LibraryCommand {

    @Override
    int run() {
        try (Library library = openLibrary()) {
            LibraryStats s = library.stats();
            out().println("Library: " + library.file());
            TextTable totals = TextTable.of("What", ">Count");
            totals.row("articles", s.articles())
                    .row("sources (dumps)", s.sources())
                    .row("entries in the dumps", s.entries())
                    .row("series", s.bySeries().size())
                    .row("articles without a title (derived)", s.derivedTitles())
                    .row("articles of unknown year", s.unknownYear())
                    .row("articles held only as an excerpt", s.excerptOnly());
            totals.print(out());
            out().println();
            TextTable years = TextTable.of("Year", ">Articles");
            for (LibraryStats.YearCount y : s.byYear()) {
                years.row(y.year() == null ? "year unknown" : y.year(), y.articles());
            }
            years.print(out());
            out().println();
            if (!s.bySeries().isEmpty()) {
                TextTable series = TextTable.of("Series:40", ">Articles", "Latest");
                for (SeriesSummary ss : s.bySeries()) {
                    series.row(ss.name(), ss.articles(), ss.latest().display());
                }
                series.print(out());
                out().println();
            }
            if (!s.topByReaders().isEmpty()) {
                TextTable top = TextTable.of(">Readers", "Date", "Title:60");
                for (ArticleSummary a : s.topByReaders()) {
                    if (a.readers() != null) {
                        top.row(Format.readers(a.readers()), a.date().display(), Format.title(a));
                    }
                }
                out().println("Most read");
                top.print(out());
            }
        }
        return 0;
    }
}
