package kexuereader.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kexuereader.ingest.DumpParser;
import kexuereader.model.Block;
import kexuereader.model.Content;
import kexuereader.model.Dump;
import kexuereader.model.DumpFormat;
import kexuereader.model.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The facts of formats C and D that matter most, checked one by one beside the golden files. */
class PageFactsTest {

    private static final Path PAGES = PageGoldenTest.PAGES;

    private static Entry only(String file) {
        Dump d = DumpParser.parse(PAGES.resolve(file));
        assertFalse(d.rejected(), () -> file + " rejected: " + d.rejection());
        assertEquals(DumpFormat.PAGE, d.format());
        assertEquals(1, d.entries().size());
        return d.entries().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kexue-10040.md", "kexue-10162.md", "kexue-10352.md", "kexue-10055.txt", "kexue-9444.txt",
            "kexue-10040-plain.txt"})
    void siteChromeNeverReachesTheBody(String file) {
        Entry e = only(file);
        String body = e.body();
        for (String chrome : List.of("转载到请包括本文地址", "打赏", "回复评论", "@online", "分类：", "NEWPOSTS",
                "苏剑林. (", "发表你的看法", "内容速览", "友情链接", "Retrieved from", "点击查看原图")) {
            assertFalse(body.contains(chrome), () -> file + " body holds chrome: " + chrome);
        }
        assertEquals(Content.FULL, e.content());
        assertTrue(e.blocks().get(e.blocks().size() - 1) instanceof Block.Paragraph);
    }

    @Test
    void identityComesFromTheTitleLinkOrTheFooter() {
        Entry md = only("kexue-10040.md");
        assertEquals(10040, md.post().blogId());
        assertEquals("Transformer升级之路：17、多模态位置编码的简单思考", md.title());
        assertEquals("2024-03-29", md.date().iso());
        assertEquals(90795, md.readers());
        assertEquals(List.of("信息时代"), md.post().categories());
        assertEquals(List.of("attention", "位置编码", "rope", "多模态"), md.post().tags());
        assertEquals(35, md.post().comments());

        Entry flat = only("kexue-9444.txt"); // no header: title and date from the citation, id from BibTeX
        assertEquals(9444, flat.post().blogId());
        assertEquals("Transformer升级之路：8、长度外推性与位置鲁棒性", flat.title());
        assertEquals("2023-01-31", flat.date().iso());
        assertNull(flat.readers());
    }

    @Test
    void theMirrorIsTheSameBlog() {
        Entry e = only("raw-latex-spaces.md");
        assertEquals(10662, e.post().blogId());
        assertEquals("https://kexue.fm/archives/10662", e.post().url());
        String onMirror = "# [标题](https://spaces.ac.cn/archives/42)\n\nBy 苏剑林 | 2010-01-02 | 5位读者 |\n\n正文。\n\n"
                + "转载到请包括本文地址：https://spaces.ac.cn/archives/42\n";
        Dump d = DumpParser.parse("mirror.md", onMirror.getBytes(StandardCharsets.UTF_8));
        assertEquals(42, d.entries().get(0).post().blogId());
        assertEquals("https://kexue.fm/archives/42", d.entries().get(0).post().url());
    }

    @Test
    void markdownEscapesInsideLatexAreDecodedAndRawLatexIsKept() {
        List<String> formulas = only("kexue-10040.md").blocks().stream().filter(b -> b instanceof Block.Formula)
                .map(b -> ((Block.Formula) b).tex()).toList();
        assertEquals("\\begin{equation}\\boldsymbol{\\mathcal{R}}_m^{\\top}\\boldsymbol{\\mathcal{R}}_n="
                + "\\boldsymbol{\\mathcal{R}}_{n-m}\\end{equation}", formulas.get(0));
        assertTrue(formulas.get(2).contains("& 0 & 0 \\\\\n\\sin n\\theta_0"), formulas.get(2));
        assertTrue(formulas.stream().anyMatch(f -> f.startsWith("\\begin{array}{c|cccc|")));

        String raw = ((Block.Paragraph) only("raw-latex-spaces.md").blocks().get(0)).text();
        assertTrue(raw.contains("$a_1 * b_2 + c_3 * d_4$"), raw);
        assertTrue(raw.contains("$\\begin{pmatrix}1 \\\\ 2\\end{pmatrix}$"), raw);
        assertTrue(only("kexue-10162.md").body().contains("\\\\[5pt]"));
    }

    @Test
    void aCaptureCutMidBodyIsAnExcerptWithAWarning() {
        Dump d = DumpParser.parse(PAGES.resolve("cut-off.md"));
        assertEquals(Content.EXCERPT, d.entries().get(0).content());
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.message().contains("cut off")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"comments-only.md", "other-site.md"})
    void pagesThatAreNoArticleOfTheBlogAreRejectedWithTheirReason(String file) {
        Dump d = DumpParser.parse(PAGES.resolve(file));
        assertTrue(d.rejected());
        assertTrue(d.rejection().contains("kexue.fm"), d.rejection());
    }

    @Test
    void strayControlCharactersAreDropped() {
        String page = "# [T](https://kexue.fm/archives/7)\n\nBy 苏剑林 | 2010-01-02 | 5位读者 |\n\n正\u0007文\u001b。\n\n"
                + "转载到请包括本文地址：https://kexue.fm/archives/7\n";
        Entry e = DumpParser.parse("c.md", page.getBytes(StandardCharsets.UTF_8)).entries().get(0);
        assertEquals("正文。", e.body());
    }

    @Test
    void theIndexSampleKnowsExactlyItsPosts() {
        Dump d = DumpParser.parse(PAGES.resolve("archive-index-2023-2025.md"));
        assertEquals(DumpFormat.INDEX, d.format());
        assertTrue(d.diagnostics().isEmpty(), d.diagnostics()::toString);
        assertEquals(164, d.entries().size());
        Map<Integer, Long> perYear = d.entries().stream()
                .collect(Collectors.groupingBy(e -> e.date().year(), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(2023, 52L, 2024, 52L, 2025, 60L), perYear);
        assertTrue(d.entries().stream().allMatch(e -> e.post().blogId() != null && e.content() == Content.NONE
                && e.post().comments() != null));
        assertEquals(164, d.entries().stream().map(e -> e.post().blogId()).distinct().count());
        Entry first = d.entries().get(0);
        assertEquals("让炼丹更科学一些（三）：SGD的终点损失收敛", first.title());
        assertTrue(d.entries().stream().anyMatch(e -> e.title().equals("流形上的最速下降：5. 对偶梯度下降")));
    }
}
