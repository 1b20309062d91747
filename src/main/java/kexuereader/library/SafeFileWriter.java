package kexuereader.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file the user named (an export, the formula gallery, the settings, the start files) without harming
 * anything else: the library, its {@code -wal}, {@code -shm}, {@code -journal} and {@code .vN.bak} backups are
 * refused, by path, through links and as the same file; a regular file is replaced atomically (a temporary file beside it, then a
 * rename) keeping its permissions, and a link to one keeps pointing at it; a device or pipe ({@code /dev/null},
 * {@code /dev/stdout}, a FIFO) is written to as it is, never replaced. Temporary files left by a killed writer are
 * removed by the next write into the same folder.
 */
public final class SafeFileWriter {

    /** What is written: UTF-8 text, produced as it goes so a large export needs no copy of itself in memory. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What is written, as bytes (a picture, a packed file): written as it goes, as {@link Content} is. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files of this class: {@code .kexue-reader-PID-N.tmp}, PID the writing process. */
    private static final Pattern TEMP = Pattern.compile("\\.kexue-reader-(\\d+)-\\d+\\.tmp");
    /** Temporary files of the exports of earlier versions, which named no process. */
    private static final Pattern OLD_TEMP = Pattern.compile("\\.kexue-export-\\d+\\.tmp");
    private static final long OLD_TEMP_AGE_MS = 24L * 3600 * 1000;

    private SafeFileWriter() {
    }

    /**
     * Why {@code target} must not be written, as a sentence starting "cannot write …", or empty. {@code library}
     * may be null (nothing to protect); the dialogs ask this before offering to replace a file.
     */
    public static Optional<String> refusal(Path target, Path library) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return Optional.of("cannot write " + target + ": it is a folder"
                    + (absolute.getParent() == null ? " (the root of the file system)" : ""));
        }
        if (library != null) {
            String role = libraryFileRole(absolute, library);
            if (role != null) {
                return Optional.of("cannot write " + target + ": it is the library " + library
                        + (role.isEmpty() ? "" : " (its " + role + ")") + "; choose another file");
            }
        }
        Path dir = absolute.getParent();
        if (!Files.isDirectory(dir)) {
            return Optional.of("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        return Optional.empty();
    }

    /**
     * Writes {@code content} to {@code target}, refusing what {@link #refusal} refuses.
     *
     * @throws IOException whose message is one sentence naming the target and the problem
     */
    public static void write(Path target, Path library, Content content) throws IOException {
        writeBytes(target, library, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush(); // the stream is closed by writeBytes
        });
    }

    /**
     * Writes {@code bytes} to {@code target} as {@link #write(Path, Path, Content)} writes text: refused where it
     * refuses, replaced atomically, a device written to as it is.
     *
     * @throws IOException whose message is one sentence naming the target and the problem
     */
    public static void writeBytes(Path target, Path library, Bytes bytes) throws IOException {
        Optional<String> refused = refusal(target, library);
        if (refused.isPresent()) {
            throw new IOException(refused.get());
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (writesStraight(absolute)) {
            try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
                bytes.writeTo(out);
            } catch (IOException e) {
                throw failure(target, e);
            }
            return;
        }
        // a link to a regular file: replace the file it points at, so the link stays a link
        Path real = Files.isRegularFile(absolute) ? realPath(absolute, target) : absolute;
        Path dir = real.getParent();
        removeStaleTemporaries(dir);
        Path tmp = dir.resolve(".kexue-reader-" + ProcessHandle.current().pid() + "-"
                + Math.abs(ThreadLocalRandom.current().nextLong() % 1_000_000_000L) + ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                bytes.writeTo(raw);
            }
            keepPermissions(real, tmp);
            Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left for the next write into this folder to remove
            }
        }
    }

    /** {@code write} for a text already in memory. */
    public static void write(Path target, Path library, String text) throws IOException {
        write(target, library, w -> w.write(text));
    }

    /**
     * Devices and pipes are written as they are: replacing {@code /dev/null} with a file (as root) or failing on
     * its folder (as anyone else) helps no one. {@code /dev} and {@code /proc} hold links to such files
     * ({@code /dev/stdout}) that may lead to a regular file: those too are written through, as a shell would.
     */
    private static boolean writesStraight(Path absolute) {
        if (!Files.exists(absolute)) {
            return false;
        }
        return !Files.isRegularFile(absolute) || absolute.startsWith("/dev") || absolute.startsWith("/proc");
    }

    private static Path realPath(Path absolute, Path target) throws IOException {
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** The library file {@code absolute} is, by path or as the same file: "" for the library itself, else its role. */
    private static String libraryFileRole(Path absolute, Path library) {
        List<Path> bases = new ArrayList<>();
        bases.add(library.toAbsolutePath().normalize());
        try {
            bases.add(library.toRealPath()); // a library reached through a link keeps its files beside the real one
        } catch (IOException ignored) {
            // no library file yet: its path is all there is
        }
        Path canonical = canonical(absolute);
        for (Path base : bases) {
            Path baseDir = canonical(base.getParent());
            String name = base.getFileName().toString();
            for (Path candidate : List.of(absolute, canonical)) {
                if (candidate.getParent() != null && candidate.getParent().equals(baseDir)
                        && candidate.getFileName() != null) {
                    String role = role(name, candidate.getFileName().toString());
                    if (role != null) {
                        return role;
                    }
                }
            }
            // another name for the same file (a hard link, a bind mount): compare the files themselves
            if (Files.exists(absolute) && Files.isDirectory(baseDir)) {
                try (DirectoryStream<Path> siblings = Files.newDirectoryStream(baseDir)) {
                    for (Path sibling : siblings) {
                        String role = role(name, sibling.getFileName().toString());
                        if (role != null && sameFile(absolute, sibling)) {
                            return role;
                        }
                    }
                } catch (IOException ignored) {
                    // an unreadable folder: the path checks above are what can be told
                }
            }
        }
        return null;
    }

    /** What {@code candidate} is to a library called {@code library}, or null when it is none of its files. */
    static String role(String library, String candidate) {
        if (candidate.equals(library)) {
            return "";
        }
        if (!candidate.startsWith(library)) {
            return null;
        }
        String rest = candidate.substring(library.length());
        return switch (rest) {
            case "-wal" -> "wal file";
            case "-shm" -> "shm file";
            case "-journal" -> "journal";
            default -> rest.matches("\\.v\\d+(\\.\\d+)?\\.bak") ? "backup" : null;
        };
    }

    /** The path with every link resolved as far as the file system has it: a new file's folder is resolved. */
    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            Path parent = p.getParent();
            if (parent == null || p.getFileName() == null) {
                return p;
            }
            try {
                return parent.toRealPath().resolve(p.getFileName());
            } catch (IOException e2) {
                return p;
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The replaced file's permissions pass to its replacement (a new temporary file would have 0600 or the umask's). */
    private static void keepPermissions(Path original, Path replacement) throws IOException {
        if (!Files.exists(original) || Files.getFileAttributeView(original, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(original);
        Files.setPosixFilePermissions(replacement, permissions);
    }

    /**
     * Removes temporary files of this class whose process has ended (a killed export), and those of earlier
     * versions older than a day. A write still under way in another process keeps its file.
     */
    static void removeStaleTemporaries(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".kexue-*.tmp")) {
            long now = System.currentTimeMillis();
            for (Path f : files) {
                String name = f.getFileName().toString();
                Matcher m = TEMP.matcher(name);
                boolean stale;
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(1));
                    stale = pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
                } else {
                    stale = OLD_TEMP.matcher(name).matches()
                            && now - Files.getLastModifiedTime(f).toMillis() > OLD_TEMP_AGE_MS;
                }
                if (stale && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // cleaning up is a courtesy: the write itself decides success
        }
    }

    private static IOException failure(Path target, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else {
            why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return new IOException("cannot write " + target + " (" + why + ")", e);
    }
}
