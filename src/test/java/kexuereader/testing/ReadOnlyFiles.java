package kexuereader.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes files and folders read-only for the test, whoever runs it. Taking the write permission away is enough for a
 * normal user, but root ignores permissions (tests run as root in CI), so for root the file is made immutable with
 * {@code chattr +i}, which binds root too. Where neither works the test is skipped with the reason.
 * {@link #close()} gives everything back, so the test's temporary folder can be deleted.
 */
public final class ReadOnlyFiles implements AutoCloseable {

    private final List<Path> immutable = new ArrayList<>();
    private final List<Path> chmodded = new ArrayList<>();

    /** Makes {@code path} (a file or a folder) read-only; skips the test when that is impossible here. */
    public void makeReadOnly(Path path) {
        try {
            boolean dir = Files.isDirectory(path);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(dir ? "r-xr-xr-x" : "r--r--r--"));
            chmodded.add(path);
            if (!Files.isWritable(path)) {
                return;
            }
            // permissions are not enforced for this user (root): make the file immutable instead
            if (run("chattr", "+i", path.toString()) == 0 && !Files.isWritable(path)) {
                immutable.add(path);
                return;
            }
            Assumptions.abort("cannot make " + path + " read-only: this user ignores permissions and chattr +i "
                    + "is not available on this file system");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the file was made read-only, for the test's report. */
    public String mechanism() {
        return immutable.isEmpty() ? "chmod (permissions)" : "chattr +i (running as root, which ignores permissions)";
    }

    @Override
    public void close() {
        for (Path p : immutable) {
            run("chattr", "-i", p.toString());
        }
        for (Path p : chmodded) {
            try {
                Set<PosixFilePermission> rw = PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--");
                Files.setPosixFilePermissions(p, rw);
            } catch (IOException ignored) {
                // best effort: the test's own assertions matter more
            }
        }
    }

    /** Runs a small command; its exit code, or -1 when it cannot run. */
    public static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
