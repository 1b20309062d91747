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

    /** The text cut to {@code max} characters (code points) with an ellipsis and the length left out. */
    static String shortened(String s, int max) {
        int n = s.codePointCount(0, s.length());
        if (n <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)) + "… (" + String.format("%,d", n - max)
                + " more characters)";
    }
}
