package kexuereader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The export's keys for article pages and the index (docs/cli.md), and the body as Markdown of the blocks. */
class PageExportTest {

    static final Path PAGES = Path.of("src/test/resources/kexuereader/ingest/pages");

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = dir.resolve("library.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        Cli.Outcome o = Cli.run(all, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, o.exitCode(), out::toString);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> export() {
        Map<String, Object> root = new Yaml().load(run("export"));
        return (List<Map<String, Object>>) root.get("articles");
    }

    @Test
    void aFullArticleExportsItsPostAndItsBlocksAsMarkdown() {
        run("import", "seeds/001_95bb87b542fe4540.txt", PAGES.resolve("kexue-10040.md").toString(),
                PAGES.resolve("raw-latex-spaces.md").toString(), PAGES.resolve("archive-index-2023-2025.md").toString());
        List<Map<String, Object>> articles = export();
        Map<String, Object> rope = articles.stream().filter(a -> Integer.valueOf(10040).equals(a.get("blog_id")))
                .findFirst().orElseThrow();
        assertEquals("https://kexue.fm/archives/10040", rope.get("url"));
        assertEquals(List.of("信息时代"), rope.get("categories"));
        assertEquals(List.of("attention", "位置编码", "rope", "多模态"), rope.get("tags"));
        assertEquals(37, rope.get("comments"), "the index, captured later, saw more than the page (35)");
        assertEquals("full", rope.get("content"));
        assertEquals(false, rope.get("excerpt_only"));
        String body = (String) rope.get("body");
        assertTrue(body.contains("\n\n## 旋转位置\n\n"), "headings as Markdown");
        assertTrue(body.contains("\n\n\\begin{equation}\\boldsymbol{\\mathcal{R}}_m^{\\top}"), "display math on its own");

        Map<String, Object> raw = articles.stream().filter(a -> Integer.valueOf(10662).equals(a.get("blog_id")))
                .findFirst().orElseThrow();
        String rawBody = (String) raw.get("body");
        assertTrue(rawBody.contains("1. 第一项：$x_1$\n2. 第二项"), rawBody);
        assertTrue(rawBody.contains("| 符号 | 含义 |\n| --- | --- |\n| $\\boldsymbol{x}_t$ | 第$t$步 |"), rawBody);

        Map<String, Object> indexOnly = articles.stream()
                .filter(a -> Integer.valueOf(11480).equals(a.get("blog_id"))).findFirst().orElseThrow();
        assertEquals("none", indexOnly.get("content"));
        assertEquals(true, indexOnly.get("excerpt_only"));
        assertEquals("", indexOnly.get("body"));
        assertEquals(0, indexOnly.get("comments"));
    }

    @Test
    void aStrayControlCharacterNeverMakesTheBodyBinary() throws IOException {
        Path page = dir.resolve("control.txt");
        Files.writeString(page, "标题\nBy 苏剑林 | 2024-01-02 | 10位读者 | 引用第一段\u0001有控制\u0085字符。\n第二段。\n最近评论\n",
                StandardCharsets.UTF_8);
        run("import", page.toString());
        String yaml = run("export");
        assertFalse(yaml.contains("!!binary"), yaml);
        Map<String, Object> a = export().get(0);
        assertEquals("第一段有控制字符。\n\n第二段。", a.get("body"));
    }

    @Test
    void aFolderImportTakesMarkdownCapturesToo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("captures"));
        Files.copy(PAGES.resolve("kexue-10162.md"), folder.resolve("kexue-10162.md"));
        Files.copy(Path.of("seeds/000_e3142876857722e2.txt"), folder.resolve("000.txt"));
        String out = run("import", folder.toString());
        assertTrue(out.contains("imported kexue-10162.md: 1 entry,"), out);
        assertTrue(out.contains("imported 000.txt"), out);
    }
}
