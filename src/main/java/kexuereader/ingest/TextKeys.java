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

    /** Unicode NFKC. */
    public static String nfkc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
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
        StringBuilder sb = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            boolean bidi = c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e'
                    || c == '\u200f' || c == '\u061c';
            if (!bidi && !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        return strip(sb.toString());
    }

    /** Whitespace, including the ideographic space, no-break space and a stray byte-order mark. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff' || c == '\u200b';
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
