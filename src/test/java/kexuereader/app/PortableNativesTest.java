package kexuereader.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portable jar's natives: the right platform's set, copied once, nothing outside its folder. */
class PortableNativesTest {

    @Test
    void platformsAreNamedAsTheOpenjfxClassifiers() {
        assertEquals("linux-x64", PortableNatives.platform("Linux", "amd64"));
        assertEquals("linux-aarch64", PortableNatives.platform("Linux", "aarch64"));
        assertEquals("win-x64", PortableNatives.platform("Windows 11", "amd64"));
        assertEquals("mac-x64", PortableNatives.platform("Mac OS X", "x86_64"));
        assertEquals("mac-aarch64", PortableNatives.platform("Mac OS X", "aarch64"));
    }

    @Test
    void theCacheFollowsXdgThenWindowsThenHome() {
        assertEquals(Path.of("/x"), PortableNatives.cacheHome(Map.of("XDG_CACHE_HOME", "/x"), "/h"));
        assertEquals(Path.of("/h/.cache"), PortableNatives.cacheHome(Map.of("XDG_CACHE_HOME", "rel"), "/h"));
        assertEquals(Path.of("/h/.cache"), PortableNatives.cacheHome(Map.of(), "/h"));
    }

    @Test
    void onlyThisPlatformsLibrariesAreCopiedAndOnlyOnce(@TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("portable.jar"), Map.of(
                "natives/linux-x64/libglass.so", "x64 glass",
                "natives/linux-aarch64/libglass.so", "arm glass",
                "natives/linux-x64/../evil.so", "escape",
                "libglass.so", "root"));
        Path out = dir.resolve("cache");
        assertTrue(PortableNatives.extract(jar, "natives/linux-x64/", out));
        assertEquals(List.of("libglass.so"), names(out));
        assertArrayEquals("x64 glass".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("libglass.so")));
        long copied = Files.getLastModifiedTime(out.resolve("libglass.so")).toMillis();
        Files.setLastModifiedTime(out.resolve("libglass.so"), java.nio.file.attribute.FileTime.fromMillis(copied - 60_000));
        assertTrue(PortableNatives.extract(jar, "natives/linux-x64/", out));
        assertEquals(copied - 60_000, Files.getLastModifiedTime(out.resolve("libglass.so")).toMillis(),
                "a library already there at its size is not copied again");
        assertFalse(Files.exists(dir.resolve("evil.so")));
        assertFalse(PortableNatives.extract(jar, "natives/win-x64/", dir.resolve("none")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(os)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
