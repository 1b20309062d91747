package kexuereader.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import kexuereader.math.MathEngine;

/**
 * Warms the formula engine up on a thread of its own, once per process: started when the first frame is out,
 * it runs beside the window's construction on the FX thread, so the first article's formulas do not wait for
 * JLaTeXMath's cold start after the window is up.
 */
final class MathWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private MathWarmUp() {
    }

    /** Starts the warm-up unless it was started already. */
    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            StartupTrace.mark("math: warming up");
            MathEngine.warmUp();
            StartupTrace.mark("math: warm");
        }, "kexue-reader-math-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
