package kexuereader.cli;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML as the commands write it: block style, Unicode as is, no line folding, multi-line text as literal
 * blocks so bodies stay readable. Deterministic for the same data.
 */
final class Yaml {

    private Yaml() {
    }

    static String dump(Object data) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new org.yaml.snakeyaml.Yaml(new LiteralRepresenter(options), options).dump(fresh(data));
    }

    /**
     * A deep copy in which no list or map is shared: SnakeYAML writes a shared object (such as the one empty
     * {@code List.of()}) once with an anchor and then as {@code *id001} references, which no reader of an
     * export wants.
     */
    private static Object fresh(Object data) {
        if (data instanceof java.util.Map<?, ?> m) {
            java.util.Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, fresh(v)));
            return copy;
        }
        if (data instanceof java.util.List<?> l) {
            java.util.List<Object> copy = new java.util.ArrayList<>(l.size());
            l.forEach(v -> copy.add(fresh(v)));
            return copy;
        }
        return data;
    }

    /** Writes strings with line breaks as {@code |} literal blocks. */
    private static final class LiteralRepresenter extends Representer {
        LiteralRepresenter(DumperOptions options) {
            super(options);
            Represent plain = this.representers.get(String.class);
            this.representers.put(String.class, data -> {
                String s = (String) data;
                if (s.indexOf('\n') >= 0 && literalSafe(s)) {
                    return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.LITERAL);
                }
                return plain.representData(data);
            });
        }

        /** Literal blocks cannot carry trailing spaces on a line or control characters faithfully. */
        private static boolean literalSafe(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' && (i + 1 == s.length() || s.charAt(i + 1) == '\n')) {
                    return false;
                }
                if (c < 0x20 && c != '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                    return false;
                }
            }
            return !s.startsWith(" ") && !s.startsWith("\n");
        }
    }
}
