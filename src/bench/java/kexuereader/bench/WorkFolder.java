package kexuereader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's default work folder: private to the user, in the user's cache
 * ({@code $XDG_CACHE_HOME/kexue-reader/bench}, else {@code ~/.cache/kexue-reader/bench}), not a fixed name in the
 * shared temporary folder, where another user could create it first and plant archives and {@code .complete}
 * stamps the benchmark would trust. A folder that exists but is a link, not the user's, or open to others is
 * refused.
 */
final class WorkFolder {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private WorkFolder() {
    }

    static Path privateDefault() {
        return ensurePrivate(location(System.getenv(), System.getProperty("user.home")));
    }

    /** Where the default folder is, from the environment. */
    static Path location(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".cache");
        return cache.resolve("kexue-reader").resolve("bench");
    }

    /** Creates {@code dir} readable by its owner only, or checks that it already is; returns it. */
    static Path ensurePrivate(Path dir) {
        try {
            Files.createDirectories(dir.getParent());
            PosixFileAttributeView view = Files.getFileAttributeView(dir.getParent(), PosixFileAttributeView.class);
            if (view == null) {
                Files.createDirectories(dir); // no POSIX permissions (Windows): the user's profile is private
                return dir;
            }
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                                PosixFilePermission.OWNER_EXECUTE)));
            }
            PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String me = System.getProperty("user.name");
            if (!a.isDirectory()) {
                throw new IllegalArgumentException("the work folder " + dir + " is not a folder (a link?); "
                        + "remove it or give --work");
            }
            if (!a.owner().getName().equals(me)) {
                throw new IllegalArgumentException("the work folder " + dir + " belongs to " + a.owner().getName()
                        + ", not " + me + "; remove it or give --work");
            }
            if (a.permissions().stream().anyMatch(OTHERS::contains)) {
                throw new IllegalArgumentException("the work folder " + dir + " is open to other users ("
                        + PosixFilePermissions.toString(a.permissions()) + "); chmod 700 it or give --work");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
