package kexuereader.bench;

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
 *   <li><b>natives beside + CDS</b>: as {@code target/kexue-reader} starts it, with an application class-data
 *       archive made by one training run (the bare window gets its own, made the same way).</li>
 * </ol>
 * Run from a class path of folders (the tests), there is only the class path as it is.
 */
final class Launches {

    /** The launcher's logging options: JVM notes to stderr, the archive's own silenced. */
    static final List<String> LOG = List.of("-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");

    private Launches() {
    }

    static List<StartupBench.Launch> prepare(Workspace ws, Subprocess sub, Path trainingLibrary) {
        String cp = sub.classPath();
        List<StartupBench.Launch> launches = new ArrayList<>();
        if (cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) {
            launches.add(new StartupBench.Launch("class path", cp, List.of(), List.of()));
            return launches;
        }
        Path jar = Path.of(cp);
        Path alone = ws.root().resolve("jar-alone").resolve(jar.getFileName());
        try {
            Files.createDirectories(alone.getParent());
            Files.copy(jar, alone, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launches.add(new StartupBench.Launch("jar alone", alone.toString(), List.of(), List.of()));
        if (!Files.isRegularFile(jar.resolveSibling(System.mapLibraryName("glass")))) {
            ws.log().println("startup: no JavaFX native libraries beside " + jar + "; build with mvn package");
            return launches;
        }
        launches.add(new StartupBench.Launch("natives beside", cp, List.of(), List.of()));
        Path cds = ws.scratch("cds");
        Path readerJsa = cds.resolve("reader.jsa");
        Path bareJsa = cds.resolve("bare.jsa");
        ws.log().println("startup: training runs for the class-data archives");
        ws.log().flush();
        List<String> dumpReader = new ArrayList<>(LOG);
        dumpReader.add("-XX:ArchiveClassesAtExit=" + readerJsa);
        StartupBench.forgetSettings(trainingLibrary);
        sub.run(cp, dumpReader, StartupBench.READER, List.of("--library", trainingLibrary.toString(),
                "--measure-article"), 300);
        List<String> dumpBare = new ArrayList<>(LOG);
        dumpBare.add("-XX:ArchiveClassesAtExit=" + bareJsa);
        sub.run(cp, dumpBare, StartupBench.BARE, List.of("--webview"), 300);
        List<String> useReader = new ArrayList<>(LOG);
        useReader.add("-XX:SharedArchiveFile=" + readerJsa);
        List<String> useBare = new ArrayList<>(LOG);
        useBare.add("-XX:SharedArchiveFile=" + bareJsa);
        launches.add(new StartupBench.Launch("natives beside + CDS", cp, useReader, useBare));
        return launches;
    }
}
