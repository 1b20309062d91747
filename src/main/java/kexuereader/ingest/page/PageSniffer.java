package kexuereader.ingest.page;

import java.util.regex.Pattern;

/** Tells an article page (format C) and the archive index (format D) from the listing and home dumps. */
public final class PageSniffer {

    /** What a text is, as far as formats C and D are concerned. */
    public enum Kind {
        /** One article's page. */
        PAGE,
        /** The 归档 index. */
        INDEX,
        /** A page of kexue.fm that holds comments but no article: refused. */
        COMMENTS_ONLY,
        /** An article page of another site (its title links elsewhere): refused. */
        OTHER_SITE,
        /** None of these: formats A and B may still take it. */
        OTHER
    }

    static final Pattern INDEX_YEAR = Pattern.compile("^\\W{0,6}(\\d{4})\\s*年\\s*[（(]\\s*共\\s*(\\d+)\\s*篇\\s*[）)]");
    static final Pattern INDEX_POST = Pattern.compile("^\\s{0,8}(?:[-*+]\\s*)?(\\d{1,2})\\s*日\\s*[:：]\\s*(.+)$");
    private static final Pattern BIBTEX = Pattern.compile("@online\\{kexuefm-\\d+");
    private static final Pattern CITATION = Pattern.compile("苏剑林\\.\\s*\\(\\w{3,9}\\.?\\s*\\d{1,2},\\s*\\d{4}\\)\\.\\s*《");
    private static final Pattern LINKED_TITLE = Pattern.compile(
            "(?m)^#{1,3}\\s*\\[.+\\]\\(\\s*(?:https?://)?(?:www\\.)?(?:kexue\\.fm|spaces\\.ac\\.cn)/archives/\\d+");
    /** A linked title heading of a page: a capture of an article page, whatever the site. */
    private static final Pattern FOREIGN_TITLE = Pattern.compile("(?m)^#{1,3}\\s*\\[.+\\]\\(\\s*https?://");
    private static final Pattern COMMENT_MARKS = Pattern.compile("回复评论|replyTo=|#comment-\\d+|发表你的看法");

    private PageSniffer() {
    }

    /**
     * Whether the first ASCII letter, digit or underscore of the line is a digit: both index patterns need it
     * (what comes before their first digit is {@code \W} or white space), and few lines of a body have it.
     */
    private static boolean firstWordCharIsDigit(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                return false;
            }
        }
        return false;
    }

    public static Kind sniff(String text) {
        int years = 0;
        int posts = 0;
        int from = 0;
        int n = text.length();
        int lines = 0;
        while (from < n && lines < 200_000) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = n;
            }
            if (end - from < 2_000 && firstWordCharIsDigit(text, from, end)) {
                String line = text.substring(from, end);
                if (line.indexOf('年') >= 0 && INDEX_YEAR.matcher(line).find()) {
                    years++;
                } else if (line.indexOf('日') >= 0 && INDEX_POST.matcher(line).matches()) {
                    posts++;
                }
            }
            from = end + 1;
            lines++;
        }
        if (posts >= 3 || years >= 1 && posts >= 1) {
            return Kind.INDEX;
        }
        boolean site = KexueUrl.SITE.matcher(text).find();
        if (BIBTEX.matcher(text).find() || CITATION.matcher(text).find() || LINKED_TITLE.matcher(text).find()
                || site && text.contains("转载到请包括本文地址")) {
            return Kind.PAGE;
        }
        if (FOREIGN_TITLE.matcher(text).find()) {
            return Kind.OTHER_SITE;
        }
        if (site && COMMENT_MARKS.matcher(text).find() && !text.contains("位读者")) {
            return Kind.COMMENTS_ONLY;
        }
        return Kind.OTHER;
    }
}
