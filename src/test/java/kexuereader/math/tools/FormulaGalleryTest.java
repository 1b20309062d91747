package kexuereader.math.tools;

import kexuereader.math.Document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormulaGalleryTest {

    @Test
    void writesASelfContainedPageWithFailuresFirst(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("gallery.html");
        int failed = FormulaGallery.write(List.of(
                new Document("doc-1", "$x<y$ and \\begin{equation}\\text{中文}\\label{eq:a}\\end{equation} $\\eqref{eq:a}$"),
                new Document("doc-2", "$\\broken$")), out);
        assertEquals(1, failed);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("src="));
        assertTrue(html.contains("<svg"));
        assertTrue(html.indexOf("doc-2#1") < html.indexOf("<h2>doc-1</h2>"), "failures are listed first");
        assertTrue(html.contains("$x&lt;y$"), "sources are escaped");
        assertTrue(html.contains("(1) #eq-1"), "equation numbers are shown");
        assertTrue(html.contains("href=\"#eq-1\""), "references link to their equation");
    }
}
