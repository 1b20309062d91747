package kexuereader.merge;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Fixes the years of an archive-page dump, whose date labels have none (docs/architecture.md, "Years of
 * archive dumps"). Its dates descend through the file, so one entry of known year fixes them all: going down, a month-day later in the year than
 * the one above it means the year before ({@code Dec} after {@code Jan}). The known year comes from an anchor:
 * an entry of the dump that is an article another dump dated in full.
 */
public final class YearResolver {

    private YearResolver() {
    }

    /**
     * The year of the dump's first entry.
     *
     * @param entries in file order
     * @param dated   entries of other dumps with a known year and the same month-day as the given entry
     * @return the year, or null when no entry is an anchor
     */
    public static Integer firstEntryYear(List<MergeKey> entries, Function<MergeKey, List<MergeKey>> dated) {
        for (int k = 0; k < entries.size(); k++) {
            MergeKey e = entries.get(k);
            Map<Integer, Integer> votes = new TreeMap<>();
            for (MergeKey d : dated.apply(e)) {
                if (d.year() != null && d.month() == e.month() && d.day() == e.day() && sameArticle(e, d)) {
                    votes.merge(d.year(), 1, Integer::sum);
                }
            }
            if (!votes.isEmpty()) {
                int best = votes.entrySet().stream()
                        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow().getKey();
                return best + rolloversBefore(entries, k);
            }
        }
        return null;
    }

    /** The year of each entry when the first one's is {@code firstYear}. */
    public static int[] years(List<MergeKey> entries, int firstYear) {
        int[] years = new int[entries.size()];
        int year = firstYear;
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0 && later(entries.get(i), entries.get(i - 1))) {
                year--;
            }
            years[i] = year;
        }
        return years;
    }

    /** How many times the year rolls back between the first entry and entry {@code k}. */
    public static int rolloversBefore(List<MergeKey> entries, int k) {
        int n = 0;
        for (int i = 1; i <= k; i++) {
            if (later(entries.get(i), entries.get(i - 1))) {
                n++;
            }
        }
        return n;
    }

    private static boolean later(MergeKey a, MergeKey b) {
        return a.monthDay().isAfter(b.monthDay());
    }

    private static boolean sameArticle(MergeKey a, MergeKey b) {
        return sameArticle(a.titleKey(), a.head(), b);
    }

    /** Whether an entry with this title key and head and the entry {@code b} show the same article. */
    public static boolean sameArticle(String titleKey, String head, MergeKey b) {
        if (titleKey != null && titleKey.equals(b.titleKey())) {
            return true;
        }
        return head != null && b.head() != null && Merger.alike(head, b.head());
    }
}
