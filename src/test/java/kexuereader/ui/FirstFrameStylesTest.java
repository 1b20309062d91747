package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first frame is styled by first-frame.css instead of the AtlantaFX theme it stands in for; its palette must
 * be the theme's, colour for colour, or the window changes colour when it replaces the first frame.
 */
class FirstFrameStylesTest {

    private static final Pattern COLOR = Pattern.compile("(-color-[a-z-]+):\\s*(#[0-9a-fA-F]{3,8})\\s*;");

    @ParameterizedTest
    @CsvSource({"light, /atlantafx/base/theme/primer-light.css", "dark, /atlantafx/base/theme/primer-dark.css"})
    void thePaletteIsTheThemes(String theme, String atlantafx) {
        Map<String, String> ours = colors(block(read("/kexuereader/ui/first-frame.css"), ".first-frame." + theme));
        Map<String, String> theirs = colors(block(read(atlantafx), ".root"));
        assertFalse(ours.isEmpty(), "first-frame.css defines the " + theme + " palette");
        for (Map.Entry<String, String> c : ours.entrySet()) {
            assertEquals(theirs.get(c.getKey()), c.getValue().toLowerCase(), theme + " " + c.getKey());
        }
    }

    /** The declarations of the first rule whose selector is exactly {@code selector}. */
    private static String block(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(css);
        return m.find() ? m.group(1) : "";
    }

    private static Map<String, String> colors(String declarations) {
        Map<String, String> colors = new LinkedHashMap<>();
        Matcher m = COLOR.matcher(declarations);
        while (m.find()) {
            colors.put(m.group(1), m.group(2).toLowerCase());
        }
        return colors;
    }

    private static String read(String resource) {
        try (InputStream in = FirstFrameStylesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
