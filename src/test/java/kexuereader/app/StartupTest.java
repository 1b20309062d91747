package kexuereader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kexuereader.library.Library;
import kexuereader.library.SampleDumps;
import kexuereader.model.Dump;
import kexuereader.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window as a user starts it, in a child JVM on the headless platform: the first frame already shows the
 * list (drawn with labels), then the first article is drawn in it, then the window replaces it around that
 * article; {@code --measure-startup} reports each moment. Times are not judged here (that is the benchmark's
 * job), only the order (the window is told to wait for the first article however long it takes here).
 */
class StartupTest {

    private static final Pattern STARTUP = Pattern.compile("startup: first-frame (\\d+) ms, list-ready (\\d+) ms");
    private static final Pattern WINDOW = Pattern.compile("startup: window-ready (\\d+) ms");
    private static final Pattern ARTICLE = Pattern.compile("startup: article-ready (\\d+) ms");
    /** The process's CPU time up to the list; -1 where the system does not say (no /proc). */
    private static final Pattern LIST_CPU = Pattern.compile("startup: list-ready-cpu (-1|\\d+) ms");

    @TempDir
    Path dir;

    @Test
    void theFirstFrameShowsTheListThenTheArticleThenTheWindow() {
        Path library = dir.resolve("library.db");
        try (Library l = Library.open(library)) {
            for (Dump d : SampleDumps.load()) {
                l.importDump(d, null);
            }
        }
        // the window waits for the first article as long as it takes here: a loaded machine's slow cold start
        // must not change the order (the product waits a second at most)
        List<String> lines = run(library, List.of("-Dkexuereader.startup.articleWait=120000"), "--measure-startup",
                "--measure-article");
        long[] s = numbers(lines, STARTUP, 2);
        long window = numbers(lines, WINDOW, 1)[0];
        long article = numbers(lines, ARTICLE, 1)[0];
        numbers(lines, LIST_CPU, 1); // the benchmark's CPU figure: printed with the article's
        assertEquals(s[0], s[1], "the first frame already shows the list: " + lines);
        assertTrue(s[1] <= article && article <= window, "list, then article, then window: " + lines);
    }

    @Test
    void anEmptyLibraryIsReadyOnceTheSampleIsIn() {
        List<String> lines = run(dir.resolve("empty").resolve("library.db"), List.of(), "--measure-startup");
        long[] s = numbers(lines, STARTUP, 2);
        assertTrue(s[0] < s[1], "the first frame has no rows; the list comes with the sample: " + lines);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("startup:")).count(),
                "--measure-startup alone prints exactly one line: " + lines);
    }

    private List<String> run(Path library, List<String> options, String... measure) {
        List<String> args = new java.util.ArrayList<>(List.of("--library", library.toString()));
        args.addAll(List.of(measure));
        List<String> jvm = new java.util.ArrayList<>(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1600x1000-32"));
        jvm.addAll(options);
        try (ChildJvm child = ChildJvm.startWithOptions(dir.resolve("tmp"), jvm, Main.class, args)) {
            int code = child.waitFor(Duration.ofSeconds(180));
            assertEquals(0, code, () -> "exit code; it said " + child.lines() + " and on stderr: " + child.stderr());
            return child.lines();
        }
    }

    private static long[] numbers(List<String> lines, Pattern pattern, int groups) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                long[] n = new long[groups];
                for (int i = 0; i < groups; i++) {
                    n[i] = Long.parseLong(m.group(i + 1));
                }
                return n;
            }
        }
        throw new AssertionError("no line like " + pattern + " in " + lines);
    }
}
