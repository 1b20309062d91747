package kexuereader.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import kexuereader.model.SeriesPart;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads series and part numbers from titles, by rules kept in YAML: the defaults shipped as a resource, and a
 * user's {@code series-rules.yaml} that adds rules (tried first), disables defaults by name, and lists titles
 * that are never a series.
 */
public final class SeriesRules {

    /** The file name of a user's rules, looked for beside the library. */
    public static final String USER_FILE = "series-rules.yaml";

    private static final String DEFAULTS = "/kexuereader/ingest/series-rules.yaml";
    private static final Pattern SUFFIX = Pattern.compile("\\((上|中|下)\\)\\s*$");

    /** One rule: a name for people and a pattern with a {@code series} and an optional {@code part} group. */
    public record Rule(String name, Pattern pattern) {
    }

    private final List<Rule> rules;
    private final List<Pattern> notSeries;

    private SeriesRules(List<Rule> rules, List<Pattern> notSeries) {
        this.rules = List.copyOf(rules);
        this.notSeries = List.copyOf(notSeries);
    }

    /** The rules shipped with the application. */
    public static SeriesRules defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final SeriesRules INSTANCE = loadDefaults();
    }

    private static SeriesRules loadDefaults() {
        try (InputStream in = SeriesRules.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            Parsed p = read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), DEFAULTS);
            return new SeriesRules(p.rules, p.notSeries);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
    }

    /**
     * The largest user file read: a few dozen rules fit in a few KB. SnakeYAML reads one long comment line in
     * quadratic time (8 MB: 21 s) before its own 3 MB limit trips, so the size is checked before parsing.
     */
    static final long MAX_USER_FILE_BYTES = 256 * 1024;

    /**
     * The defaults, extended by the user's file in {@code directory} when there is one.
     *
     * @throws IllegalArgumentException with a message naming the file when the user's file is malformed
     */
    public static SeriesRules forLibraryDirectory(Path directory) {
        Path file = directory == null ? null : directory.resolve(USER_FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            long size = Files.size(file);
            if (size > MAX_USER_FILE_BYTES) {
                throw new IllegalArgumentException(file + ": is " + size / 1024 + " KB; a rules file is at most "
                        + MAX_USER_FILE_BYTES / 1024 + " KB, so it was not read");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Parsed user = read(reader, file.toString());
            SeriesRules base = defaults();
            List<Rule> merged = new ArrayList<>(user.rules);
            for (Rule r : base.rules) {
                if (!user.disabled.contains(r.name())) {
                    merged.add(r);
                }
            }
            List<Pattern> notSeries = new ArrayList<>(user.notSeries);
            notSeries.addAll(base.notSeries);
            return new SeriesRules(merged, notSeries);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The rules in the order they are tried. */
    public List<Rule> rules() {
        return rules;
    }

    /** The patterns of titles that are never a series, in the order they are tried. */
    public List<Pattern> notSeries() {
        return notSeries;
    }

    /** The series and part a title names, if any. */
    public Optional<SeriesPart> match(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String t = TextKeys.strip(TextKeys.nfkc(title));
        for (Pattern p : notSeries) {
            if (p.matcher(t).find()) {
                return Optional.empty();
            }
        }
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(t);
            if (!m.matches()) {
                continue;
            }
            String series = TextKeys.strip(m.group("series"));
            if (series.isEmpty()) {
                continue;
            }
            Integer part = null;
            if (hasGroup(rule.pattern(), "part") && m.group("part") != null) {
                OptionalInt n = ChineseNumerals.parse(m.group("part"));
                if (n.isEmpty()) {
                    continue;
                }
                part = n.getAsInt();
            }
            Matcher s = SUFFIX.matcher(t);
            String suffix = s.find() && s.start() > m.start("series") + series.length() ? s.group(1) : null;
            return Optional.of(new SeriesPart(series, part, suffix));
        }
        return Optional.empty();
    }

    private static boolean hasGroup(Pattern p, String name) {
        return p.pattern().contains("(?<" + name + ">");
    }

    private record Parsed(List<Rule> rules, Set<String> disabled, List<Pattern> notSeries) {
    }

    private static Parsed read(Reader reader, String where) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(where + ": not valid YAML (" + firstLine(e.getMessage()) + ")", e);
        }
        if (root == null) {
            return new Parsed(List.of(), Set.of(), List.of());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": expected a mapping with 'rules'");
        }
        List<Rule> rules = new ArrayList<>();
        for (Object o : list(map.get("rules"), where, "rules")) {
            if (!(o instanceof Map<?, ?> r) || !(r.get("pattern") instanceof String pattern)) {
                throw new IllegalArgumentException(where + ": every rule needs a 'pattern'");
            }
            String name = r.get("name") == null ? "rule " + (rules.size() + 1) : r.get("name").toString();
            Pattern compiled = compile(pattern, where, name);
            if (!hasGroup(compiled, "series")) {
                throw new IllegalArgumentException(where + ": rule '" + name + "' has no (?<series>…) group");
            }
            rules.add(new Rule(name, compiled));
        }
        Set<String> disabled = new HashSet<>();
        for (Object o : list(map.get("disable"), where, "disable")) {
            disabled.add(String.valueOf(o));
        }
        List<Pattern> notSeries = new ArrayList<>();
        for (Object o : list(map.get("not-series"), where, "not-series")) {
            notSeries.add(compile(String.valueOf(o), where, "not-series"));
        }
        return new Parsed(rules, disabled, notSeries);
    }

    private static List<?> list(Object value, String where, String key) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a list");
        }
        return l;
    }

    private static Pattern compile(String regex, String where, String name) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": rule '" + name + "' is not a valid pattern ("
                    + firstLine(e.getDescription()) + ")", e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
