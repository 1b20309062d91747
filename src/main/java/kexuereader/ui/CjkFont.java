package kexuereader.ui;

import java.util.List;
import javafx.scene.text.Font;

/**
 * Picks the Chinese font the window uses. JavaFX's default font shows Chinese as boxes on Linux even when CJK
 * fonts are installed, and JavaFX CSS takes a single family (no fallback list), so the first installed family
 * of the stack is looked up once and named explicitly. The reading pane's CSS names the whole stack instead.
 */
public final class CjkFont {

    /** The families tried, in order: what Linux, macOS and Windows usually have. */
    public static final List<String> STACK = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
            "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback");

    /** The stack as a CSS font-family value, for the reading pane. */
    public static final String CSS_STACK = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Noto Sans SC\", "
            + "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", sans-serif";

    private static volatile String family;

    private CjkFont() {
    }

    /** The first installed family of {@link #STACK}, or null when none is (Chinese may then show as boxes). */
    public static String family() {
        String f = family;
        if (f == null) {
            f = find();
            family = f;
        }
        return f.isEmpty() ? null : f;
    }

    private static String find() {
        for (String name : STACK) {
            // Font.font falls back to the default family when the name is unknown: a match means installed
            Font font = Font.font(name, 13);
            if (font != null && name.equalsIgnoreCase(font.getFamily())) {
                return name;
            }
        }
        return "";
    }

    /** An inline style naming the family for a node, or empty when none is installed. */
    public static String style() {
        String f = family();
        return f == null ? "" : "-fx-font-family: \"" + f + "\";";
    }
}
