package kexuereader.model;

/**
 * A day of the year without the year: what every merge rule needs equal, and the block the merge and the
 * library work in. Ordered as the calendar goes (January 1 first).
 */
public record MonthDay(int month, int day) implements Comparable<MonthDay> {

    public static MonthDay of(PublishDate date) {
        return new MonthDay(date.month(), date.day());
    }

    /** Later in the year than {@code other}. */
    public boolean isAfter(MonthDay other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(MonthDay other) {
        return month != other.month ? Integer.compare(month, other.month) : Integer.compare(day, other.day);
    }

    @Override
    public String toString() {
        return String.format("%02d-%02d", month, day);
    }
}
