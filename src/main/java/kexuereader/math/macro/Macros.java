package kexuereader.math.macro;

import java.util.Map;

/**
 * The macros in effect for one formula: those its article defines. Immutable, so formulas of one article share
 * it freely and nothing of one article ever reaches another.
 */
public record Macros(Map<String, MacroDefinition> definitions) {

    static final Macros NONE = new Macros(Map.of());

    public Macros {
        definitions = Map.copyOf(definitions);
    }

    MacroDefinition get(String name) {
        return definitions.get(name);
    }

    boolean isEmpty() {
        return definitions.isEmpty();
    }
}
