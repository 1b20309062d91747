package kexuereader.ingest;

/**
 * One line of a dump: its 1-based number, its text as published without surrounding whitespace, and the same
 * text after NFKC, which the parsers match patterns against.
 */
record Line(int number, String text, String normalized) {

    static Line of(int number, String raw) {
        String text = TextKeys.strip(raw);
        String normalized = TextKeys.nfkc(text);
        return new Line(number, text, normalized == text ? text : TextKeys.strip(normalized));
    }

    boolean isBlank() {
        return text.isEmpty();
    }
}
