package kexuereader.math.rewrite;

import kexuereader.math.Formula;
import kexuereader.math.MathEngine;
import kexuereader.math.RenderStyle;
import kexuereader.math.Rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rewrite rule against the input/expected pairs of {@code rewrites.txt} (golden file), plus the rules'
 * common contract: they leave formulas they do not concern untouched.
 */
class RewriteRulesTest {

    private static Map<String, Rewrite> rules() {
        LabelTable labels = new LabelTable();
        labels.define("eq:sm", new LabelTable.Target("3", "eq-3"));
        labels.define("eq:t", new LabelTable.Target("A", "eq-tag-1"));
        Map<String, Rewrite> map = new HashMap<>();
        for (Rewrite r : Normaliser.standard(labels).rules()) {
            map.put(r.name(), r);
        }
        Rewrite backslash = Rewrite.of("newcommand-backslash", NewcommandBackslash::apply);
        map.put(backslash.name(), backslash);
        return map;
    }

    static Stream<Arguments> goldenPairs() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = RewriteRulesTest.class.getResourceAsStream("rewrites.txt")) {
            assertNotNull(in, "rewrites.txt");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String rule = null;
            String input = null;
            for (String line : lines) {
                if (line.startsWith("## ")) {
                    rule = line.substring(3).trim();
                } else if (line.startsWith("in:  ")) {
                    input = line.substring(5);
                } else if (line.startsWith("out: ")) {
                    cases.add(Arguments.of(rule, input, line.substring(5)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("goldenPairs")
    void ruleRewritesAsExpected(String rule, String input, String expected) {
        Rewrite r = rules().get(rule);
        assertNotNull(r, "no rule named " + rule);
        assertEquals(expected, r.apply(input));
    }

    @Test
    void everyRuleHasGoldenCases() throws IOException {
        List<String> covered = goldenPairs().map(a -> (String) a.get()[0]).toList();
        for (String name : rules().keySet()) {
            assertFalse(!covered.contains(name), "rule without golden cases: " + name);
        }
    }

    @Test
    void aBackslashBeforeALineBreakIsAControlSpace() {
        // MathJax reads it as "\ ", its word space (0.25 em); JLaTeXMath failed with an empty reason.
        // A row break "\\" stays one.
        Rewrite aliases = rules().get("mathjax-aliases");
        assertEquals("a\\hspace{0.25em}b", aliases.apply("a\\\nb"));
        assertEquals("a\\hspace{0.25em}\nb", aliases.apply("a\\\r\nb"));
        assertEquals("a\\\\\nb", aliases.apply("a\\\\\nb"));
        Formula f = MathEngine.prepare("$a\\\nb$").formulas().get(0);
        assertInstanceOf(Rendering.Svg.class, new MathEngine(0).render(f, RenderStyle.PAGE));
    }

    @Test
    void rulesReturnUnconcernedInputUnchanged() {
        String plain = "\\sqrt{a} + b";
        for (Rewrite r : rules().values()) {
            assertSame(plain, r.apply(plain), r.name());
        }
    }

    @Test
    void normaliserAppliesRulesInOrder() {
        Normaliser n = Normaliser.standard(new LabelTable());
        assertEquals("\\begin{aligned}a &\\mathord{}= \\boldsymbol{x} \\vphantom{(}\\raisebox{-0.3em}{\\vphantom{{a }{\\mathord{}= "
                + "\\boldsymbol{x} \\vphantom{(}}}}\\\\ b &\\mathord{}= 50\\%\\vphantom{(}\\end{aligned}",
                n.normalise("\\begin{align*}a &= \\bm{x} \\label{q}\\\\ b &= 50%\\end{align*}"));
    }
}
