package kexuereader.library;

import java.util.Locale;
import kexuereader.ingest.TextKeys;

/**
 * The text the two full-text indexes hold. Both see NFKC, Latin lower-cased. The trigram index finds any
 * substring of three or more characters; for shorter queries, which trigrams cannot answer, a second index
 * holds every character of each run of letters and digits as a token of itself and the next character
 * ({@code 扩散模型} → {@code 扩散 散模 模型 型}), so a two-character query is one token and a one-character
 * query a prefix. This is the bigram scheme Zotero uses for CJK text.
 */
final class SearchText {

    private SearchText() {
    }

    /** NFKC, lower case: what the trigram index holds and what queries are compared with. */
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

    /** Letters and digits make tokens; everything else separates them. */
    static boolean isTokenChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    /** Whether a short query term can be answered by the bigram index (letters and digits only). */
    static boolean tokenizable(String term) {
        return term.codePoints().allMatch(SearchText::isTokenChar);
    }
}
