package kexuereader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux app image's launcher ({@code src/dist/app-launcher.sh}, jpackage's replaced): it must start the
 * runtime beside it exactly as jpackage's launcher did, from the .cfg jpackage wrote: every JVM option in order
 * with {@code $APPDIR} filled in, the class path, the main class, then the user's arguments untouched, also
 * when it is started through a symbolic link as {@code /usr/bin/kexue-reader} is. The runtime here is a script
 * that writes down what it was given.
 */
class AppLauncherScriptTest {

    @TempDir
    Path dir;

    @Test
    void startsTheRuntimeWithTheCfgOptionsThenTheUsersArguments() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path image = image();
        List<String> got = run(image.resolve("bin/kexue-reader"), "import", "dumps/科学 空间.txt", "--library=a b");
        String app = image.resolve("lib/app").toString();
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-Xms32m", "-Xlog:all=warning,cds*=off:stderr",
                "-XX:SharedArchiveFile=" + app + "/kexue-reader.jsa", "-Dorg.sqlite.lib.path=" + app,
                "-Dx=" + app + ":" + app, "-Djpackage.app-path=" + image.resolve("bin/kexue-reader"),
                "-cp", app + "/kexue-reader.jar", "kexuereader.app.Main",
                "import", "dumps/科学 空间.txt", "--library=a b"), got);
    }

    @Test
    void findsItsImageThroughASymbolicLink() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path image = image();
        Path link = Files.createSymbolicLink(dir.resolve("kexue-reader"), image.resolve("bin/kexue-reader"));
        List<String> got = run(link, "--version");
        String app = image.toRealPath().resolve("lib/app").toString();
        assertEquals(app + "/kexue-reader.jar", got.get(got.indexOf("-cp") + 1));
        assertEquals("--version", got.get(got.size() - 1));
    }

    /** An app image with the launcher, a .cfg as jpackage writes it, and a runtime that records its arguments. */
    private Path image() throws IOException {
        Path image = dir.resolve("opt/kexue-reader");
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Path launcher = image.resolve("bin/kexue-reader");
        Files.copy(Path.of("src/dist/app-launcher.sh"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(image.resolve("lib/app/kexue-reader.cfg"), String.join("\n",
                "[Application]", "app.classpath=$APPDIR/kexue-reader.jar", "app.mainclass=kexuereader.app.Main", "",
                "[JavaOptions]", "java-options=-Djpackage.app-version=0.1.0", "java-options=-Xms32m",
                "java-options=-Xlog:all=warning,cds*=off:stderr",
                "java-options=-XX:SharedArchiveFile=$APPDIR/kexue-reader.jsa",
                "java-options=-Dorg.sqlite.lib.path=$APPDIR", "java-options=-Dx=$APPDIR:$APPDIR"),
                StandardCharsets.UTF_8); // no newline after the last line: it must count too
        Path java = image.resolve("lib/runtime/bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$ARGS_OUT\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return image;
    }

    private List<String> run(Path launcher, String... args) throws Exception {
        Path out = dir.resolve("args.txt");
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("launcher.log").toFile());
        pb.environment().put("ARGS_OUT", out.toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        assertEquals(0, pb.start().waitFor(), () -> read(dir.resolve("launcher.log")));
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
