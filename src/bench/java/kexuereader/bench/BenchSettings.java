package kexuereader.bench;

import java.util.List;
import java.util.Set;

/**
 * How the benchmarks run.
 *
 * @param sizes      the archive sizes (articles) for import, search and memory
 * @param warmUps    untimed runs before the timed ones
 * @param runs       timed runs of in-process benchmarks
 * @param searchRuns timed runs of each search query (for p95)
 * @param gui        start-up and memory runs per configuration
 * @param importRuns timed imports of each size (a 100,000-article import is one run unless asked otherwise)
 * @param only       the benchmarks to run; empty for all
 */
public record BenchSettings(List<Integer> sizes, int warmUps, int runs, int searchRuns, int gui, int importRuns,
                       Set<String> only) {

    /** Every benchmark name, in the order they run. */
    public static final List<String> NAMES = List.of("parse", "import", "search", "page", "pages", "formulas",
            "startup", "memory");

    public BenchSettings {
        sizes = List.copyOf(sizes);
        only = Set.copyOf(only);
        for (String o : only) {
            if (!NAMES.contains(o)) {
                throw new IllegalArgumentException("no benchmark called '" + o + "'; there are " + NAMES);
            }
        }
    }

    /** The full run: 1,000, 10,000 and 100,000 articles. */
    public static BenchSettings full() {
        return new BenchSettings(List.of(1_000, 10_000, 100_000), 3, 7, 40, 7, 3, Set.of());
    }

    /** A run of a few minutes for checking the harness: small archives, few runs. */
    public static BenchSettings quick() {
        return new BenchSettings(List.of(1_000, 3_000), 1, 3, 10, 3, 1, Set.of());
    }

    boolean wants(String name) {
        return only.isEmpty() || only.contains(name);
    }

    /** The largest size, the one targets are stated for. */
    int largest() {
        return sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** Import runs for a size: large imports run once unless {@link #importRuns} asks for fewer. */
    int importRunsFor(int size) {
        return size >= 50_000 ? 1 : importRuns;
    }
}
