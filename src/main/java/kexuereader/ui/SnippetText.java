package kexuereader.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search snippet as the list shows it: LaTeX left in it shows as 〔公式〕, as the library's snippets show the
 * formulas around a match. The library keeps a formula that holds a matched term as its source, and a snippet
 * cut at its context's edge can begin or end inside one (`\frac{1}{\«alpha»_t}\left(\boldsymbol…`); the match
 * stays in view inside the marker, 〔公式 «alpha»〕.
 */
final class SnippetText {

    static final String MARKER = "〔公式〕";

    /** A stretch of Latin text between spaces or CJK; its ellipses are not part of it. */
    private static final Pattern TOKEN = Pattern.compile("[^\\s\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}"
            + "\\p{InHalfwidth_and_Fullwidth_Forms}…]+");
    /** What only LaTeX has: a command, a dollar, a sub- or superscript, a brace. */
    private static final Pattern LATEX = Pattern.compile("\\\\[A-Za-z]+|\\$|[_^][{\\w]|[{}]");
    /** A token that may stand between two LaTeX ones inside one formula: an operator, a digit. */
    private static final Pattern BETWEEN = Pattern.compile("[=+\\-*/<>|,.()\\[\\]0-9&\\\\]{1,3}");

    private SnippetText() {
    }

    static String readable(String snippet) {
        if (snippet == null || !LATEX.matcher(snippet).find()) {
            return snippet;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(snippet);
        int at = 0;
        int runStart = -1;
        int runEnd = -1;
        int pendingBetween = -1;
        while (m.find()) {
            String token = m.group();
            boolean latex = LATEX.matcher(token.replace("«", "").replace("»", "")).find();
            boolean gap = runStart >= 0 && snippet.substring(runEnd, m.start()).isBlank();
            if (latex && (runStart < 0 || gap)) {
                if (runStart < 0) {
                    out.append(snippet, at, m.start());
                    runStart = m.start();
                }
                runEnd = m.end();
                pendingBetween = -1;
            } else if (runStart >= 0 && gap && BETWEEN.matcher(token).matches() && pendingBetween < 0) {
                pendingBetween = m.start(); // kept in the run only if LaTeX follows
                runEnd = m.end();
            } else {
                if (runStart >= 0) {
                    int end = pendingBetween >= 0 ? pendingBetween : runEnd;
                    out.append(marker(snippet.substring(runStart, end)));
                    at = pendingBetween >= 0 ? pendingBetween : runEnd;
                    runStart = -1;
                    pendingBetween = -1;
                    if (latex) {
                        out.append(snippet, at, m.start());
                        runStart = m.start();
                        runEnd = m.end();
                        continue;
                    }
                }
            }
        }
        if (runStart >= 0) {
            int end = pendingBetween >= 0 ? pendingBetween : runEnd;
            out.append(marker(snippet.substring(runStart, end)));
            at = end;
        }
        out.append(snippet.substring(at));
        return out.toString();
    }

    /** The marker, with the matches the formula held; punctuation after its closing dollar stays text. */
    private static String marker(String formula) {
        Matcher tail = Pattern.compile("(?<=\\$)[,.;:!?]+$").matcher(formula);
        if (tail.find()) {
            return marker(formula.substring(0, tail.start())) + tail.group();
        }
        StringBuilder hits = new StringBuilder();
        Matcher h = Pattern.compile("«[^»]*»").matcher(formula);
        while (h.find()) {
            hits.append(' ').append(h.group());
        }
        return hits.isEmpty() ? MARKER : "〔公式" + hits + "〕";
    }
}
