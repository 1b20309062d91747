package kexuereader.math.macro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The macro definitions of one article and which of them each formula sees: for each name, the latest
 * definition at or before the formula; a formula before any definition of a name sees the first one (excerpts
 * and reordered pages should not make a macro fail "alone").
 */
public final class ArticleMacros {

    private record Placed(int formula, MacroDefinition definition) {
    }

    private final Map<String, List<Placed>> byName = new HashMap<>();
    private final Map<List<Object>, Macros> views = new HashMap<>();

    public void define(int formula, MacroDefinition definition) {
        byName.computeIfAbsent(definition.name(), k -> new ArrayList<>()).add(new Placed(formula, definition));
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /** The macros the formula at {@code index} (in article order) sees. */
    public Macros forFormula(int index) {
        if (byName.isEmpty()) {
            return Macros.NONE;
        }
        Map<String, MacroDefinition> seen = new HashMap<>();
        List<Object> key = new ArrayList<>();
        for (Map.Entry<String, List<Placed>> e : byName.entrySet()) {
            List<Placed> placed = e.getValue();
            MacroDefinition chosen = placed.get(0).definition();
            for (Placed p : placed) {
                if (p.formula() <= index) {
                    chosen = p.definition();
                }
            }
            seen.put(e.getKey(), chosen);
            key.add(chosen);
        }
        // formulas that see the same definitions share one Macros
        return views.computeIfAbsent(key, k -> new Macros(seen));
    }
}
