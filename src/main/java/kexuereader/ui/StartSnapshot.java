package kexuereader.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kexuereader.library.SafeFileWriter;
import kexuereader.ingest.SeriesRules;

/**
 * What the first frame showed when the window last closed, and the window's settings, kept beside the library in
 * plain lines ({@code <library>.start-view}), stamped with the size and time of the library's files and of the
 * settings and series rules. When the stamps still hold, the next start draws its first frame from it and opens the library
 * only once that frame is out: SQLite's driver and the YAML parser then do not take a core from the toolkit. The
 * window itself is always made from the library, so a snapshot can only ever be wrong for one frame.
 *
 * @param settings the window's settings, as the settings file held them
 * @param locale   the language the frame's words are in
 * @param content  the frame's rows, sidebar entries and count
 * @param key      a checksum of the file, which the picture of the frame drawn from it carries ({@link StartPicture})
 */
record StartSnapshot(Settings settings, Locale locale, FirstFrame.Content content, long key) {

    private static final String HEADER = "kexue-reader start view 1";
    /** A snapshot is a screenful of rows and a sidebar: anything bigger is not one. */
    private static final long MAX_BYTES = 1 << 20;

    /** The snapshot's file for the library at {@code library}. */
    static Path file(Path library) {
        Path absolute = library.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".start-view");
    }

    /**
     * The snapshot beside {@code library}, when it is whole and its stamps match the files as they are now;
     * empty otherwise (none yet, another program changed the library or the settings, a damaged file).
     */
    static Optional<StartSnapshot> read(Path library) {
        Path file = file(library);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            Map<String, String> settings = new LinkedHashMap<>();
            List<String> stamps = new ArrayList<>();
            List<FirstFrame.Row> rows = new ArrayList<>();
            List<FirstFrame.Entry> entries = new ArrayList<>();
            Locale locale = null;
            int count = -1;
            FirstFrame.Columns columns = FirstFrame.Columns.DEFAULT;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = fields(line);
                switch (f[0]) {
                    case "stamp" -> stamps.add(line);
                    case "locale" -> locale = Locale.forLanguageTag(f[1]);
                    case "set" -> settings.put(f[1], f[2]);
                    case "row" -> rows.add(new FirstFrame.Row(f[1], f[2], f[3], f[4], f[5].equals("1")));
                    case "entry" -> entries.add(new FirstFrame.Entry(Integer.parseInt(f[1]), f[2],
                            Integer.parseInt(f[3]), f[4]));
                    case "count" -> count = Integer.parseInt(f[1]);
                    case "columns" -> columns = new FirstFrame.Columns(Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            if (locale == null || count < 0) {
                return Optional.empty();
            }
            List<String> now = stamps(library);
            if (!stamps.equals(now)) {
                StartupTrace.mark("launch: start snapshot stale: " + stale(stamps, now));
                return Optional.empty();
            }
            Settings s = Settings.fromTexts(library.toAbsolutePath().getParent(), settings);
            return Optional.of(new StartSnapshot(s, locale, new FirstFrame.Content(rows, entries, count, columns),
                    key(bytes)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged snapshot is no snapshot: the start reads the library
        }
    }

    /** The first stamp that differs, as it was and as it is: what made the snapshot stale. */
    private static String stale(List<String> was, List<String> now) {
        for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
            String a = i < was.size() ? was.get(i) : "none";
            String b = i < now.size() ? now.get(i) : "none";
            if (!a.equals(b)) {
                return a.replace('\t', ' ') + " -> " + b.replace('\t', ' ');
            }
        }
        return "";
    }

    /**
     * Writes the snapshot of a window just closed: call it after the library is closed and the settings saved,
     * so the stamps are those the next start finds. A snapshot that cannot be written is removed.
     *
     * @return its key, or -1 when it could not be written
     */
    static long write(Path library, Settings settings, FirstFrame.Content content) {
        Path file = file(library);
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        try {
            for (String stamp : stamps(library)) {
                out.append(stamp).append('\n');
            }
            line(out, "locale", Messages.locale().toLanguageTag());
            settings.values().forEach((key, value) -> {
                if (value != null) {
                    line(out, "set", key, String.valueOf(value));
                }
            });
            for (FirstFrame.Row r : content.rows()) {
                line(out, "row", r.title(), r.date(), r.readers(), r.series(), r.unread() ? "1" : "0");
            }
            for (FirstFrame.Entry e : content.entries()) {
                line(out, "entry", String.valueOf(e.kind()), e.label(), String.valueOf(e.unread()), e.count());
            }
            line(out, "count", String.valueOf(content.count()));
            line(out, "columns", String.valueOf(content.columns().titleShare()),
                    String.valueOf(content.columns().rest()));
            String text = out.toString();
            SafeFileWriter.write(file, library, text);
            return key(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            remove(library);
            return -1;
        }
    }

    private static long key(byte[] bytes) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Removes the snapshot: the next start reads the library. */
    static void remove(Path library) {
        delete(file(library)); // one left behind is checked by its stamps all the same
    }

    /** Deletes one of the start's files, if it can: none of them is needed, each is checked when read. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left behind: its stamps or key tell the next start it is not for it
        }
    }

    /**
     * The library's file, its write-ahead log, the settings file and the series rules (the sidebar's series
     * come from them) and the reader's own jar, each by size and modification time.
     */
    private static List<String> stamps(Path library) throws IOException {
        Path absolute = library.toAbsolutePath();
        List<String> stamps = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(absolute, absolute.resolveSibling(absolute.getFileName() + "-wal"),
                absolute.resolveSibling(Settings.FILE), absolute.resolveSibling(SeriesRules.USER_FILE)));
        build().ifPresent(files::add);
        for (Path p : files) {
            long size = -1;
            long time = -1;
            try {
                size = Files.size(p);
                time = Files.getLastModifiedTime(p).to(TimeUnit.NANOSECONDS);
            } catch (NoSuchFileException e) {
                // absent is a state too: the log is gone after a clean close
            }
            StringBuilder b = new StringBuilder();
            line(b, "stamp", p.getFileName().toString(), String.valueOf(size), String.valueOf(time));
            stamps.add(b.substring(0, b.length() - 1));
        }
        return stamps;
    }

    /**
     * The jar (or classes folder) the reader runs from: another build may draw the frame and the page otherwise,
     * so their snapshot is not used by it.
     */
    private static Optional<Path> build() {
        try {
            var source = StartSnapshot.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void line(StringBuilder out, String kind, String... fields) {
        out.append(kind);
        for (String f : fields) {
            out.append('\t').append(escape(f));
        }
        out.append('\n');
    }

    /** A line's fields, tabs between them, each unescaped. */
    private static String[] fields(String line) {
        String[] f = line.split("\t", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = unescape(f[i]);
        }
        return f;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
