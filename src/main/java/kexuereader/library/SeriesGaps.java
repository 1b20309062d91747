package kexuereader.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kexuereader.model.ArticleSummary;
import kexuereader.model.SeriesPart;

/**
 * Lays a series out part by part and finds its gaps: numbers between 1 and the highest part seen that no
 * article holds, and parts other articles cite (《…》) that the library lacks.
 */
final class SeriesGaps {

    /** Numbering gaps are listed up to this part; a stray huge number must not make thousands of rows. */
    static final int MAX_PART = 300;

    private SeriesGaps() {
    }

    /**
     * @param members    the series' articles
     * @param referenced cited titles not in the library, keyed by {@link Library#slotKey} + NUL + title key
     */
    static SeriesOverview overview(String name, List<ArticleSummary> members, Map<String, String> referenced) {
        Map<Integer, List<ArticleSummary>> byPart = new TreeMap<>();
        List<ArticleSummary> unnumbered = new ArrayList<>();
        for (ArticleSummary a : members) {
            SeriesPart s = a.series();
            if (s == null || s.part() == null) {
                unnumbered.add(a);
            } else {
                byPart.computeIfAbsent(s.part(), p -> new ArrayList<>()).add(a);
            }
        }
        Map<Integer, List<String[]>> refsByPart = new TreeMap<>();
        for (Map.Entry<String, String> r : referenced.entrySet()) {
            int part = Integer.parseInt(r.getKey().substring(0, 5));
            String rest = r.getKey().substring(5, r.getKey().indexOf('\u0000'));
            refsByPart.computeIfAbsent(part, p -> new ArrayList<>()).add(
                    new String[] {rest.isEmpty() ? null : rest, r.getValue()});
        }
        int max = 0;
        for (int p : byPart.keySet()) {
            max = Math.max(max, p);
        }
        for (int p : refsByPart.keySet()) {
            max = Math.max(max, p);
        }
        max = Math.min(max, MAX_PART);

        List<SeriesOverview.Slot> slots = new ArrayList<>();
        for (int p = 1; p <= max; p++) {
            List<ArticleSummary> present = byPart.getOrDefault(p, List.of());
            List<String[]> refs = refsByPart.getOrDefault(p, List.of());
            if (present.isEmpty()) {
                if (refs.isEmpty()) {
                    slots.add(new SeriesOverview.Slot(p, null, null, null));
                }
                for (String[] r : refs) {
                    slots.add(new SeriesOverview.Slot(p, r[0], null, r[1]));
                }
                continue;
            }
            List<SeriesOverview.Slot> here = new ArrayList<>();
            for (ArticleSummary a : present) {
                here.add(new SeriesOverview.Slot(p, a.series().suffix(), a, null));
            }
            for (String[] r : refs) {
                boolean suffixPresent = present.stream().anyMatch(a -> r[0] == null
                        || r[0].equals(a.series().suffix()));
                if (!suffixPresent) {
                    here.add(new SeriesOverview.Slot(p, r[0], null, r[1]));
                }
            }
            here.sort(Comparator.comparingInt((SeriesOverview.Slot s) -> suffixOrder(s.suffix())));
            slots.addAll(here);
        }
        for (ArticleSummary a : unnumbered) {
            slots.add(new SeriesOverview.Slot(null, a.series() == null ? null : a.series().suffix(), a, null));
        }
        return new SeriesOverview(name, slots);
    }

    private static int suffixOrder(String suffix) {
        return suffix == null ? 0 : switch (suffix) {
            case "上" -> 1;
            case "中" -> 2;
            case "下" -> 3;
            default -> 4;
        };
    }
}
