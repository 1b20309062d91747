package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import kexuereader.library.Library;
import kexuereader.testing.ReadOnlyFiles;
import kexuereader.ui.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files beside the library ({@code settings.yaml} of the window, {@code series-rules.yaml} of the user): in a
 * folder with spaces, Chinese and {@code ..} they are read and written exactly there; a read-only folder makes
 * saving fail with a message, not an exception; and YAML that asks to construct Java objects (the classic
 * SnakeYAML gadget, which would fetch a class from the network) constructs nothing.
 */
class ConfigFilesTest {

    @TempDir
    Path dir;

    @Test
    void settingsBesideALibraryInAnOddFolderLandExactlyThere() throws IOException {
        Files.createDirectories(dir.resolve("设置 目录").resolve("子 目录"));
        Path folder = dir.resolve("设置 目录").resolve("子 目录").resolve("..");
        Settings s = Settings.load(folder);
        s.zoomProperty().set(1.5);
        assertNull(s.save());
        assertEquals(List.of("设置 目录/settings.yaml"), files());
        assertEquals(1.5, Settings.load(dir.resolve("设置 目录")).zoomProperty().get());
    }

    @Test
    void settingsInAReadOnlyFolderReportInsteadOfThrowing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        try (ReadOnlyFiles ro = new ReadOnlyFiles()) {
            ro.makeReadOnly(folder);
            Settings s = Settings.load(folder);
            s.zoomProperty().set(2.0);
            String problem = s.save();
            assertNotNull(problem, "a failure to save is reported");
            assertTrue(problem.startsWith("settings could not be saved to " + folder.resolve("settings.yaml")), problem);
        }
        assertEquals(List.of(), files(), "nothing left behind, no temporary file");
    }

    @Test
    void yamlThatAsksForJavaObjectsConstructsNothing() throws IOException {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String gadget = "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/gadget.jar\"]]]]\n";
            Path folder = Files.createDirectories(dir.resolve("hostile config"));
            Files.writeString(folder.resolve("settings.yaml"), gadget, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("series-rules.yaml"), "rules:\n  - name: x\n    pattern: " + gadget,
                    StandardCharsets.UTF_8);
            Settings s = Settings.load(folder);
            assertNotNull(s.problem(), "the settings file is reported unreadable");
            assertEquals(1.0, s.zoomProperty().get(), "defaults are used");
            try (Library library = Library.open(folder.resolve("library.db"))) {
                assertTrue(library.warnings().stream().anyMatch(w -> w.contains("series-rules.yaml")
                        && w.contains("using the default series rules")), library.warnings().toString());
                for (Path p : LibraryFuzzIT.seedFiles()) {
                    assertTrue(library.importFile(p, null).accepted());
                }
                assertEquals(32, library.articleCount());
            }
            assertEquals(List.of(), requests, "nothing was fetched");
        } finally {
            server.stop(0);
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
