package kexuereader.ingest.page;

import java.util.Map;

/** CommonMark's backslash escapes and HTML's character references, decoded as a Markdown renderer would. */
final class Escapes {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("amp", "&"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("times", "×"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("middot", "·"), Map.entry("copy", "©"));

    private Escapes() {
    }

    /** Backslash escapes of ASCII punctuation, then character references. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return entities(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && PUNCTUATION.indexOf(s.charAt(i + 1)) >= 0) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return entities(sb.toString());
    }

    /** {@code &lt;}, {@code &#39;}, {@code &#x4e2d;} and the common named references. */
    static String entities(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i + 1 && semi - i <= 10) {
                String decoded = reference(s.substring(i + 1, semi));
                if (decoded != null) {
                    sb.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String reference(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return NAMED.get(name);
    }
}
