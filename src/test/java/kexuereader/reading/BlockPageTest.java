package kexuereader.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kexuereader.ingest.DumpParser;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.model.Content;
import kexuereader.model.Entry;
import kexuereader.model.PostFacts;
import kexuereader.model.PublishDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reading page and the exports of an article held as blocks render every kind of block. */
class BlockPageTest {

    static final Path PAGES = Path.of("src/test/resources/kexuereader/ingest/pages");

    static Article articleOf(String file) {
        Entry e = DumpParser.parse(PAGES.resolve(file)).entries().get(0);
        return new Article("t" + e.post().blogId(), e.title(), e.title(), List.of(), e.date(), e.readers(), List.of(),
                null, e.excerptOnly(), List.of(file), e.paragraphs(), e.content(), e.blocks(), e.post());
    }

    private static Document page(Article a) {
        return Jsoup.parse(ArticlePage.forReader(MathEngine.shared()).html(a, PageContext.standalone()));
    }

    @Test
    void everyKindOfBlockIsRendered() {
        Document doc = page(articleOf("raw-latex-spaces.md"));
        Element body = doc.selectFirst("section.body");
        assertEquals(2, body.select("ol > li").size());
        assertEquals(2, body.select("ul > li").size());
        assertTrue(body.selectFirst("blockquote").select(".math").size() >= 1, "a formula in the quote");
        Element code = body.selectFirst("pre.code > code");
        assertEquals("python", code.attr("data-language"));
        assertTrue(code.text().contains("return x_1 * 2  # $not math$"), "code as written, no math in it");
        assertTrue(body.select("table.content th").size() == 2 && body.select("table.content td .math").size() >= 2,
                "formulas in cells");
        assertEquals(1, body.select("hr").size());
        Element figure = body.selectFirst("figure.figure");
        assertEquals("https://spaces.ac.cn/usr/uploads/2025/01/1.png", figure.selectFirst("a.figure-url").attr("data-href"));
        assertEquals("示意图：CUR分解", figure.selectFirst("figcaption").text());
        assertTrue(doc.select("img").isEmpty(), "an image is never fetched");
        assertTrue(body.select("p").stream().anyMatch(p -> p.text().contains("价格是$5")), "the escaped dollar is text");
    }

    @Test
    void headingsGetAnOutlineThatJumpsToThem() {
        Document doc = page(articleOf("kexue-10162.md"));
        List<Element> items = doc.select("nav.outline li a");
        List<Element> headings = doc.select("section.body h2");
        assertEquals(12, headings.size());
        assertEquals(headings.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(headings.get(i).id(), items.get(i).attr("data-jump"));
            assertEquals(headings.get(i).text(), items.get(i).text());
        }
        assertEquals(39, doc.select("section.body .math.display").size() + doc.select("section.body .display-error").size());
        assertTrue(doc.select(".excerpt-note").isEmpty());
    }

    @Test
    void anIndexOnlyPostSaysWhereToReadIt() {
        Article a = new Article("x", "低秩近似之路（四）：ID", "低秩近似之路（四）：ID", List.of(), PublishDate.of(2024, 10, 30),
                null, List.of(), null, true, List.of("index.md"), List.of(), Content.NONE, List.of(),
                PostFacts.of(10501));
        Document doc = page(a);
        assertTrue(doc.selectFirst(".index-note").text().startsWith("Not in your library — on kexue.fm."));
        assertEquals("https://kexue.fm/archives/10501", doc.selectFirst(".index-note a.post-url").attr("data-href"));
        assertEquals("https://kexue.fm/archives/10501", doc.selectFirst(".index-note a.post-url").text());
        // a narrow column may break it after a slash only
        assertEquals("https://kexue.fm/<wbr>archives/<wbr>10501",
                doc.selectFirst(".index-note a.post-url").html());
        assertTrue(doc.select(".excerpt-note").isEmpty());
        String md = MarkdownExport.markdown(a, PageContext.standalone());
        assertTrue(md.contains("Not in your library — on kexue.fm: https://kexue.fm/archives/10501"), md);
    }

    @Test
    void theMarkdownExportWritesTheBlocks() {
        String md = MarkdownExport.markdown(articleOf("raw-latex-spaces.md"), PageContext.standalone());
        assertTrue(md.contains("\n## 列表与引用\n"), md);
        assertTrue(md.contains("\n1. 第一项：$x_1$\n2. "), md);
        assertTrue(md.contains("\n```python\ndef f(x_1):\n"), md);
        assertTrue(md.contains("| 符号 | 含义 |\n| --- | --- |\n"), md);
        assertTrue(md.contains("![示意图](https://spaces.ac.cn/usr/uploads/2025/01/1.png)"), md);
        assertFalse(md.contains("Excerpt only"), md);
        String exported = ArticlePage.forExport(MathEngine.shared()).html(articleOf("kexue-10040.md"),
                PageContext.standalone());
        Document doc = Jsoup.parse(exported);
        assertEquals("#h-1", doc.selectFirst("nav.outline a").attr("href"), "the exported file's outline works unscripted");
        assertTrue(doc.select("script").isEmpty());
    }

    @Test
    void theWordsOfBlocksAndNotesSpeakTheReadersLanguage() {
        Article index = new Article("x", "低秩近似之路（四）：ID", "低秩近似之路（四）：ID", List.of(),
                PublishDate.of(2024, 10, 30), null, List.of(), null, true, List.of("index.md"), List.of(), Content.NONE,
                List.of(), PostFacts.of(10501));
        Article figures = articleOf("raw-latex-spaces.md");
        Article outline = articleOf("kexue-10162.md");
        String zh = "";
        String en = "";
        for (Article a : List.of(index, figures, outline)) {
            zh += ArticlePage.forReader(MathEngine.shared(), PageText.CHINESE).html(a, PageContext.standalone());
            en += ArticlePage.forReader(MathEngine.shared(), PageText.ENGLISH).html(a, PageContext.standalone());
        }
        for (String word : List.of("不在你的文库中", "博客的归档页列有这篇文章", "在系统浏览器中打开", ">目录<", "图片 · 离线不加载")) {
            assertTrue(zh.contains(word), word);
        }
        for (String word : List.of("Not in your library", "archive index lists", "Open in the system browser",
                ">Contents<", "not loaded offline")) {
            assertFalse(zh.contains(word), word);
            assertTrue(en.contains(word), word);
        }
    }
}
