package kexuereader.bench;

import java.util.ArrayList;
import java.util.List;

/** Runs a piece of work after warm-up and collects its times. */
final class Timing {

    /** Work that may throw. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Timing() {
    }

    /** Milliseconds of each of {@code runs} runs, after {@code warmUps} untimed ones. */
    static List<Double> millis(int warmUps, int runs, Work work) {
        for (int i = 0; i < warmUps; i++) {
            call(work);
        }
        List<Double> times = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            call(work);
            times.add((System.nanoTime() - t0) / 1e6);
        }
        return times;
    }

    /** Milliseconds of one run. */
    static double once(Work work) {
        long t0 = System.nanoTime();
        call(work);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void call(Work work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a value alive so the JIT cannot drop the work that made it. */
    static volatile Object sink;
}
