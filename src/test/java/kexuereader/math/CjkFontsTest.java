package kexuereader.math;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Chinese in {@code \text{}} renders whether or not a CJK font is installed (CI machines may lack one); with a
 * font, each character is a glyph outline.
 */
class CjkFontsTest {

    @Test
    void chineseInTextRenders() {
        Formula f = MathEngine.prepare("$\\text{损失函数} = x$").formulas().get(0);
        Rendering.Svg svg = assertInstanceOf(Rendering.Svg.class, new MathEngine().render(f, RenderStyle.PAGE));
        CjkFonts.Status status = CjkFonts.await();
        int paths = svg.markup().split("<path").length - 1;
        if (status.found()) {
            assertTrue(paths >= 6, "four CJK glyphs, '=' and x: " + paths);
            assertTrue(svg.widthEm() > 4, "four full-width characters: " + svg.widthEm());
        }
        assertTrue(svg.widthEm() > 0);
    }

    @Test
    void detectsTextThatNeedsTheFont() {
        assertTrue(CjkFonts.needs("\\text{中}"));
        assertTrue(CjkFonts.needs("a，b"));
        assertTrue(!CjkFonts.needs("\\alpha + \\beta"));
    }

    @Test
    void searchFindsFontsOnlyAmongKnownNames() {
        for (var p : CjkFonts.candidates()) {
            assertTrue(java.nio.file.Files.isRegularFile(p), p.toString());
        }
    }
}
