package kexuereader.ui;

import java.util.regex.Pattern;

/** The first lines of an article as the preview of a link to it shows them: formulas as 〔公式〕, one paragraph. */
final class LinkPreview {

    /** About three lines of the preview's width. */
    static final int LENGTH = 120;

    private static final Pattern FORMULA = Pattern.compile(
            "(?s)\\$\\$.*?\\$\\$|\\$[^$]{1,400}\\$|\\\\\\[.*?\\\\\\]|\\\\begin\\{([A-Za-z*]+)\\}.*?\\\\end\\{\\1\\}");
    private static final Pattern MARKUP = Pattern.compile("(?m)^\\s*(#{1,6}|>|[-*]|\\d+\\.)\\s+");

    private LinkPreview() {
    }

    static String firstLines(String body) {
        if (body == null) {
            return "";
        }
        String text = FORMULA.matcher(body).replaceAll(SnippetText.MARKER);
        text = MARKUP.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
        return text.length() <= LENGTH ? text : text.substring(0, LENGTH) + "…";
    }
}
