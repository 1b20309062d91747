package kexuereader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void theNextStartDrawsItsFirstFrameFromWhatTheLastWindowLeft() throws java.io.IOException {
        Path library = dir.resolve("library.db");
        Path snapshot = dir.resolve("library.db.start-view");
        try (Library l = Library.open(library)) {
            for (Dump d : SampleDumps.load()) {
                l.importDump(d, null);
            }
        }
        List<String> trace = List.of("-Dkexuereader.startup.trace=true");
        Run cold = runWhole(library, trace, "--measure-startup");
        assertTrue(cold.stderr().contains("launch: no start snapshot"), cold.stderr());
        assertTrue(java.nio.file.Files.isRegularFile(snapshot), "the closing window leaves its snapshot");
        Path picture = dir.resolve("library.db.start-picture");
        assertTrue(java.nio.file.Files.isRegularFile(picture), "and the picture of the next first frame");
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("library.db.start-page")),
                "and the page of the article the next start opens");

        Run warm = runWhole(library, trace, "--measure-startup", "--measure-article");
        String err = warm.stderr();
        // the class path is JavaFX's place here on purpose: its warning about it is not the reader's to read
        assertFalse(err.contains("Unsupported JavaFX configuration"), err);
        assertTrue(err.contains("launch: start snapshot read"), err);
        assertTrue(err.contains("start: first frame's picture made") && !err.contains("does not fit"), err);
        long[] s = numbers(warm.lines(), STARTUP, 2);
        assertEquals(s[0], s[1], "the snapshot's first frame shows the list: " + warm.lines());
        assertTrue(s[1] <= numbers(warm.lines(), ARTICLE, 1)[0], "then the article: " + warm.lines());
        // the library is opened only once that frame is out, and the article's page, as the last window left
        // it, is in the WebView before; the page built from the library is the same and is not loaded again
        assertTrue(err.indexOf("library: opening") > err.indexOf("start: shown"), err);
        int handed = err.indexOf("page handed to the WebView");
        assertTrue(handed >= 0 && handed < err.indexOf("library: opening"), err);
        assertTrue(err.contains("article: first built"), err);
        assertEquals(handed, err.lastIndexOf("page handed to the WebView"), err);

        // a picture drawn for another window size is not shown: the frame is drawn from the texts instead
        byte[] bytes = java.nio.file.Files.readAllBytes(picture);
        java.nio.ByteBuffer.wrap(bytes).putDouble(4, 1000);
        java.nio.file.Files.write(picture, bytes);
        Run resized = runWhole(library, trace, "--measure-startup");
        assertTrue(resized.stderr().contains("the picture does not fit"), resized.stderr());
        long[] r = numbers(resized.lines(), STARTUP, 2);
        assertEquals(r[0], r[1], "the texts' first frame shows the list: " + resized.lines());

        try (Library l = Library.open(library)) { // another program changes the library: the snapshot is stale
            l.setRead(l.list(kexuereader.library.ArticleFilter.ALL, kexuereader.library.SortOrder.DATE, false, 0, 1)
                    .get(0).id(), true);
        }
        Run changed = runWhole(library, trace, "--measure-startup");
        assertTrue(changed.stderr().contains("launch: no start snapshot"), changed.stderr());
        numbers(changed.lines(), STARTUP, 2);
    }

    private record Run(List<String> lines, String stderr) {
    }

    private List<String> run(Path library, List<String> options, String... measure) {
        return runWhole(library, options, measure).lines();
    }

    private Run runWhole(Path library, List<String> options, String... measure) {
        List<String> args = new java.util.ArrayList<>(List.of("--library", library.toString()));
        args.addAll(List.of(measure));
        List<String> jvm = new java.util.ArrayList<>(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1600x1000-32"));
        jvm.addAll(options);
        try (ChildJvm child = ChildJvm.startWithOptions(dir.resolve("tmp"), jvm, Main.class, args)) {
            int code = child.waitFor(Duration.ofSeconds(180));
            assertEquals(0, code, () -> "exit code; it said " + child.lines() + " and on stderr: " + child.stderr());
            return new Run(child.lines(), String.valueOf(child.stderr()));
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
