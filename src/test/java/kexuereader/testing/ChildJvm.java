package kexuereader.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second JVM running a main class of the tests, on the tests' own classpath: another process on the same
 * library, or one to kill in the middle of an import. Its stdout is collected line by line as it comes.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;
    private final Path stderr;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process was killed: what was read so far is what it said
            }
        }, "child-stdout");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts {@code main} with {@code args}. Temporary files of the child (sqlite-jdbc extracts its native library
     * there, and a killed process cannot delete it) go to {@code tmp}.
     */
    public static ChildJvm start(Path tmp, Class<?> main, List<String> args) {
        return start(tmp, 0, List.of(), main, args);
    }

    /** Starts {@code main}, which opens a window, on the headless JavaFX platform the UI tests use. */
    public static ChildJvm startHeadlessWindow(Path tmp, Class<?> main, List<String> args) {
        return start(tmp, 0, List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32"), main, args);
    }

    /**
     * Starts {@code main} with no file it writes allowed to grow past {@code fileSizeKb} (bash's {@code ulimit -f}):
     * a full disk for that process, without root. The JVM ignores SIGXFSZ, so writes fail with EFBIG instead.
     */
    public static ChildJvm startWithFileSizeLimit(Path tmp, int fileSizeKb, Class<?> main, List<String> args) {
        return start(tmp, fileSizeKb, List.of(), main, args);
    }

    /** Starts {@code main} with JVM options of its own, such as a small {@code -Xmx}. */
    public static ChildJvm startWithOptions(Path tmp, List<String> options, Class<?> main, List<String> args) {
        return start(tmp, 0, options, main, args);
    }

    private static ChildJvm start(Path tmp, int fileSizeKb, List<String> options, Class<?> main, List<String> args) {
        try {
            Files.createDirectories(tmp);
            List<String> command = new ArrayList<>();
            if (fileSizeKb > 0) {
                command.addAll(List.of("bash", "-c", "ulimit -f " + fileSizeKb + " && exec \"$@\"", "bash"));
            }
            command.addAll(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + tmp.toAbsolutePath()));
            command.addAll(options);
            command.add(main.getName());
            command.addAll(args);
            Path err = Files.createTempFile(tmp, "stderr-", ".txt");
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            return new ChildJvm(p, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines the child has printed so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits until a printed line matches; false on timeout or when the child ends first. */
    public boolean awaitLine(Predicate<String> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(match)) {
                return true;
            }
            if (!process.isAlive()) {
                joinPump();
                return lines.stream().anyMatch(match);
            }
            sleep(5);
        }
        return false;
    }

    /** Waits for the child to end; its exit code, or throws when it does not end in time. */
    public int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the child did not finish in " + timeout + "; it said " + lines()
                        + " and on stderr: " + stderr());
            }
            joinPump();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Kills the child at once (SIGKILL), as a crash or a power cut of the process would, and waits for it. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        joinPump();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    public String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }

    private void joinPump() {
        try {
            pump.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
