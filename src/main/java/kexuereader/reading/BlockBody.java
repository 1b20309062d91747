package kexuereader.reading;

import java.util.Iterator;
import java.util.List;
import kexuereader.math.ArticleMath;
import kexuereader.math.MathEngine;
import kexuereader.math.Paragraph;
import kexuereader.model.Article;
import kexuereader.model.Block;
import org.jsoup.nodes.Element;

/**
 * The body of an article held as blocks (an article page): headings with ids for the outline, paragraphs and
 * display formulas, lists, quotes, code in a monospace block that scrolls sideways, tables whose cells hold
 * formulas, figures as a framed placeholder with caption and address (never fetched: the page may load no
 * image), rules. Math goes through the same engine and numbering as a dump's body.
 */
final class BlockBody {

    /** An outline is worth showing from this many headings on. */
    static final int OUTLINE_FROM = 2;

    private final ArticlePage page;
    private final boolean interactive;
    private final PageFormulas budget;

    BlockBody(ArticlePage page, boolean interactive, PageFormulas budget) {
        this.page = page;
        this.interactive = interactive;
        this.budget = budget;
    }

    /** Renders the blocks into {@code section}; false (nothing added) when the math did not map onto them. */
    boolean render(Element section, Article article, PageContext context) {
        ArticleMath math = MathEngine.prepare(BlockUnits.body(article.blocks()));
        int expected = 0;
        for (Block b : article.blocks()) {
            expected += BlockUnits.of(b).size();
        }
        if (math.paragraphs().size() != expected) {
            return false;
        }
        Iterator<Paragraph> units = math.paragraphs().iterator();
        int heading = 0;
        for (Block b : article.blocks()) {
            if (b instanceof Block.Paragraph || b instanceof Block.Formula) {
                page.paragraph(section, article, units.next(), context, budget);
            } else if (b instanceof Block.Heading h) {
                Element e = section.appendElement("h" + Math.min(6, Math.max(2, h.level())))
                        .attr("id", "h-" + (++heading));
                inline(e, article, units.next(), context);
            } else if (b instanceof Block.ListBlock l) {
                Element list = section.appendElement(l.ordered() ? "ol" : "ul");
                for (String item : l.items()) {
                    Element li = list.appendElement("li");
                    if (!BlockUnits.unit(item).isEmpty()) {
                        inline(li, article, units.next(), context);
                    }
                }
            } else if (b instanceof Block.Quote q) {
                Element quote = section.appendElement("blockquote");
                page.paragraph(quote, article, units.next(), context, budget);
            } else if (b instanceof Block.Code c) {
                Element pre = section.appendElement("pre").addClass("code");
                Element code = pre.appendElement("code");
                if (!c.language().isEmpty()) {
                    code.attr("data-language", c.language());
                }
                code.appendText(c.text());
            } else if (b instanceof Block.Table t) {
                Element wrap = section.appendElement("div").addClass("table-wrap");
                Element table = wrap.appendElement("table").addClass("content");
                for (int r = 0; r < t.rows().size(); r++) {
                    Element tr = table.appendElement("tr");
                    for (String cell : t.rows().get(r)) {
                        Element td = tr.appendElement(r == 0 ? "th" : "td");
                        if (!BlockUnits.unit(cell).isEmpty()) {
                            inline(td, article, units.next(), context);
                        }
                    }
                }
            } else if (b instanceof Block.Figure f) {
                figure(section, article, f, f.caption().isBlank() ? null : units.next(), context);
            } else if (b instanceof Block.Rule) {
                section.appendElement("hr");
            }
        }
        return true;
    }

    /** One unit's segments inside an element of its own (display math included, as a block inside it). */
    private void inline(Element e, Article article, Paragraph p, PageContext context) {
        page.segments(e, article, p, context, budget);
    }

    private void figure(Element section, Article article, Block.Figure f, Paragraph caption, PageContext context) {
        Element fig = section.appendElement("figure").addClass("figure");
        Element frame = fig.appendElement("div").addClass("placeholder");
        frame.appendElement("span").addClass("figure-mark").appendText(page.text().get("page.figure"));
        if (!f.alt().isBlank()) {
            frame.appendElement("span").addClass("figure-alt").appendText(f.alt());
        }
        if (!f.url().isBlank()) {
            Element link = frame.appendElement(interactive ? "a" : "span").addClass("figure-url");
            if (interactive) {
                link.attr("data-href", f.url()).attr("title", page.text().get("page.openInBrowser"));
            }
            link.appendText(f.url());
        }
        if (caption != null) {
            Element cap = fig.appendElement("figcaption");
            inline(cap, article, caption, context);
        }
    }

    /** The outline: every heading of the blocks, each a link to it. */
    static void outline(Element parent, List<Block> blocks, boolean interactive, PageText text) {
        long headings = blocks.stream().filter(b -> b instanceof Block.Heading).count();
        if (headings < OUTLINE_FROM) {
            return;
        }
        Element nav = parent.appendElement("nav").addClass("outline");
        nav.appendElement("div").addClass("outline-title").appendText(text.get("page.outline"));
        Element list = nav.appendElement("ol");
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                n++;
                Element li = list.appendElement("li").addClass("level-" + h.level());
                Element a = li.appendElement("a").attr("href", "#h-" + n);
                if (interactive) {
                    a.attr("data-jump", "h-" + n);
                }
                a.appendText(h.text());
            }
        }
    }
}
