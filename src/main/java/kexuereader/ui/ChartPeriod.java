package kexuereader.ui;

import java.util.ArrayList;
import java.util.List;
import kexuereader.library.ArticleFilter;

/**
 * What one bar of the "articles per month" chart stands for: a month while the library spans few enough of them
 * for bars a person can see and click, a year past that. JavaFX keeps a fixed gap between categories, so 200
 * months (the real blog's span) in a 1,000-pixel chart left every bar zero pixels wide.
 */
enum ChartPeriod {
    MONTH, YEAR;

    /** The most months drawn one bar each (eight years: bars of about 8 px in a 1,100-pixel window). */
    static final int MAX_MONTHS = 96;
    /** A bound for absurd dates (year 1 to 9999 would be 10,000 bars): the axis stops there. */
    static final int MAX_LABELS = 600;

    /** The period for a library whose dated articles span from {@code first} to {@code last} ({@code yyyy-mm}). */
    static ChartPeriod forSpan(String first, String last) {
        int months = monthIndex(last) - monthIndex(first) + 1;
        return months <= MAX_MONTHS ? MONTH : YEAR;
    }

    /** The bar's label for a month: {@code 2024-03}, or {@code 2024}. */
    String label(int year, int month) {
        return this == MONTH ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }

    /** The articles a bar stands for. */
    ArticleFilter filter(String label) {
        int year = Integer.parseInt(label.substring(0, 4));
        return this == MONTH ? ArticleFilter.month(year, Integer.parseInt(label.substring(5))) : ArticleFilter.year(year);
    }

    /** Every label from the first to the last, empty periods included, so gaps in the writing show as gaps. */
    List<String> axis(String firstMonth, String lastMonth) {
        List<String> labels = new ArrayList<>();
        int from = monthIndex(firstMonth);
        int to = monthIndex(lastMonth);
        for (int i = from; i <= to && labels.size() < MAX_LABELS; i++) {
            String label = label(i / 12, i % 12 + 1);
            if (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    /** "month" or "year", for the chart's title and note. */
    String noun() {
        return this == MONTH ? "month" : "year";
    }

    private static int monthIndex(String yyyyMm) {
        return Integer.parseInt(yyyyMm.substring(0, 4)) * 12 + Integer.parseInt(yyyyMm.substring(5)) - 1;
    }
}
