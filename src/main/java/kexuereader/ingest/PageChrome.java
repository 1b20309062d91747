package kexuereader.ingest;

/**
 * Words of the blog's page layout that dumps carry along but that are not article text.
 */
final class PageChrome {

    /** The listing page's "cite" button, glued onto the first paragraph after the reader count. */
    static final String CITE = "引用";
    /** The archive page's "read the whole article" link that ends each excerpt. */
    static final String READ_MORE = "点击阅读全文";
    /** The sidebar heading after the last entry: where the page's articles end. */
    static final String RECENT_COMMENTS = "最近评论";

    private PageChrome() {
    }

    static boolean isReadMore(Line line) {
        String n = line.normalized();
        return n.startsWith(READ_MORE) && n.length() <= READ_MORE.length() + 4 || n.equals("阅读全文...")
                || n.equals("阅读全文");
    }

    static boolean isEndOfArticles(Line line) {
        return line.normalized().equals(RECENT_COMMENTS);
    }
}
