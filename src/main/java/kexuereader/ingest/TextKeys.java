package kexuereader.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison keys for text. Titles and excerpts are compared after Unicode NFKC (so {@code （一）：} equals
 * {@code (一):}), without whitespace and with Latin case folded; the text itself is always kept as published.
 */
public final class TextKeys {

    /** How many leading characters of two excerpts must agree for them to "start alike". */
    public static final int HEAD_LENGTH = 32;

    private TextKeys() {
    }

    /**
     * Unicode NFKC. Every line of every dump goes through it, so the blog's common characters take a short
     * way: ASCII, CJK ideographs and the CJK punctuation that NFKC leaves alone are kept, full-width ASCII
     * forms, the ideographic space and the ellipsis are mapped as NFKC maps them; any other character sends the
     * stretch around it — from the last character kept to the next — to {@link Normalizer} (an article page has
     * a few such characters, and normalising its 10,000 others with them was a tenth of its import). None of the
     * characters kept composes with the one before it, so the pieces normalise apart exactly as the whole text
     * does (a test compares the two).
     */
    public static String nfkc(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && keptByNfkc(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n + 8).append(text, 0, i);
        // the last character kept as it is, and where it went: a character kept never composes with the one
        // before it, so the text may be cut before one and its pieces normalised apart
        int kept = i - 1;
        int keptAt = i - 1;
        while (i < n) {
            char c = text.charAt(i);
            if (keptByNfkc(c)) {
                kept = i;
                keptAt = sb.length();
                sb.append(c);
            } else if (c >= '\uff01' && c <= '\uff5e') {
                sb.append((char) (c - 0xfee0)); // full-width ASCII
            } else if (c == '\u3000') {
                sb.append(' ');
            } else if (c == '\u2026') {
                sb.append("...");
            } else {
                // from the last character kept (it may compose with what follows) to the next one: the JDK's way
                int from = Math.max(kept, 0);
                sb.setLength(kept < 0 ? 0 : keptAt);
                int to = i + 1;
                while (to < n && !keptByNfkc(text.charAt(to))) {
                    to++;
                }
                sb.append(Normalizer.normalize(text.substring(from, to), Normalizer.Form.NFKC));
                i = to;
                continue;
            }
            i++;
        }
        return sb.toString();
    }

    /**
     * Characters that NFKC maps to themselves and that never compose with a neighbour: ASCII (and C1
     * controls), CJK unified ideographs, Greek letters, and the punctuation Chinese text uses most.
     */
    static boolean keptByNfkc(char c) {
        return KEPT_BY_NFKC[c >>> 6] << c < 0; // bit (c & 63) of the word, counted from the top
    }

    /** {@link #keptByNfkc} as a bit table: one lookup for the most frequent call of the parser. */
    private static final long[] KEPT_BY_NFKC = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (keptByNfkcSlow((char) c)) {
                KEPT_BY_NFKC[c >>> 6] |= Long.MIN_VALUE >>> (c & 63);
            }
        }
    }

    private static boolean keptByNfkcSlow(char c) {
        if (c < '\u00a0') {
            return true;
        }
        if (c >= '\u4e00' && c <= '\u9fff') {
            return true;
        }
        return switch (c) {
            case '\u00b7', '\u00d7', '\u00f7', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022',
                    '\u3001', '\u3002', '\u3008', '\u3009', '\u300a', '\u300b', '\u300c', '\u300d', '\u300e',
                    '\u300f', '\u3010', '\u3011' -> true;
            default -> c >= '\u0391' && c <= '\u03a9' && c != '\u03a2' || c >= '\u03b1' && c <= '\u03c9';
        };
    }

    /** NFKC, Latin lower-cased, every kind of whitespace removed. */
    public static String key(String text) {
        String n = nfkc(text).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The key of a title; {@code null} stays {@code null}. */
    public static String titleKey(String title) {
        return title == null ? null : key(title);
    }

    /** The first {@link #HEAD_LENGTH} characters of an excerpt's key: what "starting alike" compares. */
    public static String head(String body) {
        String k = key(body.length() > HEAD_LENGTH * 4 ? body.substring(0, HEAD_LENGTH * 4) : body);
        return k.length() > HEAD_LENGTH ? k.substring(0, HEAD_LENGTH) : k;
    }

    /**
     * The head of an excerpt for telling whether two excerpts start alike. A leading short line shaped like a
     * section heading is passed over when more follows: an archive-page excerpt may open with a heading such
     * as {@code 前言}, or with a short title the parser could not tell from one, where the listing page of the
     * same article starts with the text itself.
     */
    public static String excerptHead(java.util.List<String> paragraphs) {
        int from = paragraphs.size() > 1 && TitleShape.looksLikeHeading(paragraphs.get(0)) ? 1 : 0;
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < paragraphs.size() && sb.length() < HEAD_LENGTH * 4; i++) {
            sb.append(paragraphs.get(i)).append('\n');
        }
        return head(sb.toString());
    }

    /**
     * A title as published, less what can only hide or disguise it: control characters and bidirectional
     * overrides (U+202E would show a title backwards).
     */
    public static String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        int n = title.length();
        int i = 0;
        while (i < n && !hiddenInTitle(title.charAt(i))) {
            i++;
        }
        if (i == n) {
            return strip(title);
        }
        StringBuilder sb = new StringBuilder(n).append(title, 0, i);
        for (; i < n; i++) {
            char c = title.charAt(i);
            if (!hiddenInTitle(c)) {
                sb.append(c);
            }
        }
        return strip(sb.toString());
    }

    /** Control characters and bidirectional marks and overrides. */
    private static boolean hiddenInTitle(char c) {
        if (c >= '\u00a0' && c < '\u061c') {
            return false;
        }
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e'
                || c == '\u200f' || c == '\u061c' || Character.isISOControl(c);
    }

    /** Whitespace, including the ideographic space, no-break space and a stray byte-order mark. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < '\u0085' || c >= '\u4e00' && c <= '\u9fff') {
            return false; // the common case, before the JDK's table lookup
        }
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff' || c == '\u200b';
    }

    /**
     * {@code \s} of {@link java.util.regex.Pattern}: space, tab, line feed, vertical tab, form feed, carriage
     * return. For scans written out instead of a regular expression.
     */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text without leading and trailing whitespace of any kind. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
