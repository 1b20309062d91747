package kexuereader.model;

/** The page layouts a dump can come from. */
public enum DumpFormat {
    /** A listing page: title line, then {@code By 苏剑林 | date | N位读者 | 引用…}, then the excerpt. */
    LISTING("A"),
    /** The home/archive page: a yearless {@code 28 Feb} label, an optional title, paragraphs, {@code 点击阅读全文...}. */
    ARCHIVE("B"),
    /** One article's own page ({@code kexue.fm/archives/N}): the whole text, with the site's chrome around it. */
    PAGE("C"),
    /** The blog's 归档 page ({@code content.html}): every post by year and month, with its id and comment count. */
    INDEX("D");

    private final String letter;

    DumpFormat(String letter) {
        this.letter = letter;
    }

    /** The design's name for the format: {@code A} or {@code B}. */
    public String letter() {
        return letter;
    }

    /** Parses {@link #name()} or {@link #letter()}. */
    public static DumpFormat of(String text) {
        for (DumpFormat f : values()) {
            if (f.name().equalsIgnoreCase(text) || f.letter.equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown dump format: " + text);
    }
}
