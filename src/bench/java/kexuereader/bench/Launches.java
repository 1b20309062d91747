package kexuereader.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways the start-up benchmark starts the JVMs, from the slowest to the distribution's:
 * <ol>
 *   <li><b>jar alone</b>: a copy of {@code kexue-reader.jar} in a folder of its own, so JavaFX unpacks its
 *       native libraries from the jar at every start (what {@code java -jar} of a jar moved elsewhere does);</li>
 *   <li><b>natives beside</b>: the jar where the build left it, its native libraries beside it;</li>
 *   <li><b>natives beside + CDS</b>: with an application class-data archive made by one training run (the bare
 *       window gets its own, made the same way);</li>
 *   <li><b>launcher</b>: as {@code target/kexue-reader} starts the window: the archive, the client compiler
 *       alone and the serial collector (the bare window gets the same options).</li>
 * </ol>
 * Run from a class path of folders (the tests), there is only the class path as it is.
 */
final class Launches {

    /** The launcher's logging options: JVM notes to stderr, the archive's own silenced. */
    static final List<String> LOG = List.of("-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");

    /** What target/kexue-reader adds for the window: the client compiler alone, the serial collector. */
    static final List<String> WINDOW = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m");

    /** The product's jar, which the bench jar's manifest names. */
    static final String PRODUCT_JAR = "kexue-reader.jar";

    private Launches() {
    }

    static List<StartupBench.Launch> prepare(Workspace ws, Subprocess sub, Path trainingLibrary) {
        String cp = sub.classPath();
        List<StartupBench.Launch> launches = new ArrayList<>();
        if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
            launches.add(new StartupBench.Launch("class path", cp, List.of(), List.of(), false));
            return launches;
        }
        Path jar = Path.of(cp);
        Path alone = ws.root().resolve("jar-alone").resolve(jar.getFileName());
        // the bench jar finds the product's jar beside it (its manifest's Class-Path): both go
        Path product = jar.resolveSibling(PRODUCT_JAR);
        try {
            Files.createDirectories(alone.getParent());
            Files.copy(jar, alone, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            if (!jar.equals(product) && Files.isRegularFile(product)) {
                Files.copy(product, alone.resolveSibling(PRODUCT_JAR), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launches.add(new StartupBench.Launch("jar alone", alone.toString(), List.of(), List.of(), false));
        if (!Files.isRegularFile(jar.resolveSibling(System.mapLibraryName("glass")))) {
            ws.log().println("startup: no JavaFX native libraries beside " + jar + "; build with mvn package");
            return launches;
        }
        launches.add(new StartupBench.Launch("natives beside", cp, List.of(), List.of(), false));
        Path cds = ws.scratch("cds");
        ws.log().println("startup: training runs for the class-data archives");
        ws.log().flush();
        launches.add(withArchives("natives beside + CDS", cp, List.of(), cds.resolve("plain"), sub, trainingLibrary,
                false));
        launches.add(withArchives("launcher (+ CDS, C1, serial GC)", cp, WINDOW, cds.resolve("launcher"), sub,
                trainingLibrary, true));
        return launches;
    }

    /** A launch with class-data archives for both JVMs, made by one training run of each with the same options. */
    private static StartupBench.Launch withArchives(String name, String cp, List<String> options, Path dir,
                                                    Subprocess sub, Path trainingLibrary, boolean alsoPlainBare) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path readerJsa = dir.resolve("reader.jsa");
        Path bareJsa = dir.resolve("bare.jsa");
        StartupBench.forgetSettings(trainingLibrary);
        sub.run(cp, options(options, "-XX:ArchiveClassesAtExit=" + readerJsa), StartupBench.READER,
                List.of("--library", trainingLibrary.toString(), "--measure-article"), 300);
        sub.run(cp, options(options, "-XX:ArchiveClassesAtExit=" + bareJsa), StartupBench.BARE,
                List.of("--webview"), 300);
        return new StartupBench.Launch(name, cp, options(options, "-XX:SharedArchiveFile=" + readerJsa),
                options(options, "-XX:SharedArchiveFile=" + bareJsa), alsoPlainBare);
    }

    /**
     * The installed application in {@code dir} (jpackage's app image, e.g. /opt/kexue-reader): the reader through
     * its own launcher ({@code bin/kexue-reader}), with the JVM options and the cache the package carries; the
     * bare window on the app's runtime ({@code lib/runtime/bin/java}) with the same options, read from the
     * launcher's {@code lib/app/kexue-reader.cfg}, and a cache of its own made by one training run: an AOT cache
     * when the launcher names one (JDK 25+), else a class-data archive.
     */
    static StartupBench.Launch installed(Path dir, Workspace ws, Subprocess sub) {
        Path app = dir.resolve("lib").resolve("app");
        Path cfg = app.resolve("kexue-reader.cfg");
        Path java = dir.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        Path launcher = dir.resolve("bin").resolve("kexue-reader");
        if (!Files.isRegularFile(cfg) || !Files.isExecutable(java) || !Files.isExecutable(launcher)) {
            throw new IllegalArgumentException(dir + " holds no installed kexue-reader (no " + cfg + ", " + java
                    + " or " + launcher + ")");
        }
        List<String> options = new ArrayList<>(launcherOptions(cfg, app));
        // the bare window: the app's jar first, so JavaFX comes from there with its natives beside it
        String cp = app.resolve(PRODUCT_JAR) + File.pathSeparator + sub.classPath();
        Cache cache = cacheOf(cfg);
        Path bareCache = ws.scratch("cds-installed").resolve(cache == Cache.AOT ? "bare.aot" : "bare.jsa");
        try {
            Files.deleteIfExists(bareCache); // an AOT cache is not written over
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> training = new ArrayList<>(options);
        training.add(cache.training(bareCache));
        sub.run(java.toString(), cp, training, StartupBench.BARE, List.of("--webview"), 300);
        List<String> bare = new ArrayList<>(options);
        bare.add(cache.use(bareCache));
        return new StartupBench.Launch("installed (" + dir + ")", cp, List.of(), bare, false, java.toString(),
                List.of(launcher.toString()));
    }

    /** How a launcher starts its JVM warm: a class-data archive (JDK 17) or an AOT cache (JDK 25+). */
    enum Cache {
        CDS("-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile="),
        AOT("-XX:AOTCacheOutput=", "-XX:AOTCache=");

        private final String training;
        private final String use;

        Cache(String training, String use) {
            this.training = training;
            this.use = use;
        }

        /** The option of a training run that writes {@code file}. */
        String training(Path file) {
            return training + file;
        }

        /** The option of a run that uses {@code file}. */
        String use(Path file) {
            return use + file;
        }
    }

    /** The cache a jpackage launcher's .cfg names: an AOT cache if it has one, else a class-data archive. */
    static Cache cacheOf(Path cfg) {
        try {
            return Files.readAllLines(cfg).stream().anyMatch(l -> l.startsWith("java-options=-XX:AOTCache="))
                    ? Cache.AOT : Cache.CDS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM options of a jpackage launcher's .cfg, $APPDIR filled in, without its cache and version. */
    static List<String> launcherOptions(Path cfg, Path appDir) {
        List<String> options = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(cfg)) {
                if (line.startsWith("java-options=")) {
                    String o = line.substring("java-options=".length()).replace("$APPDIR", appDir.toString());
                    if (!o.startsWith("-XX:SharedArchiveFile=") && !o.startsWith("-XX:AOTCache=")
                            && !o.startsWith("-Djpackage.app-version=")) {
                        options.add(o);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return options;
    }

    private static List<String> options(List<String> base, String archive) {
        List<String> o = new ArrayList<>(LOG);
        o.addAll(base);
        o.add(archive);
        return o;
    }
}
