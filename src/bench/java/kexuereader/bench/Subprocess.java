package kexuereader.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts fresh JVMs for the figures that need one (start-up, memory, the first page of a JVM): the same
 * {@code java} and the same class path (the jar) as the benchmark itself, with the given JVM options.
 */
final class Subprocess {

    private static final Pattern PAGE = Pattern.compile("page: ([\\d.]+) ms");

    private final String java;
    private final String classPath;
    private final Path logDir;

    Subprocess(String java, String classPath, Path logDir) {
        this.java = java;
        this.classPath = classPath;
        this.logDir = logDir;
    }

    /** The JVM and class path this process runs on. */
    static Subprocess likeThisOne(Path logDir) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        StringBuilder cp = new StringBuilder();
        for (String part : System.getProperty("java.class.path").split(File.pathSeparator)) {
            cp.append(cp.length() == 0 ? "" : File.pathSeparator).append(Path.of(part).toAbsolutePath());
        }
        return new Subprocess(java, cp.toString(), logDir);
    }

    String classPath() {
        return classPath;
    }

    /** Whether windows can be opened: a display to draw on (Xvfb will do). */
    static boolean hasDisplay() {
        String d = System.getenv("DISPLAY");
        return d != null && !d.isBlank() || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /** Runs {@code mainClass} with {@code jvmOptions} and {@code args}; returns its standard output lines. */
    List<String> run(List<String> jvmOptions, String mainClass, List<String> args, int timeoutSeconds) {
        return run(classPath, jvmOptions, mainClass, args, timeoutSeconds);
    }

    /** As {@link #run(List, String, List, int)}, on another class path. */
    List<String> run(String cp, List<String> jvmOptions, String mainClass, List<String> args, int timeoutSeconds) {
        return run(java, cp, jvmOptions, mainClass, args, timeoutSeconds);
    }

    /** As {@link #run(List, String, List, int)}, with another {@code java} (null: this one) and class path. */
    List<String> run(String javaCommand, String cp, List<String> jvmOptions, String mainClass, List<String> args,
                     int timeoutSeconds) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand == null ? java : javaCommand);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(cp);
        command.add(mainClass);
        command.addAll(args);
        return command(command, timeoutSeconds);
    }

    /** Runs {@code command} as it is (a launcher, not a JVM started here); returns its standard output lines. */
    List<String> command(List<String> command, int timeoutSeconds) {
        try {
            Files.createDirectories(logDir);
            Path err = logDir.resolve("last-child.err");
            Process p = new ProcessBuilder(command).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", command) + "\n"
                        + String.join("\n", lines) + "\n" + Files.readString(err));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds a fresh JVM takes to build its first page of {@code formulas} formulas. */
    double firstPageMillis(int formulas) {
        List<String> out = run(List.of(), Probe.class.getName(), List.of("page", String.valueOf(formulas)), 300);
        return number(out, PAGE);
    }

    /** The first number the pattern captures in any line. */
    static double number(List<String> lines, Pattern pattern) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        throw new IllegalStateException("no " + pattern + " in the output: " + lines);
    }
}
