package kexuereader.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kexuereader.model.Diagnostic;
import kexuereader.model.Notice;
import kexuereader.model.Dump;
import kexuereader.model.DumpFormat;
import kexuereader.model.Entry;

/**
 * Reads a dump file into a {@link Dump}: decode, split into lines, detect the format, parse the entries.
 * Never throws for bad content: a file that is not a dump comes back rejected, with the reason as an error
 * diagnostic; damaged entries are skipped with a warning naming their line.
 */
public final class DumpParser {

    /** Files larger than this are refused unread: they are not dumps of a web page. */
    public static final int MAX_BYTES = DumpDecoder.MAX_BYTES;

    private DumpParser() {
    }

    /** Parses a file from disk; an unreadable file comes back rejected. */
    public static Dump parse(Path file) {
        String name = printable(FileNames.of(file));
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return rejected(name, "", Notice.of("file.directory"));
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a pipe would be read until its writer stops, /dev/zero until the heap is gone
                return rejected(name, "", Notice.of("file.special"));
            }
            long size = Files.size(file);
            if (size > DumpDecoder.MAX_BYTES) {
                return rejected(name, "", Notice.of("file.tooLarge", size / (1024 * 1024),
                        DumpDecoder.MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return rejected(name, "", Notice.of("file.missing"));
        } catch (AccessDeniedException e) {
            return rejected(name, "", Notice.of("file.denied"));
        } catch (IOException e) {
            return rejected(name, "", Notice.of("file.unreadable", e.getMessage()));
        }
        return parse(name, bytes);
    }

    /**
     * The file name as shown and stored: control characters (a line break is legal in a Linux file name) become
     * spaces, so the name stays one line in reports and one item in the library's line-separated source lists.
     */
    public static String printable(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return sb.toString();
    }

    /** Parses the bytes of a file called {@code fileName}. */
    public static Dump parse(String fileName, byte[] bytes) {
        return parse(fileName, bytes, sha256(bytes));
    }

    /** Parses the bytes of a file called {@code fileName} whose SHA-256 (hex) the caller already has. */
    public static Dump parse(String fileName, byte[] bytes, String sha) {
        DumpDecoder.Decoded decoded = DumpDecoder.decode(bytes);
        if (decoded.isRefused()) {
            return rejected(fileName, sha, decoded.refusal());
        }
        // fewer characters than the limit cannot make more lines than it: no need to count them
        long lineCount = decoded.text().length() < LineSplitter.MAX_LINES ? 0 : LineSplitter.count(decoded.text());
        if (lineCount > LineSplitter.MAX_LINES) {
            return rejected(fileName, sha, Notice.of("file.tooManyLines", String.format("%,d", lineCount),
                    String.format("%,d", LineSplitter.MAX_LINES)));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
        Dump page = decoded.text().isBlank() ? null
                : PageFormats.parse(fileName, sha, decoded.charset(), decoded.text(), diagnostics);
        if (page != null) {
            return page;
        }
        List<Line> lines = LineSplitter.split(decoded.text(), diagnostics);
        if (lines.stream().allMatch(Line::isBlank)) {
            diagnostics.add(Diagnostic.error(0, lines.size() <= 1 && decoded.text().isBlank()
                    ? "file.empty" : "file.blank"));
            return new Dump(fileName, sha, decoded.charset(), null, List.of(), diagnostics);
        }
        DumpFormat format = detect(lines);
        if (format == null) {
            diagnostics.add(Diagnostic.error(0, "file.notDump"));
            return new Dump(fileName, sha, decoded.charset(), null, List.of(), diagnostics);
        }
        List<Entry> entries = format == DumpFormat.LISTING
                ? ListingParser.parse(lines, diagnostics)
                : ArchiveParser.parse(lines, diagnostics);
        if (entries.isEmpty()) {
            diagnostics.add(Diagnostic.error(0, "file.allDamaged"));
        }
        diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line));
        return new Dump(fileName, sha, decoded.charset(), format, entries, diagnostics);
    }

    /** The format with more entry markers; {@code null} when there are none. */
    static DumpFormat detect(List<Line> lines) {
        int listing = 0;
        int archive = 0;
        for (Line line : lines) {
            if (ListingHeader.looksLikeStart(line)) {
                listing++;
            } else if (ArchiveLabel.parse(line) != null) {
                archive++;
            }
        }
        if (listing == 0 && archive == 0) {
            return null;
        }
        return listing >= archive ? DumpFormat.LISTING : DumpFormat.ARCHIVE;
    }

    private static Dump rejected(String fileName, String sha, Notice reason) {
        return new Dump(fileName, sha, null, null, List.of(), List.of(new Diagnostic(Diagnostic.Severity.ERROR, 0, reason)));
    }

    /** Hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
