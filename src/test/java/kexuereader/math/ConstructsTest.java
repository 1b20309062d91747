package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each construct of {@code constructs.txt}, as the blog writes it, renders (and shows what it must). */
class ConstructsTest {

    static Stream<Arguments> constructs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = ConstructsTest.class.getResourceAsStream("constructs.txt")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(Arguments.of(f[0], f[1], f.length > 2 ? f[2] : null));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void renders(String name, String text, String mustContain) {
        ArticleMath math = MathEngine.prepare(text);
        MathEngine engine = new MathEngine();
        List<Segment> segments = math.mathSegments();
        assertFalse(segments.isEmpty(), "no math found in " + text);
        StringBuilder markup = new StringBuilder();
        for (Segment s : segments) {
            if (s instanceof Segment.Inline i) {
                markup.append(assertInstanceOf(Rendering.Svg.class, engine.render(i.formula(), RenderStyle.PAGE),
                        () -> String.valueOf(engine.render(i.formula(), RenderStyle.PAGE))).markup());
            } else if (s instanceof Segment.Display d) {
                DisplayRendering r = engine.renderDisplay(d, RenderStyle.PAGE);
                markup.append(assertInstanceOf(Rendering.Svg.class, r.body(), () -> String.valueOf(r.body())).markup());
                if (d.tagColumn() != null) {
                    assertInstanceOf(Rendering.Svg.class, r.tags(), () -> String.valueOf(r.tags()));
                }
            }
        }
        if (mustContain != null) {
            assertTrue(markup.toString().contains(mustContain), name + " should contain " + mustContain);
        }
    }
}
