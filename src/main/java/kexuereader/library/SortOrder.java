package kexuereader.library;

/** How a list of articles is ordered. Articles of unknown year always come after those of known year. */
public enum SortOrder {
    /** By date, newest first by default. */
    DATE,
    /** By highest reader count, most first by default; articles without a count last. */
    READERS,
    /** By title, in Chinese (pinyin) collation, A first by default. */
    TITLE,
    /** By series name, then part; articles in no series last. */
    SERIES;

    /** Parses {@code date}, {@code readers} or {@code title}. */
    public static SortOrder of(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The ORDER BY clause over table alias {@code a}. {@code reversed} flips the default direction. */
    String orderBy(boolean reversed) {
        String newest = reversed ? "ASC" : "DESC";
        String date = "(a.year IS NULL), a.year " + newest + ", a.month " + newest + ", a.day " + newest;
        return switch (this) {
            case DATE -> date + ", a.sort_title, a.id";
            case READERS -> "(a.readers IS NULL), a.readers " + (reversed ? "ASC" : "DESC") + ", " + date + ", a.id";
            case TITLE -> "a.sort_title " + (reversed ? "DESC" : "ASC") + ", a.id";
            case SERIES -> "(a.series IS NULL), a.series " + (reversed ? "DESC" : "ASC") + ", (a.part IS NULL), a.part "
                    + (reversed ? "DESC" : "ASC") + ", " + date + ", a.id";
        };
    }
}
