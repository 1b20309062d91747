package kexuereader.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * A reading-pane page in two steps (its first screen's formulas, then the rest in batches) ends as the page built
 * in one step: every placeholder filled with what the whole page holds in its place.
 */
class ProgressivePageTest {

    private static final ArticlePage PAGE = ArticlePage.forReader(MathEngine.shared());

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 60, 100_000})
    void theFilledPageIsTheWholePage(int eager) {
        Article a = BlockPageTest.articleOf("kexue-10162.md");
        Document whole = Jsoup.parse(PAGE.html(a, PageContext.standalone()));
        int formulas = whole.select(".math, .math-error").size();
        assertTrue(formulas > 200, "重温SSM(三) is a page of many formulas: " + formulas);

        ArticlePage.Progressive p = PAGE.progressive(a, PageContext.standalone(), eager, null);
        Document first = Jsoup.parse(p.html());
        int pending = Math.max(0, formulas - eager);
        assertEquals(pending, first.select("[data-fill]").size());
        assertEquals(pending, p.rest().left());
        assertEquals(formulas - pending, first.select(".math:not(.pending), .math-error").size(),
                "the first screen's formulas are drawn");

        int batches = 0;
        for (String script = p.rest().nextBatch(150); script != null; script = p.rest().nextBatch(150)) {
            batches++;
            fill(first, script);
        }
        assertEquals((pending + 149) / 150, batches);
        assertEquals(0, p.rest().left());
        assertNull(p.rest().nextBatch(150));
        assertTrue(first.select("[data-fill]").isEmpty());
        assertEquals(body(whole), body(first));
    }

    @Test
    void aPlaceholderKeepsTheFormulasSourceAndAnchors() {
        Article a = BlockPageTest.articleOf("kexue-10162.md");
        Document first = Jsoup.parse(PAGE.progressive(a, PageContext.standalone(), 0, null).html());
        Element display = first.selectFirst(".math.display.pending");
        assertTrue(!display.attr("data-tex").isEmpty(), "copy TeX works before the formula arrives");
        Document whole = Jsoup.parse(PAGE.html(a, PageContext.standalone()));
        assertEquals(whole.select(".math.display .anchor").eachAttr("id"),
                first.select(".math.display .anchor").eachAttr("id"), "equation links find their targets at once");
        assertTrue(first.select(".math svg").isEmpty());
    }

    @Test
    void aPageOpenedWhereReadingStoppedHasItsFormulasThereFirstAndTheOthersFilledAfter() {
        Article a = BlockPageTest.articleOf("kexue-10162.md");
        Document whole = Jsoup.parse(PAGE.html(a, PageContext.standalone()));
        Element body = whole.selectFirst("section.body");
        int block = body.children().size() / 2;
        ArticlePage.Progressive p = PAGE.progressive(a, PageContext.standalone(), 10, (block + 1) + ":0.250");
        Document first = Jsoup.parse(p.html());
        List<Element> blocks = first.selectFirst("section.body").children();
        int drawnBefore = 0;
        int pendingFrom = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int drawn = blocks.get(i).select(".math:not(.pending)").size(); // jsoup's select includes the block
            if (i < block) {
                drawnBefore += drawn;
            } else {
                pendingFrom += drawn;
            }
        }
        assertEquals(0, drawnBefore, "nothing above where the page opens is drawn first");
        assertEquals(10, pendingFrom, "a screenful from the block where reading stopped");
        for (String script = p.rest().nextBatch(150); script != null; script = p.rest().nextBatch(150)) {
            fill(first, script);
        }
        assertEquals(body(whole), body(first));
    }

    @Test
    void aPageOpenedFromASearchHasItsFormulasAtTheFirstMatchFirst() {
        Article a = BlockPageTest.articleOf("kexue-10162.md");
        PageContext search = new PageContext(null, t -> java.util.Optional.empty(), List.of(), List.of("草草收尾"));
        ArticlePage.Progressive p = PAGE.progressive(a, search, 5, "3:0.5");
        Document first = Jsoup.parse(p.html());
        Element body = first.selectFirst("section.body");
        Element mark = body.selectFirst("mark");
        int block = PageFormulas.blockOf(body, mark);
        assertTrue(block > 20, "the match is far down the page: block " + block);
        List<Element> drawn = first.select("section.body .math:not(.pending)");
        assertEquals(5, drawn.size());
        assertTrue(drawn.stream().allMatch(e -> PageFormulas.blockOf(body, e) >= block), "drawn from the match on");
        Document whole = Jsoup.parse(PAGE.html(a, search));
        for (String script = p.rest().nextBatch(150); script != null; script = p.rest().nextBatch(150)) {
            fill(first, script);
        }
        assertEquals(body(whole), body(first));
    }

    /** What page.js's kexueFill does, on the jsoup document: each placeholder replaced by its formula. */
    private static void fill(Document doc, String script) {
        assertTrue(script.startsWith("window.kexueFill(") && script.endsWith(");"), script);
        List<?> fills = new Yaml().load(script.substring("window.kexueFill(".length(), script.length() - 2));
        for (Object f : fills) {
            List<?> pair = (List<?>) f;
            Element holder = doc.selectFirst("[data-fill=" + pair.get(0) + "]");
            List<org.jsoup.nodes.Node> nodes = new ArrayList<>(
                    Jsoup.parseBodyFragment((String) pair.get(1)).body().childNodes());
            for (org.jsoup.nodes.Node n : nodes) {
                holder.before(n);
            }
            holder.remove();
        }
    }

    private static String body(Document d) {
        return d.selectFirst("section.body").outerHtml();
    }
}
