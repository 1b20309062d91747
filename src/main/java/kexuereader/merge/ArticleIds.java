package kexuereader.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Gives each article of a month-day block its id: a short hash of its month-day and the start of its excerpt,
 * the two things that survive a renamed title and a year found later. Two articles of the same block that
 * would share an id are told apart by year, then by their first entry. The same set of entries always gives
 * the same ids.
 */
public final class ArticleIds {

    static final int LENGTH = 12;

    private ArticleIds() {
    }

    public static List<String> assign(List<List<MergeKey>> clusters) {
        List<String> keys = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        for (List<MergeKey> c : clusters) {
            String k = baseKey(c);
            keys.add(k);
            uses.merge(k, 1, Integer::sum);
        }
        List<String> refined = new ArrayList<>();
        Map<String, Integer> refinedUses = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            String k = keys.get(i);
            if (uses.get(k) > 1) {
                Integer year = yearOf(clusters.get(i));
                k = k + "|" + (year == null ? "?" : year);
            }
            refined.add(k);
            refinedUses.merge(k, 1, Integer::sum);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            String k = refined.get(i);
            if (refinedUses.get(k) > 1) {
                MergeKey first = clusters.get(i).get(0);
                k = k + "|" + first.sourceSha() + "#" + first.ordinal();
            }
            ids.add(hash(k));
        }
        return ids;
    }

    private static String baseKey(List<MergeKey> cluster) {
        MergeKey any = cluster.get(0);
        String best = null;
        for (MergeKey k : cluster) {
            if (k.head() != null && k.head().length() >= Merger.MIN_HEAD && (best == null || k.head().compareTo(best) > 0)) {
                best = k.head();
            }
        }
        if (best == null) {
            for (MergeKey k : cluster) {
                String t = k.titleKey() == null ? null : "title:" + k.titleKey();
                if (t != null && (best == null || t.compareTo(best) < 0)) {
                    best = t;
                }
            }
        }
        if (best == null) {
            best = "entry:" + any.sourceSha() + "#" + any.ordinal() + ":" + any.head();
        }
        return String.format("%02d-%02d|%s", any.month(), any.day(), best);
    }

    private static Integer yearOf(List<MergeKey> cluster) {
        for (MergeKey k : cluster) {
            if (k.year() != null) {
                return k.year();
            }
        }
        return null;
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
