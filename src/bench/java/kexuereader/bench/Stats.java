package kexuereader.bench;

import java.util.Arrays;
import java.util.List;

/**
 * A summary of repeated measurements: how many, the median, the extremes and the 95th percentile (nearest
 * rank, as {@code formulas bench} computes its percentiles).
 */
public record Stats(int n, double median, double min, double max, double p95) {

    public static Stats of(List<Double> samples) {
        return of(samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Stats of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return new Stats(s.length, median, s[0], s[s.length - 1], percentile(s, 95));
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
