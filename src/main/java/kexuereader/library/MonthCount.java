package kexuereader.library;

/**
 * How many articles of one series (or of none) a month saw.
 *
 * @param year     the year
 * @param month    the month, 1–12
 * @param series   the series, or null for articles in no series
 * @param articles how many
 */
public record MonthCount(int year, int month, String series, int articles) {

    /** {@code 2024-03}. */
    public String label() {
        return String.format("%04d-%02d", year, month);
    }
}
