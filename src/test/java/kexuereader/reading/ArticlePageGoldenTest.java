package kexuereader.reading;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.model.PublishDate;
import kexuereader.model.ReaderCount;
import kexuereader.model.SeriesPart;
import kexuereader.testing.Golden;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The reading pane's page without a toolkit: the {@code <article>} the page builder makes, compared in full
 * with a golden file (title, meta line, series bar, paragraphs with their formulas, citations found and not
 * found, search marks, backlinks, text that looks like markup). {@code -Dgolden.update=true} rewrites them.
 */
class ArticlePageGoldenTest {

    static final Path PAGES = Path.of("src/test/resources/kexuereader/reading/pages");

    private static final Article ARTICLE = new Article("a1b2c3d4e5f6", "重温SSM(二):HiPPO的一些遗留问题",
            "重温SSM(二):HiPPO的一些遗留问题", List.of("HiPPO的遗留问题"), PublishDate.of(2024, 5, 24), 12345,
            List.of(new ReaderCount("000.txt", 12000), new ReaderCount("001.txt", 12345)),
            new SeriesPart("重温SSM", 2, null), true,
            List.of("000.txt", "001.txt"),
            List.of("承接《重温SSM(一):线性系统和HiPPO矩阵》,本文讨论$A,B$的选择,以及《一篇不在库里的文章》。",
                    "\\begin{equation}x'(t) = A x(t) + B u(t)\\label{eq:ssm}\\end{equation}",
                    "由式$\\eqref{eq:ssm}$可知,<b>这不是标签</b> & 也不是实体。"));

    private static PageContext context(List<String> highlight) {
        SeriesPosition.Member first = new SeriesPosition.Member(new ArticleLink("f0f0f0f0f0f0",
                "重温SSM(一):线性系统和HiPPO矩阵"), "1");
        SeriesPosition.Member second = new SeriesPosition.Member(new ArticleLink(ARTICLE.id(), ARTICLE.displayTitle()),
                "2");
        SeriesPosition series = new SeriesPosition("重温SSM", "2", 2, 2, first.link(), null, List.of(first, second));
        Map<String, String> ids = Map.of("重温SSM(一):线性系统和HiPPO矩阵", "f0f0f0f0f0f0");
        return new PageContext(series, t -> Optional.ofNullable(ids.get(t)),
                List.of(new ArticleLink("0a0a0a0a0a0a", "重温SSM(三):HiPPO的高效计算(S4)")), highlight);
    }

    private static String article(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(true);
        return doc.select("article").outerHtml() + "\n";
    }

    @Test
    void theReaderPage() {
        Golden.assertMatches(PAGES.resolve("reader.html"),
                article(ArticlePage.forReader(MathEngine.shared()).html(ARTICLE, context(List.of()))));
    }

    @Test
    void theReaderPageOfASearchHit() {
        Golden.assertMatches(PAGES.resolve("search-hit.html"),
                article(ArticlePage.forReader(MathEngine.shared()).html(ARTICLE, context(List.of("hippo", "选择")))));
    }

    @Test
    void theExportedPage() {
        Golden.assertMatches(PAGES.resolve("export.html"),
                article(ArticlePage.forExport(MathEngine.shared()).html(ARTICLE, context(List.of()))));
    }

    @Test
    void thePageSpeaksTheReadersLanguage() {
        String zh = ArticlePage.forReader(MathEngine.shared(), PageText.CHINESE).html(ARTICLE, context(List.of()));
        String en = ArticlePage.forReader(MathEngine.shared(), PageText.ENGLISH).html(ARTICLE, context(List.of()));
        org.junit.jupiter.api.Assertions.assertTrue(zh.contains("仅有摘录") && zh.contains("12,345 次阅读")
                && zh.contains("又见于") && zh.contains("系列上一篇 ([)") && zh.contains("文库中第 2 篇，共 2 篇"), zh);
        org.junit.jupiter.api.Assertions.assertFalse(zh.contains("Excerpt only") || zh.contains(" readers<"), zh);
        org.junit.jupiter.api.Assertions.assertTrue(en.contains("Excerpt only") && en.contains("12,345 readers"), en);
    }
}
