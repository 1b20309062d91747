package kexuereader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app's bare window gets the launcher's JVM options and a cache of its own of the launcher's kind:
 * an AOT cache when the package's runtime is JDK 25's, a class-data archive when it is JDK 17's.
 */
class LaunchesTest {

    @Test
    void aLauncherWithAnAotCacheGivesTheBareWindowOneOfItsOwn(@TempDir Path dir) throws IOException {
        Path cfg = Files.writeString(dir.resolve("kexue-reader.cfg"), String.join("\n",
                "[Application]", "app.classpath=$APPDIR/kexue-reader.jar", "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0", "java-options=-XX:TieredStopAtLevel=1",
                "java-options=--enable-native-access=ALL-UNNAMED", "java-options=-XX:AOTCache=$APPDIR/kexue-reader.aot",
                "java-options=-Dorg.sqlite.lib.path=$APPDIR", ""));
        assertEquals(Launches.Cache.AOT, Launches.cacheOf(cfg));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "-Dorg.sqlite.lib.path=/opt/app"), Launches.launcherOptions(cfg, Path.of("/opt/app")));
        assertEquals("-XX:AOTCacheOutput=/w/bare.aot", Launches.Cache.AOT.training(Path.of("/w/bare.aot")));
        assertEquals("-XX:AOTCache=/w/bare.aot", Launches.Cache.AOT.use(Path.of("/w/bare.aot")));
    }

    @Test
    void aLauncherWithAClassDataArchiveGivesTheBareWindowAnArchive(@TempDir Path dir) throws IOException {
        Path cfg = Files.writeString(dir.resolve("kexue-reader.cfg"), String.join("\n",
                "[JavaOptions]", "java-options=-XX:+UseSerialGC",
                "java-options=-XX:SharedArchiveFile=$APPDIR/kexue-reader.jsa", ""));
        assertEquals(Launches.Cache.CDS, Launches.cacheOf(cfg));
        assertEquals(List.of("-XX:+UseSerialGC"), Launches.launcherOptions(cfg, Path.of("/opt/app")));
        assertEquals("-XX:ArchiveClassesAtExit=/w/bare.jsa", Launches.Cache.CDS.training(Path.of("/w/bare.jsa")));
    }
}
