package kexuereader.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * JavaFX's native libraries for the portable jar, which carries them for every platform under
 * {@code natives/<os>-<arch>/} (JavaFX itself looks only at the jar's root, where one platform's would shadow the
 * others'). Before the window starts, this platform's set is copied once into the user's cache
 * ({@code $XDG_CACHE_HOME/kexue-reader/natives/<version>-<platform>/}) and put on {@code java.library.path},
 * which JavaFX reads when it loads them. The product's other forms (the jar with its natives beside it, the
 * installed app) carry no such folder, and nothing happens.
 */
final class PortableNatives {

    private PortableNatives() {
    }

    /** Prepares this platform's natives when the jar carries them; never fails the start (JavaFX then says why). */
    static void prepare() {
        try {
            String platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
            // one look-up in the jar's index: the other jars pay nothing at start
            if (PortableNatives.class.getResource("/natives/" + platform + "/" + System.mapLibraryName("glass"))
                    == null) {
                return;
            }
            Optional<Path> jar = ownJar();
            if (jar.isEmpty()) {
                return;
            }
            Path dir = cacheHome(System.getenv(), System.getProperty("user.home"))
                    .resolve("kexue-reader").resolve("natives").resolve(version() + "-" + platform);
            if (extract(jar.get(), "natives/" + platform + "/", dir)) {
                String path = System.getProperty("java.library.path", "");
                System.setProperty("java.library.path",
                        dir + (path.isEmpty() ? "" : java.io.File.pathSeparator + path));
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            System.err.println("warning: JavaFX's native libraries could not be prepared: " + e.getMessage());
        }
    }

    /** The platform's folder name in the jar, as the openjfx classifiers name them ({@code linux-aarch64}…). */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String o = os.startsWith("windows") ? "win" : os.startsWith("mac") ? "mac" : "linux";
        String arch = osArch.equals("aarch64") || osArch.equals("arm64") ? "aarch64" : "x64";
        return o + "-" + arch;
    }

    static Path cacheHome(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        String local = env.get("LOCALAPPDATA"); // Windows
        if (local != null && !local.isBlank()) {
            return Path.of(local);
        }
        return Path.of(home, ".cache");
    }

    /**
     * Copies the entries under {@code prefix} into {@code dir}, each through a temporary file renamed into place,
     * skipping those already there at their size; returns false when the jar has no such entries.
     */
    static boolean extract(Path jar, String prefix, Path dir) throws IOException {
        boolean any = false;
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().startsWith(prefix)) {
                    continue;
                }
                String name = e.getName().substring(prefix.length());
                if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    continue;
                }
                any = true;
                Path target = dir.resolve(name);
                if (Files.isRegularFile(target) && Files.size(target) == e.getSize()) {
                    continue;
                }
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, ".part-", ".tmp");
                try (InputStream in = jf.getInputStream(e)) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        return any;
    }

    private static Optional<Path> ownJar() {
        try {
            Path p = Path.of(PortableNatives.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String version() {
        String v = PortableNatives.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
