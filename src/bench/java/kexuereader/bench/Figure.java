package kexuereader.bench;

/**
 * One line of the benchmark table: what was measured on which input, its statistics, the floor it is compared
 * with, and the target.
 *
 * @param name    what was measured
 * @param input   the input and its size
 * @param unit    ms, s, MB/s, MB, us
 * @param stats   the measurements (median, min, max over runs; p95 where it says so)
 * @param floor   the floor's median in the same unit, or null when there is none
 * @param floorIs what the floor is
 * @param ratio   the figure against its floor as the target states it (×), or null
 * @param target  the target, in words, or empty
 * @param met     whether the target is met; null when there is no target
 */
public record Figure(String name, String input, String unit, Stats stats, Double floor, String floorIs, Double ratio,
                     String target, Boolean met) {

    /** A figure without a floor or a target. */
    static Figure plain(String name, String input, String unit, Stats stats) {
        return new Figure(name, input, unit, stats, null, "", null, "", null);
    }

    /** A figure whose target is a ratio to its floor: {@code median / floor ≤ limit}. */
    static Figure againstFloor(String name, String input, String unit, Stats stats, Stats floor, String floorIs,
                               double limit) {
        double ratio = stats.median() / floor.median();
        return new Figure(name, input, unit, stats, floor.median(), floorIs, ratio,
                "≤ " + trim(limit) + "× floor", ratio <= limit);
    }

    /** A figure with an absolute upper bound and, optionally, a floor shown for scale. */
    static Figure atMost(String name, String input, String unit, Stats stats, double limit, double value,
                         Stats floor, String floorIs) {
        return new Figure(name, input, unit, stats, floor == null ? null : floor.median(), floorIs == null ? ""
                : floorIs, floor == null ? null : stats.median() / floor.median(),
                "≤ " + trim(limit) + " " + unit, value <= limit);
    }

    static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
