package kexuereader.model;

import java.util.List;

/**
 * What the blog itself says about a post beyond its text: its number, its address, its footer.
 *
 * @param blogId     N of {@code kexue.fm/archives/N}, or null when unknown
 * @param url        the post's canonical address ({@code https://kexue.fm/archives/N}), or null
 * @param categories the footer's 分类, in page order
 * @param tags       the footer's 标签, in page order
 * @param comments   the comment count the page or the index showed, or null
 */
public record PostFacts(Integer blogId, String url, List<String> categories, List<String> tags, Integer comments) {

    /** Nothing known: what listing and home dumps give. */
    public static final PostFacts NONE = new PostFacts(null, null, List.of(), List.of(), null);

    public PostFacts {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }

    /** The canonical address of post N: the mirror {@code spaces.ac.cn} serves the same posts under the same N. */
    public static String urlOf(int blogId) {
        return "https://kexue.fm/archives/" + blogId;
    }

    public static PostFacts of(int blogId) {
        return new PostFacts(blogId, urlOf(blogId), List.of(), List.of(), null);
    }

    public boolean isEmpty() {
        return blogId == null && url == null && categories.isEmpty() && tags.isEmpty() && comments == null;
    }
}
