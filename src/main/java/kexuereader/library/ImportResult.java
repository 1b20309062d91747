package kexuereader.library;

import java.util.List;
import kexuereader.model.Diagnostic;

/**
 * What importing one file did.
 *
 * @param fileName       the file's name
 * @param accepted       whether the file was taken in (false: rejected, nothing changed)
 * @param alreadyPresent whether the same bytes had been imported before (then nothing changed)
 * @param entries        entries the file holds
 * @param newArticles    articles the library did not have before
 * @param reason         why a rejected file was refused, else null
 * @param diagnostics    what the parser noticed (skipped entries, a cut-off end…)
 */
public record ImportResult(String fileName, boolean accepted, boolean alreadyPresent, int entries,
                           int newArticles, String reason, List<Diagnostic> diagnostics) {

    public ImportResult {
        diagnostics = List.copyOf(diagnostics);
    }

    static ImportResult rejected(String fileName, String reason, List<Diagnostic> diagnostics) {
        return new ImportResult(fileName, false, false, 0, 0, reason, diagnostics);
    }

    /** {@code imported NAME: E entries, N new articles} or {@code rejected NAME: reason}. */
    public String summary() {
        return accepted
                ? "imported " + fileName + ": " + entries + (entries == 1 ? " entry, " : " entries, ") + newArticles
                        + (newArticles == 1 ? " new article" : " new articles")
                : "rejected " + fileName + ": " + reason;
    }
}
