package kexuereader.math.rewrite;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One rule of the normaliser: maps a construct of the blog's MathJax dialect to one JLaTeXMath 1.0.7 renders
 * the same. Each rule is a single left-to-right pass, linear in the length of its input.
 */
public interface Rewrite {

    /** A short name for tests, docs and diagnostics, e.g. {@code bm-to-boldsymbol}. */
    String name();

    /** The formula with this rule applied; returns the input itself when nothing applies. */
    String apply(String tex);

    /** A rule named {@code name} that applies {@code pass} (a rule class's static {@code apply}, typically). */
    static Rewrite of(String name, UnaryOperator<String> pass) {
        return new Named(name, pass);
    }

    /** What {@link #of} makes. */
    record Named(String name, UnaryOperator<String> pass) implements Rewrite {

        public Named {
            Objects.requireNonNull(name);
            Objects.requireNonNull(pass);
        }

        @Override
        public String apply(String tex) {
            return pass.apply(tex);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
