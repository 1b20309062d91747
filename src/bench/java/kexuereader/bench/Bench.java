package kexuereader.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the benchmarks the settings ask for and prints one table: each figure a median over several runs after
 * warm-up, with min and max, its input, its floor and its target. Progress goes to {@code log}; the table to
 * {@code out}.
 */
public final class Bench {

    private final BenchSettings settings;
    private final Workspace workspace;
    private final Subprocess subprocess;
    private final PrintWriter out;
    private final PrintWriter log;
    private final Path installed;

    public Bench(BenchSettings settings, Path workDir, PrintWriter out, PrintWriter log) {
        this(settings, workDir, out, log, null);
    }

    /** With {@code installed}, the folder of an installed application whose start-up is measured too. */
    public Bench(BenchSettings settings, Path workDir, PrintWriter out, PrintWriter log, Path installed) {
        this.installed = installed;
        this.settings = settings;
        this.workspace = new Workspace(workDir, log);
        this.subprocess = Subprocess.likeThisOne(workDir);
        this.out = out;
        this.log = log;
    }

    /** Runs everything asked for; returns the table's figures. */
    public Report run() {
        Report report = new Report();
        report.note(machine());
        List<Integer> sizes = settings.sizes();
        List<Integer> librarySizes = sizes.stream().filter(n -> n >= 10_000).toList();
        if (librarySizes.isEmpty()) {
            librarySizes = List.of(settings.largest());
        }
        if (settings.wants("parse")) {
            int size = sizes.stream().min((a, b) -> Integer.compare(Math.abs(a - 10_000), Math.abs(b - 10_000)))
                    .orElseThrow();
            report.addAll(ParseBench.run(workspace, size, settings));
        }
        if (settings.wants("import")) {
            for (int size : sizes) {
                report.addAll(ImportBench.run(workspace, size, settings));
            }
        }
        if (settings.wants("search")) {
            for (int size : librarySizes) {
                report.addAll(SearchBench.run(workspace.library(size), size, settings, log));
            }
        }
        if (settings.wants("page")) {
            report.addAll(PageBench.run(settings, subprocess, log));
        }
        if (settings.wants("pages")) {
            report.addAll(PagesBench.run(workspace, settings));
        }
        if (settings.wants("formulas")) {
            log.println("formulas: formulas bench over the seeds (about 10 s)");
            log.flush();
            report.addAll(FormulasFigure.run());
        }
        boolean gui = settings.wants("startup") || settings.wants("memory");
        if (gui && !Subprocess.hasDisplay()) {
            report.note("start-up and memory skipped: no display (run the benchmark under xvfb-run)");
        } else if (gui && installed != null) {
            // the installed application alone, on the seeds and every size asked for
            StartupBench.Launch launch = Launches.installed(installed, workspace, subprocess);
            Map<String, Path> libraries = new LinkedHashMap<>();
            libraries.put("32 articles (seeds)", workspace.seedsLibrary());
            for (int size : sizes) {
                libraries.put(String.format(Locale.ROOT, "%,d articles", size), workspace.library(size));
            }
            report.addAll(StartupBench.run(subprocess, launch, libraries, settings, log));
        } else if (gui) {
            List<StartupBench.Launch> launches = Launches.prepare(workspace, subprocess, workspace.seedsLibrary());
            StartupBench.Launch launch = launches.get(launches.size() - 1);
            if (settings.wants("startup")) {
                Map<String, Path> libraries = new LinkedHashMap<>();
                libraries.put("32 articles (seeds)", workspace.seedsLibrary());
                for (int size : librarySizes) {
                    libraries.put(String.format(Locale.ROOT, "%,d articles", size), workspace.library(size));
                }
                for (StartupBench.Launch l : launches) {
                    report.addAll(StartupBench.run(subprocess, l, libraries, settings, log));
                }
            }
            if (settings.wants("memory")) {
                Map<String, Path> libraries = new LinkedHashMap<>();
                for (int size : librarySizes) {
                    libraries.put(String.format(Locale.ROOT, "%,d articles", size), workspace.library(size));
                }
                report.addAll(MemoryBench.run(subprocess, launch, libraries, settings, log));
            }
        }
        report.print(out);
        return report;
    }

    /** The machine the figures were measured on. */
    static String machine() {
        String load = "";
        try {
            load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "measured %s on %s %s, %d CPUs, JDK %s (%s)%s, heap max %d MB",
                LocalDate.now(), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), load, Runtime.getRuntime().maxMemory() >> 20)
                + ", JVM options " + ManagementFactory.getRuntimeMXBean().getInputArguments();
    }
}
