package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window's words live in the bundles only: the English and Chinese bundles have the same keys, every key the
 * code names exists, and no view passes a literal word to a label, a menu, a tooltip or a title.
 */
class MessagesTest {

    static final Path UI = Path.of("src/main/java/kexuereader/ui");
    static final Path RESOURCES = Path.of("src/main/resources/kexuereader");

    /** Where a view puts words on the screen. */
    static final Pattern LABELLING = Pattern.compile("(?:\\.(?:setText|setPromptText|setTitle|setHeaderText|"
            + "setContentText|setName|setLabel|setFullScreenExitHint|show|problem|accept)|new (?:Label|Button|Menu|MenuItem|"
            + "RadioMenuItem|CheckMenuItem|Tooltip|Tab|TableColumn<>|ExtensionFilter|SidebarItem\\.Heading)|"
            + "(?:status|message)\\.set|showBanner|row|sideRow|column|menu)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Literals that are not words of a language: symbols, file types, the product's name. */
    static final Set<String> ALLOWED = Set.of("A−", "A+", "◐", "⛶", "✕", "Markdown", "HTML", "kexue-reader",
            "kexue-reader · 科学空间", "-");
    /** The benchmark's bare window is no view: it measures JavaFX itself. */
    static final Set<String> NOT_VIEWS = Set.of("BareWindow.java", "MemoryProbe.java", "StartupClock.java");

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    static Properties bundle(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(path));
             var r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void theTwoBundlesHaveTheSameKeys() throws IOException {
        for (String base : List.of("ui/messages", "reading/page")) {
            Properties en = bundle(base + ".properties");
            Properties zh = bundle(base + "_zh_CN.properties");
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()), base);
            assertTrue(en.size() > 10, base);
            // the Chinese bundle is Chinese: nearly every text has Han characters (not the language names, the title)
            long han = zh.values().stream().filter(v -> v.toString().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
            assertTrue(han >= zh.size() - 4, base + ": " + han + " of " + zh.size() + " Chinese");
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties en = bundle("ui/messages.properties");
        Pattern use = Pattern.compile("Messages\\.(?:get|format)\\((?:[^\"()]*,\\s*)?\"([a-z][\\w.-]*)\"");
        List<String> missing = new ArrayList<>();
        int uses = 0;
        for (Path file : sources()) {
            Matcher m = use.matcher(Files.readString(file));
            while (m.find()) {
                uses++;
                String key = m.group(1);
                // keys built from a prefix ("statistics.perMonth.title." + noun) are checked by their prefix
                if (!en.containsKey(key) && en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(key))) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertTrue(uses > 100, "found " + uses);
        assertEquals(List.of(), missing);
    }

    @Test
    void noViewSetsALiteralLabel() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : sources()) {
            if (NOT_VIEWS.contains(file.getFileName().toString())) {
                continue;
            }
            Matcher m = LABELLING.matcher(Files.readString(file));
            while (m.find()) {
                String text = m.group(1);
                if (text.codePoints().anyMatch(Character::isLetter) && !ALLOWED.contains(text)) {
                    literals.add(file.getFileName() + ": \"" + text + "\"");
                }
            }
        }
        assertEquals(List.of(), literals);
    }

    @Test
    void theScanWouldSeeALiteral() {
        // the rule above is only worth something if it matches the shapes the views use
        for (String line : List.of("label.setText(\"Hello\")", "new MenuItem(\"Copy\")", "new Tooltip(\"Tip\")",
                "stage.setTitle(\"Statistics\")", "field.setPromptText(\"Find\")", "banner.show(\"Done.\")",
                "status.set(\"Ready\")", "new TableColumn<>(\"Result\")", "actions.menu(\"File\", \"a\")")) {
            assertTrue(LABELLING.matcher(line).find(), line);
        }
    }

    @Test
    void patternsFollowTheLanguage() {
        Messages.use(Locale.ENGLISH);
        assertEquals("1 unread article", ArticleListModel.countText(1, kexuereader.library.ArticleFilter.unreadOnly()));
        assertEquals("3 articles", ArticleListModel.countText(3, kexuereader.library.ArticleFilter.ALL));
        assertEquals("imported a.txt: 1 entry, 1,300 new articles", Messages.format("import.done", "a.txt", 1, 1300));
        assertEquals("File", Messages.get("menu.file"));
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals("3 篇未读文章", ArticleListModel.countText(3, kexuereader.library.ArticleFilter.unreadOnly()));
        assertEquals("文件", Messages.get("menu.file"));
        // the import report speaks the window's language, not the library's English summary
        assertEquals("已导入 a.txt：2 个条目，1 篇新文章", Messages.format("import.done", "a.txt", 2, 1));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.forSetting("zh"));
        assertEquals(Locale.ENGLISH, Messages.forSetting("en"));
        assertEquals("新的界面语言将在下次启动 kexue-reader 时生效。",
                Messages.get(Locale.CHINESE, "banner.language.restart"));
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(UI)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
