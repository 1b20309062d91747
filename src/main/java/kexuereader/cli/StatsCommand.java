package kexuereader.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import kexuereader.library.Library;
import kexuereader.library.MonthCount;
import kexuereader.model.ReaderCount;
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
                out().println();
            }
            perMonth(library);
            seriesParts(library);
            acrossDumps(library);
        }
        return 0;
    }

    /** Articles per month, with the series they belong to: the statistics view's monthly chart as text. */
    private void perMonth(Library library) {
        Map<String, Map<String, Integer>> months = new LinkedHashMap<>();
        for (MonthCount c : library.monthCounts()) {
            months.computeIfAbsent(c.label(), m -> new LinkedHashMap<>())
                    .merge(c.series() == null ? "(no series)" : c.series(), c.articles(), Integer::sum);
        }
        if (months.isEmpty()) {
            return;
        }
        TextTable table = TextTable.of("Month", ">Articles", "By series:90");
        for (Map.Entry<String, Map<String, Integer>> m : months.entrySet()) {
            StringJoiner by = new StringJoiner(", ");
            int total = 0;
            for (Map.Entry<String, Integer> e : m.getValue().entrySet()) {
                by.add(e.getKey() + " " + e.getValue());
                total += e.getValue();
            }
            table.row(m.getKey(), total, by);
        }
        out().println("Articles per month (known years only)");
        table.print(out());
        out().println();
    }

    /** Each series' readers part by part. */
    private void seriesParts(Library library) {
        for (var series : library.series()) {
            TextTable table = TextTable.of("Part", ">Readers", "Title:60");
            for (ArticleSummary a : library.seriesOverview(series.name()).articles()) {
                table.row(a.series().partLabel().isEmpty() ? a.date().display() : a.series().partLabel(),
                        Format.readers(a.readers()), Format.title(a));
            }
            out().println("Series " + series.name() + ", part by part");
            table.print(out());
            out().println();
        }
    }

    /** The articles more than one dump saw, with the count each saw. */
    private void acrossDumps(Library library) {
        TextTable table = TextTable.of("Title:50", "Readers in each dump:80");
        library.forEachArticle(a -> {
            if (a.readerHistory().size() > 1) {
                StringJoiner counts = new StringJoiner(", ");
                for (ReaderCount r : a.readerHistory()) {
                    counts.add(r.source() + " " + Format.readers(r.readers()));
                }
                table.row(a.displayTitle(), counts);
            }
        });
        if (!table.isEmpty()) {
            out().println("Articles seen by more than one dump");
            table.print(out());
        }
    }
}
