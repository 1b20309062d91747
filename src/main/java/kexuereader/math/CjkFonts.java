package kexuereader.math;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Finds a CJK font on the machine and registers it with Java2D and JLaTeXMath, so Chinese in {@code \text{}}
 * renders as glyphs instead of boxes. Runs once, lazily, on a background thread; only formulas that contain CJK
 * characters wait for it. When no CJK font is installed (some CI machines) nothing is registered and such
 * characters fall back to Java's logical SansSerif font: they may show as boxes, but rendering still succeeds.
 */
public final class CjkFonts {

    /** What the registration found. */
    public record Status(String family, Path file) {

        public boolean found() {
            return family != null;
        }
    }

    /** System property naming a font file to use instead of searching, or {@code none} to use no CJK font. */
    static final String FONT_PROPERTY = "kexuereader.cjkFont";

    /** Preferred files, best first; Simplified Chinese faces before the rest. */
    private static final List<String> CANDIDATES = List.of(
            "notosanscjk-regular.ttc", "notosanscjksc-regular.otf", "notosanssc-regular.otf",
            "notosanssc-regular.ttf", "sourcehansanssc-regular.otf", "sourcehansans-regular.ttc",
            "sourcehansanscn-regular.otf", "notoserifcjk-regular.ttc", "wqy-microhei.ttc", "wqy-zenhei.ttc",
            "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "pingfang.ttc", "msyh.ttc", "msyh.ttf",
            "simhei.ttf", "simsun.ttc");

    /** The Unicode blocks JLaTeXMath should draw with the CJK font. */
    private static final List<Character.UnicodeBlock> BLOCKS = List.of(
            Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
            Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A,
            Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS,
            Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
            Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
            Character.UnicodeBlock.GENERAL_PUNCTUATION,
            Character.UnicodeBlock.HIRAGANA,
            Character.UnicodeBlock.KATAKANA,
            Character.UnicodeBlock.BOPOMOFO);

    private static volatile CompletableFuture<Status> registration;

    private CjkFonts() {
    }

    /** Starts the registration in the background if it has not started yet. */
    static CompletableFuture<Status> start() {
        CompletableFuture<Status> r = registration;
        if (r == null) {
            synchronized (CjkFonts.class) {
                r = registration;
                if (r == null) {
                    r = new CompletableFuture<>();
                    registration = r;
                    CompletableFuture<Status> target = r;
                    Thread t = new Thread(() -> target.complete(registerSafely()), "kexue-reader-cjk-font");
                    t.setDaemon(true);
                    t.start();
                }
            }
        }
        return r;
    }

    /** Waits (boundedly) for the registration; for formulas that contain CJK characters. */
    public static Status await() {
        try {
            return start().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Status(null, null);
        } catch (Exception e) {
            return new Status(null, null);
        }
    }

    /** Whether the text holds characters of the blocks the CJK font serves. */
    static boolean needs(String tex) {
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c >= '\u2000' && BLOCKS.contains(Character.UnicodeBlock.of(c))) {
                return true;
            }
        }
        return false;
    }

    private static Status registerSafely() {
        try {
            // JLaTeXMath's font map must be the guarded one before we write it (this thread may be started by
            // the gallery before anything was rendered); waits while another thread is setting it up
            JlmRuntime.ensureReady();
            return register();
        } catch (RuntimeException | Error e) {
            return new Status(null, null); // e.g. a broken font file: fall back to the logical fonts
        }
    }

    private static Status register() {
        for (Path file : candidates()) {
            try {
                Font[] fonts = Font.createFonts(file.toFile());
                if (fonts.length == 0) {
                    continue;
                }
                GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
                String family = null;
                for (Font f : fonts) {
                    env.registerFont(f);
                    String name = f.getFamily(Locale.ROOT);
                    if (family == null || (!family.endsWith(" SC") && name.endsWith(" SC") && !name.contains("Mono"))) {
                        family = name;
                    }
                }
                for (Character.UnicodeBlock block : BLOCKS) {
                    TeXFormula.registerExternalFont(block, family);
                }
                return new Status(family, file);
            } catch (IOException | java.awt.FontFormatException | RuntimeException e) {
                // try the next candidate
            }
        }
        return new Status(null, null);
    }

    /** Font files worth trying, best first: the system property, then known files in the usual directories. */
    static List<Path> candidates() {
        List<Path> found = new ArrayList<>();
        String override = System.getProperty(FONT_PROPERTY);
        if ("none".equals(override)) {
            return found; // as on a machine without CJK fonts
        }
        if (override != null && !override.isBlank()) {
            Path p = Paths.get(override);
            if (Files.isRegularFile(p)) {
                found.add(p);
            }
        }
        Path[] best = new Path[CANDIDATES.size()];
        for (Path dir : fontDirectories()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 6)) {
                files.forEach(p -> {
                    Path name = p.getFileName();
                    int rank = name == null ? -1 : CANDIDATES.indexOf(name.toString().toLowerCase(Locale.ROOT));
                    if (rank >= 0 && best[rank] == null && Files.isRegularFile(p)) {
                        best[rank] = p;
                    }
                });
            } catch (IOException | RuntimeException e) {
                // an unreadable directory: look elsewhere
            }
        }
        for (Path p : best) {
            if (p != null) {
                found.add(p);
            }
        }
        return found;
    }

    private static List<Path> fontDirectories() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String dataHome = System.getenv("XDG_DATA_HOME");
        dirs.add(Paths.get("/usr/share/fonts"));
        dirs.add(Paths.get("/usr/local/share/fonts"));
        if (dataHome != null && !dataHome.isBlank()) {
            dirs.add(Paths.get(dataHome, "fonts"));
        }
        if (!home.isEmpty()) {
            dirs.add(Paths.get(home, ".local", "share", "fonts"));
            dirs.add(Paths.get(home, ".fonts"));
            dirs.add(Paths.get(home, "Library", "Fonts"));
        }
        dirs.add(Paths.get("/System/Library/Fonts"));
        dirs.add(Paths.get("/Library/Fonts"));
        String windows = System.getenv("WINDIR");
        dirs.add(Paths.get(windows == null ? "C:\\Windows" : windows, "Fonts"));
        return dirs;
    }
}
