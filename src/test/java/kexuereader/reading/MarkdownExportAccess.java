package kexuereader.reading;

import kexuereader.math.Formula;

/** Opens {@link MarkdownExport}'s delimiter handling to tests in other packages. */
public final class MarkdownExportAccess {

    private MarkdownExportAccess() {
    }

    public static String inlineBody(Formula f) {
        return MarkdownExport.inlineBody(f);
    }

    public static String displayBody(Formula f) {
        return MarkdownExport.displayBody(f);
    }
}
