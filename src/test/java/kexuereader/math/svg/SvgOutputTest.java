package kexuereader.math.svg;

import kexuereader.math.Formula;
import kexuereader.math.MathEngine;
import kexuereader.math.RenderStyle;
import kexuereader.math.Rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The SVG is safe to inline, sized in em, sits on the baseline, and takes the page's colour. */
class SvgOutputTest {

    private final MathEngine engine = new MathEngine();

    private Rendering.Svg svg(String body, RenderStyle style) {
        Formula f = MathEngine.prepare(body).formulas().get(0);
        return assertInstanceOf(Rendering.Svg.class, engine.render(f, style), body);
    }

    private Rendering.Svg svg(String body) {
        return svg(body, RenderStyle.PAGE);
    }

    @Test
    void isWellFormedSvgWithGlyphsAsPaths() throws Exception {
        Rendering.Svg s = svg("$\\frac{a}{b}+\\sqrt{x}\\color{red}{y}$");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(s.markup()
                .getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertTrue(root.getElementsByTagName("path").getLength() >= 5);
        assertEquals(0, root.getElementsByTagName("text").getLength());
        assertTrue(root.getElementsByTagName("rect").getLength() >= 1, "the fraction bar is a rule");
    }

    @Test
    void isSafeToInline() {
        String m = svg("$\\textcolor{red}{x}\\boxed{y}\\xrightarrow{f}\\text{中文}$").markup();
        assertFalse(m.contains("<script"), m);
        assertFalse(m.contains("href"), m);
        assertFalse(m.contains(" id="), m);
        assertFalse(m.contains("url("), m);
        assertFalse(m.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"), m);
        assertFalse(m.contains("<style"), m);
    }

    @Test
    void isSizedInEmAndSitsOnTheBaseline() {
        Rendering.Svg s = svg("$x_i$");
        assertTrue(s.depthEm() > 0.1 && s.depthEm() < 0.3, "subscript below the baseline: " + s.depthEm());
        Matcher w = Pattern.compile("width=\"([0-9.]+)em\" height=\"([0-9.]+)em\"").matcher(s.markup());
        assertTrue(w.find(), s.markup());
        assertEquals(s.widthEm(), Double.parseDouble(w.group(1)), 1e-3);
        assertEquals(s.heightEm(), Double.parseDouble(w.group(2)), 1e-3);
        assertTrue(s.markup().contains("vertical-align:-" + SvgNumbers.append(new StringBuilder(), s.depthEm(), 4)
                + "em"), s.markup());
        assertEquals(0, svg("$A$").depthEm(), 1e-9); // MathJax boxes x with 0.011 em of depth, A with none
    }

    @Test
    void canBeSizedInPixelsForAStandaloneImage() {
        Rendering.Svg s = svg("$x$", new RenderStyle(RenderStyle.Mode.AUTO, "#202020", 20));
        assertTrue(s.markup().contains("px\" height=\""), s.markup());
        assertTrue(s.markup().contains("fill=\"#202020\""), s.markup());
    }

    @Test
    void displayStyleIsTallerThanTextStyle() {
        Rendering.Svg inline = svg("$\\sum_{i=1}^n x_i$");
        Rendering.Svg display = svg("$$\\sum_{i=1}^n x_i$$");
        assertTrue(display.heightEm() > inline.heightEm() + 0.5);
        Rendering.Svg forced = svg("$\\sum_{i=1}^n x_i$", new RenderStyle(RenderStyle.Mode.DISPLAY, "currentColor", 0));
        assertEquals(display.heightEm(), forced.heightEm(), 1e-9);
    }

    @Test
    void defaultColourIsThePagesAndOwnColoursStay() {
        String themed = svg("$a\\color{red}{b}\\textcolor{skyblue}{c}$").markup();
        assertTrue(themed.contains("fill=\"currentColor\""), themed);
        assertTrue(themed.contains("fill=\"#ff0000\""), themed);
        assertTrue(themed.contains("fill=\"#87ceeb\""), themed);
        String explicit = svg("$a\\color{red}{b}$", RenderStyle.withColor("#336699")).markup();
        assertTrue(explicit.contains("fill=\"#336699\""), explicit);
        assertTrue(explicit.contains("fill=\"#ff0000\""), explicit);
        assertFalse(explicit.contains("currentColor"), explicit);
    }

    @Test
    void strokesFollowTheColourToo() {
        String m = svg("$\\boxed{x}$").markup();
        assertTrue(m.contains("stroke=\"currentColor\"") || m.contains("<rect"), m);
        assertFalse(m.contains("stroke=\"#000000\""), m);
    }

    @Test
    void onlyColoursAreAcceptedAsTheColourParameter() {
        assertThrows(IllegalArgumentException.class, () -> RenderStyle.withColor("red\"><script>alert(1)</script>"));
        assertThrows(IllegalArgumentException.class, () -> RenderStyle.withColor("url(#x)"));
        assertEquals("#ff0000", RenderStyle.withColor("red").color());
        assertEquals("#aabbcc", RenderStyle.withColor("#ABC").color());
        assertEquals("currentColor", RenderStyle.withColor("currentcolor").color());
    }

    @Test
    void aFormulaHoldingOnlyDefinitionsIsAnEmptySvg() {
        Rendering.Svg s = svg("$\\newcommand{\\x}{y}$");
        assertEquals(0, s.widthEm(), 1e-9);
        assertTrue(s.markup().startsWith("<svg"));
    }
}
