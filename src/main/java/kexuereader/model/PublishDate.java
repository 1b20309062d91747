package kexuereader.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.Objects;

/**
 * The date an article was published: always a month and day, and a year only when a dump showed it or an
 * anchor fixed it. An unknown year is never guessed.
 *
 * @param year  the year, or {@code null} when unknown
 * @param month 1–12
 * @param day   1–31, valid for the month (29 Feb is accepted without a year)
 */
public record PublishDate(Integer year, int month, int day) implements Comparable<PublishDate> {

    /** Newest first; dates of unknown year after all dates of known year, by month-day, newest first. */
    public static final Comparator<PublishDate> NEWEST_FIRST = Comparator
            .comparing((PublishDate d) -> !d.isYearKnown())
            .thenComparing(Comparator.<PublishDate>reverseOrder());

    public PublishDate {
        MonthDay.of(month, day); // throws DateTimeException for 31 Apr and the like
        if (year != null) {
            LocalDate.of(year, month, day);
        }
    }

    /** A full date. */
    public static PublishDate of(int year, int month, int day) {
        return new PublishDate(year, month, day);
    }

    /** A month and day whose year is unknown. */
    public static PublishDate yearless(int month, int day) {
        return new PublishDate(null, month, day);
    }

    /** Whether {@code (year, month, day)} would make a valid date; never throws. */
    public static boolean isValid(Integer year, int month, int day) {
        try {
            new PublishDate(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public boolean isYearKnown() {
        return year != null;
    }

    /** {@code MM-DD}. */
    public String monthDay() {
        return String.format("%02d-%02d", month, day);
    }

    /** {@code YYYY-MM-DD}, or {@code null} when the year is unknown. */
    public String iso() {
        return year == null ? null : String.format("%04d-%s", year, monthDay());
    }

    /** {@code YYYY-MM-DD}, or {@code MM-DD} when the year is unknown: what a person is shown. */
    public String display() {
        return year == null ? monthDay() : iso();
    }

    /** Orders by year (unknown first), then month, then day. */
    @Override
    public int compareTo(PublishDate o) {
        int c = Integer.compare(year == null ? Integer.MIN_VALUE : year, o.year == null ? Integer.MIN_VALUE : o.year);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(month, o.month);
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        return display();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublishDate p && Objects.equals(year, p.year) && month == p.month && day == p.day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }
}
