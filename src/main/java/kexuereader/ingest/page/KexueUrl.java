package kexuereader.ingest.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Addresses of the blog's posts: {@code kexue.fm/archives/N} and its mirror {@code spaces.ac.cn/archives/N} are one post. */
final class KexueUrl {

    static final Pattern POST = Pattern.compile(
            "(?i)(?:https?://)?(?:www\\.)?(?:kexue\\.fm|spaces\\.ac\\.cn)/archives/(\\d{1,7})(?![\\d])");
    static final Pattern SITE = Pattern.compile("(?i)(?:kexue\\.fm|spaces\\.ac\\.cn)");

    private KexueUrl() {
    }

    /** N of the first post address in the text, or null. */
    static Integer blogId(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = POST.matcher(text);
        return m.find() ? parse(m.group(1)) : null;
    }

    static Integer parse(String digits) {
        try {
            int n = Integer.parseInt(digits);
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
