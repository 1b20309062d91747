package kexuereader.library;

import java.util.Locale;
import kexuereader.ingest.TextKeys;

/**
 * The text the full-text index holds: NFKC, Latin lower-cased, LaTeX's control words ({@code \boldsymbol},
 * {@code \frac}) left out — they are a fifth of an article page's letters and no one searches for them; the words
 * of a formula ({@code \text{softmax}}, its variables) stay. The index holds every character of each run of
 * letters and digits as a token of itself and the next character ({@code 扩散模型} → {@code 扩散 散模 模型 型}),
 * the bigram scheme Zotero uses for CJK text: a one-character query is a prefix, a two-character one a token, a
 * longer one a phrase of its bigrams ({@link #phrase}). (A trigram index beside it, until schema 8, cost as much
 * again to build for what the phrases already find.)
 */
final class SearchText {

    /** The name of {@link #indexed} in SQL, for the schema step that rebuilds the index. */
    static final String SQL_FUNCTION = "kexue_index_text";

    private SearchText() {
    }

    /** Makes {@link #indexed} callable from SQL on this connection, as {@link #SQL_FUNCTION}(text). */
    static void register(java.sql.Connection c) throws java.sql.SQLException {
        org.sqlite.Function.create(c, SQL_FUNCTION, new org.sqlite.Function() {
            @Override
            protected void xFunc() throws java.sql.SQLException {
                String text = value_text(0);
                result(indexed(text == null ? "" : text));
            }
        });
    }

    /** NFKC, lower case: what queries are compared with. */
    static String normalize(String text) {
        return TextKeys.nfkc(text).toLowerCase(Locale.ROOT);
    }

    /** The bigram tokens of already-normalised text, separated by spaces. */
    static String bigrams(String normalized) {
        StringBuilder sb = new StringBuilder(normalized.length() * 3);
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            int cp = normalized.codePointAt(i);
            int len = Character.charCount(cp);
            if (!isTokenChar(cp)) {
                i += len;
                continue;
            }
            sb.appendCodePoint(cp);
            int next = i + len;
            if (next < n) {
                int cp2 = normalized.codePointAt(next);
                if (isTokenChar(cp2)) {
                    sb.appendCodePoint(cp2);
                }
            }
            sb.append(' ');
            i = next;
        }
        return sb.toString();
    }

    /** The bigram tokens the index holds for a title or a body (not normalised yet). */
    static String indexed(String text) {
        return bigrams(withoutControlWords(normalize(text)));
    }

    /** The text with every LaTeX control word ({@code \\} and letters) made a space. */
    static String withoutControlWords(String text) {
        int slash = text.indexOf('\\');
        if (slash < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        while (slash >= 0) {
            int end = slash + 1;
            while (end < text.length() && isAsciiLetter(text.charAt(end))) {
                end++;
            }
            if (end > slash + 1) {
                sb.append(text, from, slash).append(' ');
                from = end;
            }
            slash = text.indexOf('\\', Math.max(end, slash + 1));
        }
        return sb.append(text, from, text.length()).toString();
    }

    private static boolean isAsciiLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    /**
     * The maximal runs of letters and digits in a normalised term ({@code rope-2d} → {@code rope}, {@code 2d}).
     */
    static java.util.List<String> runs(String term) {
        java.util.List<String> runs = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            if (isTokenChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                runs.add(term.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            runs.add(term.substring(start));
        }
        return runs;
    }

    /**
     * The bigram tokens of a run of two or more letters and digits, as the index holds them in a row: the
     * run's pairs without its last single character ({@code 扩散模型} → {@code 扩散 散模 模型}).
     */
    static String phrase(String run) {
        String tokens = bigrams(run).trim();
        int last = tokens.lastIndexOf(' ');
        return last < 0 ? tokens : tokens.substring(0, last);
    }

    /** Letters and digits make tokens; everything else separates them. */
    static boolean isTokenChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    /** Whether a short query term can be answered by the bigram index (letters and digits only). */
    static boolean tokenizable(String term) {
        return term.codePoints().allMatch(SearchText::isTokenChar);
    }
}
