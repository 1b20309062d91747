package kexuereader.model;

import java.util.Locale;

/**
 * Something a reader of a dump should know about: a skipped entry, a cut-off file, an odd encoding.
 * Collected as data while parsing instead of thrown, so one bad entry never costs the good ones.
 *
 * @param severity how bad it is
 * @param line     1-based line in the dump, or 0 when it concerns the whole file
 * @param notice   one sentence for a person, in either of the window's languages
 */
public record Diagnostic(Severity severity, int line, Notice notice) {

    /** How a diagnostic affects the file. */
    public enum Severity {
        /** Worth saying; nothing was lost. */
        NOTE,
        /** Something was skipped or cut; the rest of the file is kept. */
        WARNING,
        /** The file cannot be used at all. */
        ERROR
    }

    public static Diagnostic note(int line, String key, Object... args) {
        return new Diagnostic(Severity.NOTE, line, Notice.of(key, args));
    }

    public static Diagnostic warning(int line, String key, Object... args) {
        return new Diagnostic(Severity.WARNING, line, Notice.of(key, args));
    }

    public static Diagnostic error(int line, String key, Object... args) {
        return new Diagnostic(Severity.ERROR, line, Notice.of(key, args));
    }

    /** The sentence in English. */
    public String message() {
        return notice.english();
    }

    /** {@code line 12: message} (or {@code 第 12 行：…}), or the message alone for file-wide diagnostics. */
    public String text(Locale locale) {
        String m = notice.text(locale);
        return line > 0 ? Notice.of("diagnostic.line", line, m).text(locale) : m;
    }

    /** {@code line 12: message}, in English. */
    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
