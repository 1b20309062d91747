package kexuereader.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kexuereader.model.MonthDay;

/**
 * Decides which entries show the same article (docs/architecture.md, "Merging"). Entries that name the same post
 * (blog id) are one article, and entries of two different posts never are. Otherwise two entries are one article when their dates
 * agree and either their normalised titles match, or their excerpts start alike (titles drift after publication;
 * archive-page excerpts may have no title at all). Dates agree when month and day are equal and the years are
 * equal or one is unknown; a cluster never holds two different known years.
 *
 * <p>Every rule needs equal month-days, so the merge runs per month-day block. The result depends only on the
 * set of entries, never on the order they were imported in: entries are visited in (source SHA, ordinal) order.
 */
public final class Merger {

    /** Excerpts shorter than this (after normalising) are too short to say two entries are one article. */
    static final int MIN_HEAD = 8;

    private static final Comparator<MergeKey> CANONICAL = Comparator.comparing(MergeKey::sourceSha)
            .thenComparingInt(MergeKey::ordinal).thenComparingLong(MergeKey::entryId);

    private Merger() {
    }

    /**
     * Clusters the entries of one month-day block.
     *
     * @return the clusters, each in canonical order, ordered by their first entry
     */
    public static List<List<MergeKey>> cluster(List<MergeKey> block) {
        List<MergeKey> keys = new ArrayList<>(block);
        keys.sort(CANONICAL);
        Sets sets = new Sets(keys);

        // the blog's own number says it first: entries of one post are one article, of two posts never
        Map<Integer, List<Integer>> byBlogId = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).blogId() != null) {
                byBlogId.computeIfAbsent(keys.get(i).blogId(), n -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : byBlogId.values()) {
            unionGroup(sets, group);
        }
        Map<String, List<Integer>> byTitle = new LinkedHashMap<>();
        Map<String, List<Integer>> byHeadPrefix = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            MergeKey k = keys.get(i);
            if (k.titleKey() != null && !k.titleKey().isEmpty()) {
                byTitle.computeIfAbsent(k.titleKey(), t -> new ArrayList<>()).add(i);
            }
            if (k.head() != null && k.head().length() >= MIN_HEAD) {
                byHeadPrefix.computeIfAbsent(k.head().substring(0, MIN_HEAD), t -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : byTitle.values()) {
            unionGroup(sets, group);
        }
        for (List<Integer> group : byHeadPrefix.values()) {
            // entries with the same head are trivially alike; only distinct heads need comparing
            Map<String, List<Integer>> byHead = new TreeMap<>();
            for (int i : group) {
                byHead.computeIfAbsent(keys.get(i).head(), h -> new ArrayList<>()).add(i);
            }
            for (List<Integer> same : byHead.values()) {
                unionGroup(sets, same);
            }
            List<String> heads = new ArrayList<>(byHead.keySet());
            for (int a = 0; a < heads.size(); a++) {
                for (int b = a + 1; b < heads.size(); b++) {
                    if (alike(heads.get(a), heads.get(b))) {
                        unionAny(sets, byHead.get(heads.get(a)), byHead.get(heads.get(b)));
                    }
                }
            }
        }

        Map<Integer, List<MergeKey>> clusters = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            clusters.computeIfAbsent(sets.find(i), r -> new ArrayList<>()).add(keys.get(i));
        }
        List<List<MergeKey>> result = new ArrayList<>(clusters.values());
        result.sort(Comparator.comparing(c -> c.get(0), CANONICAL));
        return result;
    }

    /** Excerpts start alike when the shorter head is a prefix of the longer one. */
    public static boolean alike(String headA, String headB) {
        int m = Math.min(headA.length(), headB.length());
        return m >= MIN_HEAD && headA.regionMatches(0, headB, 0, m);
    }

    /** Unites each member with the first set of the group its year allows. */
    private static void unionGroup(Sets sets, List<Integer> group) {
        for (int x = 1; x < group.size(); x++) {
            for (int y = 0; y < x; y++) {
                if (sets.union(group.get(y), group.get(x))) {
                    break;
                }
            }
        }
    }

    private static void unionAny(Sets sets, List<Integer> a, List<Integer> b) {
        for (int x : b) {
            for (int y : a) {
                if (sets.union(y, x)) {
                    break;
                }
            }
        }
    }

    /** Union-find over entry indices that refuses to join two different known years, or two different posts. */
    private static final class Sets {
        private final int[] parent;
        private final Integer[] year;
        private final Integer[] blogId;

        Sets(List<MergeKey> keys) {
            parent = new int[keys.size()];
            year = new Integer[keys.size()];
            blogId = new Integer[keys.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                year[i] = keys.get(i).year();
                blogId[i] = keys.get(i).blogId();
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins the sets of a and b; false when their years conflict. Already joined counts as joined. */
        boolean union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return true;
            }
            if (year[ra] != null && year[rb] != null && !year[ra].equals(year[rb])) {
                return false;
            }
            if (blogId[ra] != null && blogId[rb] != null && !blogId[ra].equals(blogId[rb])) {
                return false;
            }
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = root;
            if (year[root] == null) {
                year[root] = year[other];
            }
            if (blogId[root] == null) {
                blogId[root] = blogId[other];
            }
            return true;
        }
    }

    /** Groups keys by month-day, for callers that hold more than one block. */
    public static Map<MonthDay, List<MergeKey>> byMonthDay(List<MergeKey> keys) {
        Map<MonthDay, List<MergeKey>> blocks = new HashMap<>();
        for (MergeKey k : keys) {
            blocks.computeIfAbsent(k.monthDay(), md -> new ArrayList<>()).add(k);
        }
        return blocks;
    }
}
