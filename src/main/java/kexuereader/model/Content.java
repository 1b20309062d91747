package kexuereader.model;

/** How much of an article the library holds. */
public enum Content {
    /** The whole article: its own page, or a dump entry that showed all of it. */
    FULL,
    /** Only the start, as listing and home pages show it. */
    EXCERPT,
    /** No text at all: a post known from the archive index only. */
    NONE;

    /** The export's word: {@code full}, {@code excerpt}, {@code none}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
