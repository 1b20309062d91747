package kexuereader.ui;

/**
 * Marks on the way to the first frame, for finding where start-up time goes: with
 * {@code -Dkexuereader.startup.trace=true} each mark prints {@code trace: N ms WHAT [THREAD]} (milliseconds since
 * the process started) to stderr; without it a mark costs one field read. Not a benchmark: the figures are the
 * start-up benchmark's (docs/benchmarks.md).
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("kexuereader.startup.trace");
    /** The process's start on the {@link System#nanoTime} scale, fixed at the first mark. */
    private static volatile long origin = Long.MIN_VALUE;

    private StartupTrace() {
    }

    /** Notes that {@code what} has just happened, when tracing. */
    public static void mark(String what) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        if (origin == Long.MIN_VALUE) {
            origin = now - ReaderApp.sinceJvmStart() * 1_000_000L;
        }
        System.err.println("trace: " + (now - origin) / 1_000_000L + " ms, cpu " + cpuMillis() + " ms " + what
                + " [" + Thread.currentThread().getName() + "]");
    }

    /** The process's CPU time so far (user and system, all threads), from /proc; -1 where there is none. */
    static long cpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) * 10; // USER_HZ ticks, 100 a second
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
