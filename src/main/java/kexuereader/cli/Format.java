package kexuereader.cli;

import kexuereader.model.ArticleSummary;
import kexuereader.model.SeriesPart;

/** How the commands show common values to people. */
final class Format {

    private Format() {
    }

    static String readers(Integer readers) {
        return readers == null ? "—" : String.format("%,d", readers);
    }

    static String series(SeriesPart s) {
        if (s == null) {
            return "";
        }
        String label = s.partLabel();
        return label.isEmpty() ? s.series() : s.series() + " · " + label;
    }

    /** The display title, marked with a leading ≈ when it was derived from the body. */
    static String title(ArticleSummary a) {
        return a.titleDerived() ? "≈ " + a.displayTitle() : a.displayTitle();
    }
}
