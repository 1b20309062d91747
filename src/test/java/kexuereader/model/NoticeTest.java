package kexuereader.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The notices' two languages: the same keys, the same arguments, and every key the code names is in them. */
class NoticeTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NoticeTest.class.getResourceAsStream("/kexuereader/model/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndArguments() throws IOException {
        Properties en = load("notices.properties");
        Properties zh = load("notices_zh_CN.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        Pattern arg = Pattern.compile("\\{\\d}");
        for (String key : en.stringPropertyNames()) {
            assertEquals(args(arg, en.getProperty(key)), args(arg, zh.getProperty(key)), key);
        }
    }

    private static Set<String> args(Pattern arg, String s) {
        Set<String> set = new TreeSet<>();
        Matcher m = arg.matcher(s);
        while (m.find()) {
            set.add(m.group());
        }
        return set;
    }

    @Test
    void everyKeyTheParserNamesIsThere() throws IOException {
        Properties en = load("notices.properties");
        Pattern use = Pattern.compile("(?:Diagnostic\\.(?:note|warning|error)\\([^,]+,|Notice\\.of\\()\\s*\"([a-zA-Z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 30, "the scan finds the parser's notices: " + used);
        used.removeAll(en.stringPropertyNames());
        // a key made from a prefix and a reason (listing.header. + ListingHeader.Broken's reason): its variants
        used.removeIf(k -> k.endsWith(".") && en.stringPropertyNames().stream().anyMatch(e -> e.startsWith(k)));
        assertEquals(Set.of(), used);
    }

    @Test
    void quotesAndArgumentsComeOutInEachLanguage() {
        Diagnostic d = Diagnostic.warning(12, "archive.badDate", "31 Feb");
        assertEquals("line 12: '31 Feb' is not a valid date; the entry was skipped", d.toString());
        assertEquals("第 12 行：“31 Feb”不是有效的日期，已跳过该条目", d.text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("'31 Feb' is not a valid date; the entry was skipped", d.message());
        assertEquals("some text", Notice.plain("some text").text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("no.such.key a, b", Notice.of("no.such.key", "a", "b").text(Locale.ENGLISH));
    }
}
