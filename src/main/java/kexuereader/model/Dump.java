package kexuereader.model;

import java.util.List;

/**
 * What the parser made of one file: its entries and what it noticed, or why it rejected the file.
 *
 * @param fileName    the file's name, without directories
 * @param sha256      hex SHA-256 of the file's bytes: the source's identity
 * @param encoding    the charset the bytes were decoded with
 * @param format      the detected format, or {@code null} when rejected before detection
 * @param entries     entries in file order (empty when rejected)
 * @param diagnostics notes, warnings, and for a rejected file the error saying why
 */
public record Dump(String fileName, String sha256, String encoding, DumpFormat format, List<Entry> entries,
                   List<Diagnostic> diagnostics) {

    public Dump {
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the file was refused as a whole. */
    public boolean rejected() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** The reason a rejected file was refused (its first error), or {@code null}. */
    public String rejection() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::toString).findFirst().orElse(null);
    }
}
