package kexuereader.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kexuereader.library.SafeFileWriter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The window's settings as observable properties, kept in one place and saved to {@code settings.yaml} beside
 * the library. A missing or damaged file means defaults (a damaged one is left alone and noted); saving goes
 * through a temporary file so a crash never leaves half a file.
 */
public final class Settings {

    /** The file name of the settings, beside the library. */
    public static final String FILE = "settings.yaml";

    /** Light or dark. */
    public enum Theme { LIGHT, DARK }

    /**
     * The largest settings file read. The file holds a dozen short lines; SnakeYAML reads one long comment line in
     * quadratic time (8 MB: 21 s), so the size is checked before parsing, not by its own limit afterwards.
     */
    static final long MAX_BYTES = 64 * 1024;

    static final double DEFAULT_FONT_SIZE = 17;
    static final double MIN_FONT_SIZE = 12;
    static final double MAX_FONT_SIZE = 30;
    static final double DEFAULT_LINE_HEIGHT = 1.85;
    /** A readable measure: about 40 Chinese characters a line. */
    static final double DEFAULT_MEASURE = 40;
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3.0;

    private final Path file;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final DoubleProperty windowX = new SimpleDoubleProperty(this, "windowX", Double.NaN);
    private final DoubleProperty windowY = new SimpleDoubleProperty(this, "windowY", Double.NaN);
    private final DoubleProperty windowWidth = new SimpleDoubleProperty(this, "windowWidth", 1400);
    private final DoubleProperty windowHeight = new SimpleDoubleProperty(this, "windowHeight", 900);
    private final BooleanProperty maximized = new SimpleBooleanProperty(this, "maximized", false);
    private final DoubleProperty sidebarDivider = new SimpleDoubleProperty(this, "sidebarDivider", 0.17);
    private final DoubleProperty listDivider = new SimpleDoubleProperty(this, "listDivider", 0.5);
    private final StringProperty lastArticle = new SimpleStringProperty(this, "lastArticle", null);
    /** The folder the last import's files were chosen in: the import dialog opens there next time. */
    private final StringProperty importFolder = new SimpleStringProperty(this, "importFolder", null);
    /** The window's language: {@code zh}, {@code en}, or empty for the system's (see {@link Messages#forSetting}). */
    private final StringProperty language = new SimpleStringProperty(this, "language", "");
    /** The reading pane's text: size in px, line height, and the column's measure in Chinese characters. */
    private final DoubleProperty pageFontSize = new SimpleDoubleProperty(this, "pageFontSize", DEFAULT_FONT_SIZE);
    private final DoubleProperty pageLineHeight = new SimpleDoubleProperty(this, "pageLineHeight", DEFAULT_LINE_HEIGHT);
    private final DoubleProperty pageMeasure = new SimpleDoubleProperty(this, "pageMeasure", DEFAULT_MEASURE);
    private String problem;

    private Settings(Path file) {
        this.file = file;
    }

    /** Settings of the library in {@code directory}: read from its file, or defaults. */
    public static Settings load(Path directory) {
        Settings s = new Settings(directory == null ? null : directory.resolve(FILE));
        if (s.file != null && Files.isRegularFile(s.file)) {
            try {
                long size = Files.size(s.file);
                if (size > MAX_BYTES) {
                    s.problem = Messages.format("settings.tooBig", s.file, size / 1024,
                            MAX_BYTES / 1024);
                    return s;
                }
            } catch (IOException e) {
                // unreadable: the read below says so
            }
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
                if (root instanceof Map<?, ?> map) {
                    s.apply(map);
                }
            } catch (IOException | RuntimeException e) {
                s.problem = Messages.format("settings.unreadable", s.file, e.getClass().getSimpleName());
            }
        }
        return s;
    }

    private void apply(Map<?, ?> map) {
        if ("dark".equals(String.valueOf(map.get("theme")))) {
            theme.set(Theme.DARK);
        }
        zoom.set(clampZoom(number(map.get("zoom"), 1.0)));
        windowX.set(number(map.get("window_x"), Double.NaN));
        windowY.set(number(map.get("window_y"), Double.NaN));
        windowWidth.set(Math.max(640, number(map.get("window_width"), 1400)));
        windowHeight.set(Math.max(420, number(map.get("window_height"), 900)));
        maximized.set(Boolean.TRUE.equals(map.get("maximized")));
        sidebarDivider.set(clamp(number(map.get("sidebar_divider"), 0.17), 0.05, 0.5));
        listDivider.set(clamp(number(map.get("list_divider"), 0.5), 0.15, 0.85));
        Object last = map.get("last_article");
        lastArticle.set(last == null ? null : last.toString());
        Object folder = map.get("import_folder");
        importFolder.set(folder == null ? null : folder.toString());
        pageFontSize.set(clamp(number(map.get("page_font_size"), DEFAULT_FONT_SIZE), MIN_FONT_SIZE, MAX_FONT_SIZE));
        pageLineHeight.set(clamp(number(map.get("page_line_height"), DEFAULT_LINE_HEIGHT), 1.2, 3.0));
        pageMeasure.set(clamp(number(map.get("page_measure"), DEFAULT_MEASURE), 20, 120));
        Object lang = map.get("language");
        language.set(lang == null ? "" : lang.toString());
    }

    /**
     * The settings as their file holds them, key by key in the file's order: numbers as {@code Double}, the
     * window's state as {@code Boolean}, the rest as strings ({@code last_article} may be null).
     */
    Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("theme", theme.get() == Theme.DARK ? "dark" : "light");
        m.put("zoom", zoom.get());
        if (!Double.isNaN(windowX.get())) {
            m.put("window_x", windowX.get());
            m.put("window_y", windowY.get());
        }
        m.put("window_width", windowWidth.get());
        m.put("window_height", windowHeight.get());
        m.put("maximized", maximized.get());
        m.put("sidebar_divider", sidebarDivider.get());
        m.put("list_divider", listDivider.get());
        m.put("last_article", lastArticle.get());
        if (importFolder.get() != null) {
            m.put("import_folder", importFolder.get());
        }
        m.put("language", language.get());
        m.put("page_font_size", pageFontSize.get());
        m.put("page_line_height", pageLineHeight.get());
        m.put("page_measure", pageMeasure.get());
        return m;
    }

    /**
     * Settings of the library in {@code directory} from {@link #values()} as texts (the start snapshot keeps
     * them so, and a start from it needs no YAML parser); a value that is not of its kind is its default.
     */
    static Settings fromTexts(Path directory, Map<String, String> texts) {
        Settings s = new Settings(directory == null ? null : directory.resolve(FILE));
        Map<String, Object> typed = new LinkedHashMap<>();
        texts.forEach((key, text) -> {
            Object value = text;
            if (key.equals("maximized")) {
                value = Boolean.valueOf(text);
            } else if (!STRINGS.contains(key)) {
                try {
                    value = Double.valueOf(text);
                } catch (NumberFormatException e) {
                    value = null;
                }
            }
            typed.put(key, value);
        });
        s.apply(typed);
        return s;
    }

    /** The keys whose values are texts. */
    private static final java.util.Set<String> STRINGS = java.util.Set.of("theme", "last_article", "import_folder",
            "language");

    /** Writes the settings; a failure to write is reported, never thrown. */
    public String save() {
        if (file == null) {
            return null;
        }
        Map<String, Object> m = values();
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        try {
            Files.createDirectories(file.getParent());
            // a failed write leaves neither half a file nor its temporary file behind
            SafeFileWriter.write(file, null, w -> {
                w.write("# kexue-reader window settings; safe to delete (defaults come back)\n");
                new Yaml(o).dump(m, w);
            });
            return null;
        } catch (IOException e) {
            return Messages.format("settings.unsaved", file, e.getMessage());
        }
    }

    /** Every property, for saving on any change. */
    public Observable[] observables() {
        return new Observable[] {theme, zoom, windowX, windowY, windowWidth, windowHeight, maximized, sidebarDivider,
                listDivider, lastArticle, importFolder, language, pageFontSize, pageLineHeight, pageMeasure};
    }

    /** Why the file could not be read, or null. */
    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty windowXProperty() {
        return windowX;
    }

    public DoubleProperty windowYProperty() {
        return windowY;
    }

    public DoubleProperty windowWidthProperty() {
        return windowWidth;
    }

    public DoubleProperty windowHeightProperty() {
        return windowHeight;
    }

    public BooleanProperty maximizedProperty() {
        return maximized;
    }

    public DoubleProperty sidebarDividerProperty() {
        return sidebarDivider;
    }

    public DoubleProperty listDividerProperty() {
        return listDivider;
    }

    public StringProperty importFolderProperty() {
        return importFolder;
    }

    public StringProperty lastArticleProperty() {
        return lastArticle;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public DoubleProperty pageFontSizeProperty() {
        return pageFontSize;
    }

    public DoubleProperty pageLineHeightProperty() {
        return pageLineHeight;
    }

    public DoubleProperty pageMeasureProperty() {
        return pageMeasure;
    }

    static double clampFontSize(double px) {
        return clamp(px, MIN_FONT_SIZE, MAX_FONT_SIZE);
    }

    static double clampZoom(double z) {
        return clamp(z, MIN_ZOOM, MAX_ZOOM);
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }

    /** A finite number, else the fallback: {@code .inf} and {@code .nan} are YAML numbers too. */
    private static double number(Object o, double fallback) {
        return o instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : fallback;
    }
}
