package kexuereader.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yearless date label that opens each block of the archive page: {@code 28 Feb}, also glued ({@code 8Feb}),
 * month first ({@code Feb 28}) or with the month spelt out.
 *
 * @param month 1–12
 * @param day   1–31 (validity against the month is checked by the parser, which reports it)
 */
record ArchiveLabel(int month, int day) {

    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})\\s*([A-Za-z]{3,9})\\.?$");
    private static final Pattern MONTH_DAY = Pattern.compile("^([A-Za-z]{3,9})\\.?\\s*(\\d{1,2})$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    /** The label on this line, or {@code null} when the line is not one. */
    static ArchiveLabel parse(Line line) {
        String n = line.normalized();
        if (n.length() > 14 || n.isEmpty() || !isAsciiLetterOrDigit(n.charAt(0))) {
            return null; // both patterns start with a digit or a letter: most lines end here, without a matcher
        }
        Matcher m = DAY_MONTH.matcher(n);
        if (m.matches()) {
            return of(m.group(2), m.group(1));
        }
        m = MONTH_DAY.matcher(n);
        return m.matches() ? of(m.group(1), m.group(2)) : null;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static ArchiveLabel of(String monthName, String dayDigits) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(dayDigits);
        return month == null || day < 1 || day > 31 ? null : new ArchiveLabel(month, day);
    }
}
