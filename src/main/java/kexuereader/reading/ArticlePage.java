package kexuereader.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kexuereader.math.ArticleMath;
import kexuereader.math.DisplayRendering;
import kexuereader.math.Formula;
import kexuereader.math.MathEngine;
import kexuereader.math.Paragraph;
import kexuereader.math.RenderStyle;
import kexuereader.math.Rendering;
import kexuereader.math.Segment;
import kexuereader.model.Article;
import kexuereader.model.ReaderCount;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Builds the HTML page the reading pane shows for an article, with jsoup. Every piece of text from the dumps
 * goes in as an escaped text node, so markup or script in a dump shows as text; formulas go in as the SVG the
 * math engine made; the only script is ours, allowed by a per-page nonce in a Content-Security-Policy that
 * also forbids any network or file access.
 */
public final class ArticlePage {

    /** The Chinese font stack of the page: the browser takes the first one installed. */
    public static final String FONT_STACK = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Noto Sans SC\", "
            + "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", sans-serif";

    private static final Pattern CITATION = kexuereader.model.Citation.PATTERN;
    private static final String CSS = resource("page.css").replace("FONT_STACK", FONT_STACK);
    private static final String SCRIPT = resource("page.js");
    /** An exported page follows the reader's own light or dark preference, as the reading pane follows its theme. */
    private static final String EXPORT_CSS = "\n@media (prefers-color-scheme: dark) {\n:root {"
            + CSS.substring(CSS.indexOf("html.dark {") + "html.dark {".length(), CSS.indexOf('}', CSS.indexOf("html.dark {")))
            + "}\n}\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MathEngine engine;
    /** For the reading pane (our script, live links) or for a file (no script, plain text links). */
    private final boolean interactive;
    /** The page's own words (notes, navigation), in the reader's language. */
    private final PageText text;

    private ArticlePage(MathEngine engine, boolean interactive, PageText text) {
        this.engine = engine;
        this.interactive = interactive;
        this.text = text;
    }

    /** Pages for the reading pane: our script, links that open articles in the reader. */
    public static ArticlePage forReader(MathEngine engine) {
        return new ArticlePage(engine, true, PageText.ENGLISH);
    }

    /** Pages for the reading pane with the page's words in {@code text}'s language. */
    public static ArticlePage forReader(MathEngine engine, PageText text) {
        return new ArticlePage(engine, true, text);
    }

    /**
     * Pages as self-contained files to keep or share: the same look, formulas as inline SVG, no script, links
     * to other articles of the library as plain text, light or dark as the reader's system prefers.
     */
    public static ArticlePage forExport(MathEngine engine) {
        return new ArticlePage(engine, false, PageText.ENGLISH);
    }

    /** Pages as files, with the page's words in {@code text}'s language. */
    public static ArticlePage forExport(MathEngine engine, PageText text) {
        return new ArticlePage(engine, false, text);
    }

    /** The page's words, for the parts of the page built beside it. */
    PageText text() {
        return text;
    }

    /** The whole page, as a string ready for {@code WebEngine.loadContent} or for a file. */
    public String html(Article article, PageContext context) {
        PageFormulas formulas = new PageFormulas(engine.page());
        Document doc = document(article, context, formulas);
        formulas.renderAll();
        return serialised(doc);
    }

    /**
     * A reading-pane page whose formulas where the reader looks first are rendered and the others are
     * placeholders: {@code html} shows at once, then {@code rest} fills the placeholders in batches.
     */
    public record Progressive(String html, DeferredFormulas rest) {
    }

    /**
     * The page in two steps, as {@link Progressive} says. The first {@code eager} formulas are rendered from
     * where the page opens: the block of the first search match when there is one, else the block of
     * {@code position} (where reading stopped, as the page's script reports it: {@code block:fraction}), else the
     * top.
     */
    public Progressive progressive(Article article, PageContext context, int eager, String position) {
        PageFormulas formulas = new PageFormulas(engine.page());
        Document doc = document(article, context, formulas);
        Element body = doc.selectFirst("article > section.body");
        int from = 0;
        Element mark = doc.selectFirst("article mark");
        if (mark != null) {
            from = Math.max(0, PageFormulas.blockOf(body, mark));
        } else if (position != null && position.matches("\\d{1,9}:.*")) {
            // the script counts the header as block 0, then the body's blocks
            from = Math.max(0, Integer.parseInt(position.substring(0, position.indexOf(':'))) - 1);
        }
        DeferredFormulas rest = formulas.renderFrom(body, from, eager);
        return new Progressive(serialised(doc), rest);
    }

    private static String serialised(Document doc) {
        return "<!DOCTYPE html>" + doc.outerHtml();
    }

    private Document document(Article article, PageContext context, PageFormulas formulas) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        String nonce = HexFormat.of().formatHex(nonceBytes());
        doc.selectFirst("html").attr("lang", "zh-CN");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; "
                        + (interactive ? "script-src 'nonce-" + nonce + "'; " : "script-src 'none'; ")
                        + "form-action 'none'; base-uri 'none'");
        head.appendElement("title").appendText(article.displayTitle());
        head.appendElement("style").appendChild(new DataNode(interactive ? CSS : CSS + EXPORT_CSS));

        Element main = doc.body().appendElement("article");
        header(main.appendElement("header"), article, context);
        if (article.indexOnly()) {
            PostNote.notInLibrary(main, article, interactive, text);
        } else if (article.excerptOnly()) {
            main.appendElement("div").addClass("excerpt-note").appendText(
                    text.get("page.excerpt"));
        }
        BlockBody.outline(main, article.blocks(), interactive, text);
        body(main.appendElement("section").addClass("body"), article, context, formulas);
        footer(main.appendElement("footer"), article, context);

        if (interactive) {
            doc.body().appendElement("script").attr("nonce", nonce).appendChild(new DataNode(SCRIPT));
        }
        return doc;
    }

    private static byte[] nonceBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private void header(Element header, Article a, PageContext context) {
        Element h1 = header.appendElement("h1").attr("id", "title");
        highlighted(h1, a.displayTitle(), context.highlight());
        if (a.titleDerived()) {
            h1.addClass("derived");
            header.appendElement("p").addClass("derived-note")
                    .appendText(text.get("page.derived"));
        }
        Element meta = header.appendElement("p").addClass("meta");
        meta.appendElement("span").addClass("date").appendText(a.date().isYearKnown() ? a.date().iso()
                : text.format("page.date.noYear", a.date().monthDay()));
        if (a.readers() != null) {
            separator(meta);
            meta.appendElement("span").addClass("readers").appendText(text.format("page.readers", a.readers()));
        }
        SeriesPosition s = context.series();
        if (s != null) {
            separator(meta);
            Element series = meta.appendElement("span").addClass("series");
            series.appendText(s.name() + (s.partLabel().isEmpty() ? "" : text.format("page.series.part", s.partLabel()))
                    + text.format("page.series.place", s.index(), s.count()));
        }
        if (!a.aliases().isEmpty()) {
            Element aliases = header.appendElement("p").addClass("aliases");
            aliases.appendText(text.get("page.aliases"));
            for (int i = 0; i < a.aliases().size(); i++) {
                if (i > 0) {
                    aliases.appendText(" · ");
                }
                aliases.appendText("《" + a.aliases().get(i) + "》");
            }
        }
        if (s != null && (s.previous() != null || s.next() != null)) {
            Element nav = header.appendElement("nav").addClass("series-nav");
            if (s.previous() != null) {
                link(nav, s.previous(), "← ").addClass("prev").attr("title", text.get("page.series.previous"));
            }
            if (s.next() != null) {
                Element next = link(nav, s.next(), "").addClass("next").attr("title", text.get("page.series.next"));
                next.appendText(" →");
            }
        }
    }

    private Element link(Element parent, ArticleLink target, String prefix) {
        Element a = parent.appendElement(interactive ? "a" : "span");
        if (interactive) {
            a.attr("data-article", target.id());
        }
        a.appendText(prefix + target.title());
        return a;
    }

    private static void separator(Element meta) {
        meta.appendElement("span").addClass("sep").appendText("·");
    }

    private void body(Element section, Article article, PageContext context, PageFormulas budget) {
        // one budget per page (PageFormulas holds it): a costly formula cannot hold the page
        if (!article.blocks().isEmpty()
                && new BlockBody(this, interactive, budget).render(section, article, context)) {
            return;
        }
        ArticleMath math = MathEngine.prepare(article.body());
        for (Paragraph p : math.paragraphs()) {
            if (Headings.isHeading(p)) {
                highlighted(section.appendElement("h2"),
                        ((Segment.Text) p.segments().get(0)).text().strip(), context.highlight());
                continue;
            }
            paragraph(section, article, p, context, budget);
        }
    }

    /** One prepared paragraph: text and inline math in {@code <p>}s, display formulas as blocks between them. */
    void paragraph(Element section, Article article, Paragraph p, PageContext context, PageFormulas budget) {
        Element current = null;
        for (Segment segment : p.segments()) {
            if (segment instanceof Segment.Display d) {
                closeIfEmpty(current);
                current = null;
                display(section, d, budget);
                continue;
            }
            if (current == null) {
                current = section.appendElement("p");
            }
            if (segment instanceof Segment.Text t) {
                text(current, article, t.text(), context);
            } else if (segment instanceof Segment.Inline i) {
                inline(current, i.formula(), budget);
            } else if (segment instanceof Segment.Reference r) {
                reference(current, r);
            }
        }
        closeIfEmpty(current);
    }

    /** One prepared paragraph inside {@code into} itself (a list item, a table cell): display math as a block in it. */
    void segments(Element into, Article article, Paragraph p, PageContext context, PageFormulas budget) {
        for (Segment segment : p.segments()) {
            if (segment instanceof Segment.Display d) {
                display(into, d, budget);
            } else if (segment instanceof Segment.Text t) {
                text(into, article, t.text(), context);
            } else if (segment instanceof Segment.Inline i) {
                inline(into, i.formula(), budget);
            } else if (segment instanceof Segment.Reference r) {
                reference(into, r);
            }
        }
    }

    /** Removes a paragraph that holds nothing but whitespace (text around a display formula). */
    private static void closeIfEmpty(Element p) {
        if (p != null && p.childNodeSize() > 0 && p.text().isBlank() && p.select("span, a, code").isEmpty()) {
            p.remove();
        } else if (p != null && p.childNodeSize() == 0) {
            p.remove();
        }
    }

    private void text(Element p, Article article, String text, PageContext context) {
        String t = p.childNodeSize() == 0 ? stripLeadingNewlines(text) : text;
        String[] lines = t.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && !lines[i].isEmpty() && p.childNodeSize() > 0) {
                p.appendElement("br");
            }
            citations(p, article, lines[i], context);
        }
    }

    private static String stripLeadingNewlines(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\n') {
            i++;
        }
        return s.substring(i);
    }

    /** Text with 《title》 citations linked to the cited article when the library holds it. */
    private void citations(Element p, Article article, String text, PageContext context) {
        Matcher m = CITATION.matcher(text);
        int last = 0;
        while (m.find()) {
            highlighted(p, text.substring(last, m.start()), context.highlight());
            Optional<String> id = context.titles().apply(m.group(1));
            if (interactive && id.isPresent() && !id.get().equals(article.id())) {
                Element a = p.appendElement("a").addClass("cite").attr("data-article", id.get());
                highlighted(a, m.group(), context.highlight());
            } else {
                highlighted(p, m.group(), context.highlight());
            }
            last = m.end();
        }
        highlighted(p, text.substring(last), context.highlight());
    }

    private static void highlighted(Element parent, String text, List<String> terms) {
        if (text.isEmpty()) {
            return;
        }
        for (Highlighter.Run run : Highlighter.runs(text, terms)) {
            if (run.hit()) {
                parent.appendElement("mark").appendText(run.text());
            } else {
                parent.appendText(run.text());
            }
        }
    }

    private void inline(Element p, Formula formula, PageFormulas formulas) {
        Element placeholder = new Element("span").addClass("math").addClass("inline").addClass("pending")
                .attr("data-tex", formula.source());
        formulas.add(p, placeholder, parent -> inline(parent, formula, formulas.budget()));
    }

    private void inline(Element p, Formula formula, MathEngine.Page page) {
        Rendering r = page.render(formula, RenderStyle.PAGE);
        if (r instanceof Rendering.Svg svg) {
            p.appendElement("span").addClass("math").addClass("inline").attr("data-tex", formula.source())
                    .appendChild(new DataNode(svg.markup()));
        } else if (r instanceof Rendering.Failure f) {
            p.appendElement("code").addClass("math-error").attr("title", text.format("page.math.error", f.reason()))
                    .attr("data-tex", formula.source()).appendText(f.source());
        }
    }

    private void display(Element section, Segment.Display d, PageFormulas formulas) {
        Element placeholder = new Element("div").addClass("math").addClass("display").addClass("pending")
                .attr("data-tex", d.formula().source());
        for (String anchor : d.anchorIds()) {
            placeholder.appendElement("span").addClass("anchor").attr("id", anchor);
        }
        formulas.add(section, placeholder, parent -> display(parent, d, formulas.budget()));
    }

    private void display(Element section, Segment.Display d, MathEngine.Page page) {
        DisplayRendering r = page.renderDisplay(d, RenderStyle.PAGE);
        if (r.body() instanceof Rendering.Failure f) {
            Element error = section.appendElement("div").addClass("math-error").addClass("display-error")
                    .attr("title", text.format("page.math.error", f.reason())).attr("data-tex", d.formula().source());
            for (String anchor : d.anchorIds()) {
                error.appendElement("span").attr("id", anchor);
            }
            error.appendText(f.source());
            return;
        }
        Rendering.Svg body = (Rendering.Svg) r.body();
        Element div = section.appendElement("div").addClass("math").addClass("display")
                .attr("data-tex", d.formula().source());
        for (String anchor : d.anchorIds()) {
            div.appendElement("span").addClass("anchor").attr("id", anchor);
        }
        if (r.tags() instanceof Rendering.Svg tags) {
            div.attr("data-tags", String.join(" ", d.tags().stream().map(t -> t.shown()).toList()));
            div.appendElement("div").addClass("lead").attr("style", String.format("width:%.3fem", tags.widthEm() + 1));
            div.appendElement("div").addClass("formula").appendChild(new DataNode(body.markup()));
            div.appendElement("div").addClass("tags").appendChild(new DataNode(tags.markup()));
        } else {
            div.appendElement("div").addClass("formula").appendChild(new DataNode(body.markup()));
        }
    }

    private void reference(Element p, Segment.Reference r) {
        if (r.targetAnchorId() == null) {
            p.appendElement("span").addClass("eqref").addClass("unknown")
                    .attr("title", text.format("page.eqref.unknown", r.label())).appendText(r.shownText());
        } else {
            p.appendElement("a").addClass("eqref").attr("data-eq", r.targetAnchorId()).appendText(r.shownText());
        }
    }

    private void footer(Element footer, Article a, PageContext context) {
        footer.appendElement("h2").appendText(text.get("page.sources"));
        Element table = footer.appendElement("table").addClass("sources");
        for (String source : a.sources()) {
            List<ReaderCount> counts = a.readerHistory().stream().filter(r -> r.source().equals(source)).toList();
            Element row = table.appendElement("tr");
            row.appendElement("td").appendText(source);
            row.appendElement("td").addClass("count").appendText(counts.isEmpty() ? text.get("page.noCount")
                    : text.format("page.readers", counts.get(counts.size() - 1).readers()));
        }
        if (!context.referencedBy().isEmpty()) {
            footer.appendElement("h2").appendText(text.get("page.referencedBy"));
            Element list = footer.appendElement("ul").addClass("backlinks");
            for (ArticleLink link : context.referencedBy()) {
                link(list.appendElement("li"), link, "");
            }
        }
        SeriesPosition s = context.series();
        if (s != null && s.members().size() > 1) {
            footer.appendElement("h2").appendText(text.format("page.moreIn", s.name()));
            Element list = footer.appendElement("ul").addClass("series-list");
            for (SeriesPosition.Member m : s.members()) {
                Element li = list.appendElement("li");
                li.appendElement("span").addClass("part").appendText(m.partLabel());
                if (m.link().id().equals(a.id())) {
                    li.appendElement("span").addClass("here").appendText(m.link().title());
                } else {
                    link(li, m.link(), "");
                }
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = ArticlePage.class.getResourceAsStream("/kexuereader/reading/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
