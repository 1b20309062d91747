package kexuereader.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn javafx:run} (the README's run command) puts JavaFX on the module path, where its internal packages
 * are closed to the app: every {@code com.sun.*} package of JavaFX the sources use must be exported to it in the
 * plugin's options, or the window fails to start there (it did: an IllegalAccessError in ReaderApp's
 * constructor) while the tests, on the class path, pass.
 */
class JavafxRunExportsTest {

    private static final Pattern INTERNAL = Pattern.compile("\\b(com\\.sun\\.(?:glass|javafx|prism)(?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void everyJavaFxInternalTheSourcesUseIsExportedToJavafxRun() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = INTERNAL.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertFalse(used.isEmpty(), "the check looked at the sources");
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        String options = plugin.substring(plugin.indexOf("<options>"), plugin.indexOf("</options>"));
        for (String pkg : used) {
            assertTrue(Pattern.compile("--add-exports=javafx\\.[a-z]+/" + Pattern.quote(pkg) + "=ALL-UNNAMED")
                    .matcher(options).find(), pkg + " is not exported to the app in javafx:run's options");
        }
    }
}
