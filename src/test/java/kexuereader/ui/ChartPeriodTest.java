package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kexuereader.library.ArticleFilter;
import org.junit.jupiter.api.Test;

/** Bars per month while they fit, per year past eight years; every period between kept on the axis. */
class ChartPeriodTest {

    @Test
    void monthsUpToEightYearsThenYears() {
        assertEquals(ChartPeriod.MONTH, ChartPeriod.forSpan("2016-01", "2023-12"));
        assertEquals(ChartPeriod.YEAR, ChartPeriod.forSpan("2016-01", "2024-01"));
        assertEquals(List.of("2023-11", "2023-12", "2024-01", "2024-02"), ChartPeriod.MONTH.axis("2023-11", "2024-02"));
        List<String> years = ChartPeriod.YEAR.axis("2009-01", "2025-08");
        assertEquals(17, years.size());
        assertEquals("2009", years.get(0));
        assertEquals("2025", years.get(16));
        assertEquals(ArticleFilter.year(2012), ChartPeriod.YEAR.filter("2012"));
        assertEquals(ArticleFilter.month(2012, 3), ChartPeriod.MONTH.filter("2012-03"));
        assertEquals(ChartPeriod.MAX_LABELS, ChartPeriod.YEAR.axis("0001-01", "9999-12").size());
    }
}
