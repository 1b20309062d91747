package kexuereader.model;

/**
 * Something a reader of a dump should know about: a skipped entry, a cut-off file, an odd encoding.
 * Collected as data while parsing instead of thrown, so one bad entry never costs the good ones.
 *
 * @param severity how bad it is
 * @param line     1-based line in the dump, or 0 when it concerns the whole file
 * @param message  one sentence for a person
 */
public record Diagnostic(Severity severity, int line, String message) {

    /** How a diagnostic affects the file. */
    public enum Severity {
        /** Worth saying; nothing was lost. */
        NOTE,
        /** Something was skipped or cut; the rest of the file is kept. */
        WARNING,
        /** The file cannot be used at all. */
        ERROR
    }

    public static Diagnostic note(int line, String message) {
        return new Diagnostic(Severity.NOTE, line, message);
    }

    public static Diagnostic warning(int line, String message) {
        return new Diagnostic(Severity.WARNING, line, message);
    }

    public static Diagnostic error(int line, String message) {
        return new Diagnostic(Severity.ERROR, line, message);
    }

    /** {@code line 12: message}, or the message alone for file-wide diagnostics. */
    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
