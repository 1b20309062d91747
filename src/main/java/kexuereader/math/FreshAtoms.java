package kexuereader.math;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.scilab.forge.jlatexmath.SymbolAtom;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Gives every use of a symbol or predefined formula its own atom. JLaTeXMath hands out one JVM-wide atom per
 * symbol ({@code =}, {@code +}, {@code ,}, {@code \sum}…) and per single-atom predefined formula, and its parser
 * writes into the atom it was handed: a braced group holding one atom ({@code x{=}y}, {@code \text{a{=}b}},
 * {@code 1{,}000}) is made ordinary by setting that atom's type, {@code \limits} sets its limits, text mode its
 * character. One {@code x{=}y} anywhere took the relation spacing from every later {@code =} in the JVM, in every
 * article. A shallow copy per lookup suffices: the parser only writes the top atom's own fields.
 */
final class FreshAtoms {

    private FreshAtoms() {
    }

    /** Replaces JLaTeXMath's two shared tables by ones that hand out copies; once, before concurrent use. */
    static void install() {
        if (!(SymbolAtom.symbols instanceof CopyingMap)) {
            SymbolAtom.symbols = new CopyingMap<>(SymbolAtom.symbols, s -> (SymbolAtom) s.clone());
        }
        if (!(TeXFormula.predefinedTeXFormulas instanceof CopyingMap)) {
            TeXFormula.predefinedTeXFormulas = new CopyingMap<>(TeXFormula.predefinedTeXFormulas, FreshAtoms::copy);
        }
    }

    /** A formula whose root is a copy of the original's (JLaTeXMath caches only formulas whose root is one atom). */
    private static TeXFormula copy(TeXFormula original) {
        TeXFormula copy = new TeXFormula();
        copy.root = original.root == null ? null : original.root.clone();
        return copy;
    }

    /** A concurrent map whose {@code get} returns a copy of the stored value; everything else as stored. */
    private static final class CopyingMap<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> stored;
        private final UnaryOperator<V> copier;

        CopyingMap(Map<K, V> original, UnaryOperator<V> copier) {
            this.stored = new ConcurrentHashMap<>(original);
            this.copier = copier;
        }

        @Override
        public V get(Object key) {
            V value = stored.get(key);
            return value == null ? null : copier.apply(value);
        }

        @Override
        public V put(K key, V value) {
            return stored.put(key, value);
        }

        @Override
        public boolean containsKey(Object key) {
            return stored.containsKey(key);
        }

        @Override
        public V remove(Object key) {
            return stored.remove(key);
        }

        @Override
        public void clear() {
            stored.clear();
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return stored.entrySet();
        }
    }
}
