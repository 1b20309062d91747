package kexuereader.merge;

import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Content;
import kexuereader.model.Entry;
import kexuereader.model.PostFacts;

/**
 * What an article takes from its entries beyond title and readers: the body, and the facts of its post. A whole
 * article page beats every excerpt, and among the others the longest wins; the blog id, address and footer come
 * from the entries that show them.
 */
final class ArticleFacts {

    private ArticleFacts() {
    }

    /** The entry whose body the article shows; members are in canonical order, so ties go the same way always. */
    static Entry body(List<StoredEntry> members) {
        Entry best = members.get(0).entry();
        for (StoredEntry m : members) {
            Entry e = m.entry();
            int c = Integer.compare(rank(e), rank(best));
            if (c > 0 || c == 0 && e.body().length() > best.body().length()) {
                best = e;
            }
        }
        return best;
    }

    /**
     * A whole article page first; then any text, the longest winning (a dump's "whole short article" may be a
     * cut excerpt in disguise, so among dumps length decides, as it always did); nothing last.
     */
    private static int rank(Entry e) {
        Content c = e.content();
        if (c == Content.FULL && !e.blocks().isEmpty()) {
            return 2;
        }
        return c == Content.NONE ? 0 : 1;
    }

    /** Blog id and address from the first entry that has them; footer lists from the first page showing them. */
    static PostFacts post(List<StoredEntry> members) {
        Integer blogId = null;
        String url = null;
        List<String> categories = List.of();
        List<String> tags = List.of();
        Integer comments = null;
        List<StoredEntry> ordered = new ArrayList<>(members);
        for (StoredEntry m : ordered) {
            PostFacts p = m.entry().post();
            if (blogId == null && p.blogId() != null) {
                blogId = p.blogId();
                url = p.url();
            }
            if (categories.isEmpty() && !p.categories().isEmpty()) {
                categories = p.categories();
            }
            if (tags.isEmpty() && !p.tags().isEmpty()) {
                tags = p.tags();
            }
            if (p.comments() != null) {
                comments = comments == null ? p.comments() : Math.max(comments, p.comments()); // counts only grow
            }
        }
        if (url == null && blogId != null) {
            url = PostFacts.urlOf(blogId);
        }
        return new PostFacts(blogId, url, categories, tags, comments);
    }
}
