package kexuereader.math.rewrite;

import kexuereader.math.tex.MathJaxItalics;
import kexuereader.math.tex.Tex;
import kexuereader.math.tex.TexIndex;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places scripts where MathJax does, by a space at the start of each script ({@code x^2} →
 * {@code x^{\hspace{0.33pt}2}}), and the script space after a lone subscript. MathJax (CommonScriptbase) sets a
 * script 0.033 em ({@code extra_ic}) past its base, a superscript of an italic letter a further
 * {@code 1.05·ic + 0.05} em, and 0.05 em ({@code scriptspace}) after every script; JLaTeXMath puts the
 * superscript at TeX's italic correction, none for {@code \boldsymbol{V}} (its base is no character: the
 * superscript ran into the letter) and no script space after a subscript. The space is written in points, which
 * JLaTeXMath keeps absolute (1pt = 0.1 em at its 10pt), so it is the same inside a script's smaller style.
 * Big operators and limits are left alone (their scripts are placed above and below, or by
 * {@code big-operator-scripts}).
 */
final class ScriptSpacing {

    /** MathJax's {@code extra_ic} and {@code scriptspace} (TeX font parameters of its output), em. */
    private static final double EXTRA_IC = 0.033;
    private static final double SCRIPT_SPACE = 0.05;

    /** Accents over one letter, whose box keeps the letter's script positions in MathJax. */
    private static final Set<String> ACCENTS = Set.of("bar", "hat", "tilde", "vec", "dot", "ddot", "acute", "grave",
            "breve", "check", "mathring");
    /** Bases whose scripts go above and below, or that another rule handles: left alone. */
    private static final Set<String> OPERATORS = Set.of("sum", "prod", "coprod", "bigcup", "bigcap", "bigvee",
            "bigwedge", "bigoplus", "bigotimes", "bigodot", "biguplus", "bigsqcup", "int", "iint", "iiint", "oint",
            "lim", "liminf", "limsup", "max", "min", "sup", "inf", "det", "gcd", "Pr", "limits", "nolimits",
            "underbrace", "overbrace", "underset", "overset", "mathop", "displaylimits", "varlimsup", "varliminf", "injlim", "projlim");
    /** An integral's superscript past JLaTeXMath's (at the sign's italic correction): MathJax's extra_ic and
     *  {@code 0.05·ic + 0.05} more (ic 0.388 em in display, 0.138 in text style; the display value). */
    private static final double INTEGRAL_SUP = EXTRA_IC + 0.05 * 0.388 + 0.05;
    /** Takes back the medium space JLaTeXMath puts after an integral's side scripts (MathJax: none). */
    private static final String INTEGRAL_AFTER = "\\hspace{-2.22pt}";
    private static final Pattern CALLIGRAPHIC_BASE =
            Pattern.compile("(\\\\boldsymbol\\s*\\{\\s*)?\\\\mathcal\\s*\\{\\s*([A-Z])\\s*}\\s*(})?$");
    private static final Pattern BOLD_BASE = Pattern.compile("\\\\boldsymbol\\s*\\{\\s*(?:([A-Za-z])|\\\\([a-z]+))\\s*}$");

    static String apply(String tex) {
        if (tex.indexOf('^') < 0 && tex.indexOf('_') < 0) {
            return tex;
        }
        TexIndex index = TexIndex.of(tex);
        int[] opener = new int[tex.length()]; // for each '}', where its group opens
        for (int k = 0; k < tex.length(); k++) {
            int close = tex.charAt(k) == '{' ? index.groupEnd(k) : Tex.NONE;
            if (close > 0) {
                opener[close - 1] = k;
            }
        }
        String[] inserts = new String[8];
        int[] at = new int[8];
        int count = 0;
        int n = tex.length();
        int second = -1; // the second script of a pair, handled with the first
        for (int i = 0; i < n; i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i = Tex.controlSequenceEnd(tex, i) - 1;
                continue;
            }
            if ((c != '^' && c != '_') || i == second) {
                continue;
            }
            double[] ic = baseItalic(tex, i, opener); // {MathJax's, JLaTeXMath's}, or null: leave alone
            boolean integral = ic == null && integralBefore(tex, i);
            int a = Tex.skipSpaces(tex, i + 1);
            int aEnd = index.argumentEnd(tex, a);
            if (aEnd <= a) {
                continue;
            }
            int next = Tex.skipSpaces(tex, aEnd);
            char other = c == '^' ? '_' : '^';
            boolean pair = next < n && tex.charAt(next) == other;
            int bStart = pair ? Tex.skipSpaces(tex, next + 1) : -1;
            int bEnd = pair ? index.argumentEnd(tex, bStart) : -1;
            if (pair && bEnd <= bStart) {
                pair = false;
            }
            if (integral) {
                if (count + 5 > at.length) {
                    at = Arrays.copyOf(at, at.length * 2);
                    inserts = Arrays.copyOf(inserts, inserts.length * 2);
                }
                // recorded first, so written after the scripts' own closing braces at the same place
                at[count] = pair ? Math.max(aEnd, bEnd) : aEnd;
                inserts[count++] = INTEGRAL_AFTER;
                int supStart = c == '^' ? a : bStart;
                int supEnd = c == '^' ? aEnd : bEnd;
                int subStart = c == '_' ? a : bStart;
                int subEnd = c == '_' ? aEnd : bEnd;
                if (c == '^' || pair) {
                    count = pad(tex, supStart, supEnd, space(INTEGRAL_SUP), "", at, inserts, count);
                }
                if (c == '_' || pair) {
                    count = pad(tex, subStart, subEnd, space(EXTRA_IC), pair ? "" : space(SCRIPT_SPACE), at,
                            inserts, count);
                }
            }
            if (ic != null) {
                double sup = EXTRA_IC + (ic[0] > 0 ? 1.05 * ic[0] + 0.05 : 0) - ic[1];
                double sub = EXTRA_IC - ic[1];
                int supStart = c == '^' ? a : bStart;
                int supEnd = c == '^' ? aEnd : bEnd;
                int subStart = c == '_' ? a : bStart;
                int subEnd = c == '_' ? aEnd : bEnd;
                if (count + 4 > at.length) {
                    at = Arrays.copyOf(at, at.length * 2);
                    inserts = Arrays.copyOf(inserts, inserts.length * 2);
                }
                if (c == '^' || pair) {
                    count = pad(tex, supStart, supEnd, space(sup), "", at, inserts, count);
                }
                if (c == '_' || pair) {
                    count = pad(tex, subStart, subEnd, space(sub), pair ? "" : space(SCRIPT_SPACE), at, inserts, count);
                }
            }
            if (pair) {
                second = next;
            }
            // go on inside the argument: its own scripts are scripts too
            i = a - 1;
        }
        return count == 0 ? tex : write(tex, at, inserts, count);
    }

    /**
     * The italic correction of the base before the script at {@code i}: {MathJax's, the part of it already in
     * JLaTeXMath's box (all of it for a letter: LetterMetrics)} in em; 0, 0
     * for a base with none (a group, a digit, a delimiter); {@code null} for a base to leave alone.
     */
    private static double[] baseItalic(String tex, int i, int[] opener) {
        int j = i - 1;
        while (j >= 0 && tex.charAt(j) == ' ') {
            j--;
        }
        if (j < 0) {
            return null;
        }
        char b = tex.charAt(j);
        if (b == '{' || b == '&' || b == '\'' || b == '^' || b == '_' || (j > 0 && tex.charAt(j - 1) == '\\')) {
            return null;
        }
        if (Tex.isLetter(b)) {
            int k = j;
            while (k > 0 && Tex.isLetter(tex.charAt(k - 1))) {
                k--;
            }
            if (k > 0 && tex.charAt(k - 1) == '\\') {
                String word = tex.substring(k, j + 1);
                if (OPERATORS.contains(word) || word.startsWith("big") || word.startsWith("Big")) {
                    return null;
                }
                double g = MathJaxItalics.greek(word, false);
                return new double[] {g, g};
            }
            double l = MathJaxItalics.latin(b, false);
            return new double[] {l, l};
        }
        if (b == '}') {
            String before = tex.substring(Math.max(0, j - 40), j + 1);
            if (before.endsWith("\\hspace{0pt}}") || OPERATORS.contains(commandBefore(tex, opener[j]))) {
                return null; // big-operator-scripts' fresh operator, \\underbrace{…}_{…}: scripts set below or above
            }
            double[] accented = accentedLetterItalic(tex, opener[j], j);
            if (accented != null) {
                return accented;
            }
            Matcher cal = CALLIGRAPHIC_BASE.matcher(before);
            if (cal.find() && (cal.group(1) != null) == (cal.group(3) != null)) {
                double l = MathJaxItalics.calligraphic(cal.group(2).charAt(0), cal.group(1) != null);
                return new double[] {l, l};
            }
            Matcher m = BOLD_BASE.matcher(before);
            if (m.find()) {
                double l = m.group(1) != null ? MathJaxItalics.latin(m.group(1).charAt(0), true)
                        : MathJaxItalics.greek(m.group(2), true);
                return new double[] {l, l};
            }
        }
        return new double[] {0, 0};
    }

    /**
     * An accented letter ({@code \\bar{C}^*}): MathJax raises the superscript by the letter's italic correction, as
     * on the bare letter; JLaTeXMath's accent box has none. {MathJax's, 0}, or {@code null} for another group.
     */
    private static double[] accentedLetterItalic(String tex, int open, int close) {
        if (!ACCENTS.contains(commandBefore(tex, open))) {
            return null;
        }
        String body = tex.substring(open + 1, close).trim();
        if (body.length() == 1 && Tex.isLetter(body.charAt(0))) {
            double l = MathJaxItalics.latin(body.charAt(0), false);
            return new double[] {l, l};
        }
        if (body.length() > 1 && body.charAt(0) == '\\' && MathJaxItalics.LOWER_GREEK.contains(body.substring(1))) {
            double g = MathJaxItalics.greek(body.substring(1), false);
            return new double[] {g, g};
        }
        return null;
    }

    /** Whether the script at {@code i} is a side script of {@code \\int} or {@code \\oint} (not {@code \\limits}). */
    private static boolean integralBefore(String tex, int i) {
        int j = i - 1;
        while (j >= 0 && tex.charAt(j) == ' ') {
            j--;
        }
        int k = j + 1;
        while (k > 0 && Tex.isLetter(tex.charAt(k - 1))) {
            k--;
        }
        if (k == 0 || k > j || tex.charAt(k - 1) != '\\' || (k > 1 && tex.charAt(k - 2) == '\\')) {
            return false;
        }
        String word = tex.substring(k, j + 1);
        return word.equals("int") || word.equals("oint");
    }

    /** The name of the control word right before {@code open}, or "". */
    private static String commandBefore(String tex, int open) {
        int k = open;
        while (k > 0 && Tex.isLetter(tex.charAt(k - 1))) {
            k--;
        }
        return k > 0 && k < open && tex.charAt(k - 1) == '\\' ? tex.substring(k, open) : "";
    }

    /** The spaces written so far: a handful of distinct widths, and formatting one was a fifth of the rule's time. */
    private static final Map<Double, String> SPACES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String space(double em) {
        return Math.abs(em) < 0.005 ? "" : SPACES.computeIfAbsent(em,
                w -> "\\hspace{" + String.format(Locale.ROOT, "%.2f", w * 10) + "pt}");
    }

    /** Puts {@code lead} at the start of the argument {@code [start, end)} and {@code tail} at its end. */
    private static int pad(String tex, int start, int end, String lead, String tail, int[] at, String[] inserts,
                           int count) {
        if (lead.isEmpty() && tail.isEmpty()) {
            return count;
        }
        if (tex.charAt(start) == '{') {
            at[count] = start + 1;
            inserts[count++] = lead;
            at[count] = end - 1;
            inserts[count++] = tail;
        } else {
            at[count] = start;
            inserts[count++] = "{" + lead;
            at[count] = end;
            inserts[count++] = tail + "}";
        }
        return count;
    }

    private static String write(String tex, int[] at, String[] inserts, int count) {
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
        }
        // by position; at one position the later recorded first: an inner script's end closes before an outer one's
        Arrays.sort(order, (p, q) -> at[p] != at[q] ? Integer.compare(at[p], at[q]) : Integer.compare(q, p));
        StringBuilder out = new StringBuilder(tex.length() + count * 16);
        int copied = 0;
        for (int k : order) {
            out.append(tex, copied, at[k]).append(inserts[k]);
            copied = at[k];
        }
        return out.append(tex, copied, tex.length()).toString();
    }
}
