package kexuereader.math.tools;

import kexuereader.math.ArticleMath;
import kexuereader.math.CjkFonts;
import kexuereader.math.Document;
import kexuereader.math.MathEngine;
import kexuereader.math.MathHtml;
import kexuereader.math.RenderStyle;
import kexuereader.math.Rendering;
import kexuereader.math.Segment;
import kexuereader.math.Tag;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code formulas gallery --out FILE.html}: one self-contained HTML page showing every formula's source beside
 * its rendering (inline SVG) and its equation numbers, failures listed first. Inline formulas are shown inside a
 * line of text, to judge their baseline. Nothing external is referenced, no script is included.
 */
public final class FormulaGallery {

    /** The font stack named for Chinese text, so it never shows as boxes. */
    public static final String CJK_FONT_STACK =
            "\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif";

    private FormulaGallery() {
    }

    /** Writes the gallery to a file (UTF-8); returns how many formulas failed. */
    public static int write(List<Document> documents, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return write(documents, w, new MathEngine());
        }
    }

    /** Writes the gallery; returns how many formulas failed. */
    public static int write(List<Document> documents, Writer out, MathEngine engine) throws IOException {
        List<String> failures = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        int total = 0;
        for (Document doc : documents) {
            ArticleMath math = MathEngine.prepare(doc.body());
            MathEngine.Page page = engine.page();
            body.append("<h2>").append(MathHtml.escape(doc.label())).append("</h2>\n<table><colgroup><col class=\"n\">"
                    + "<col class=\"src\"><col class=\"r\"><col class=\"tags\"></colgroup>\n");
            int n = 0;
            for (Segment s : math.mathSegments()) {
                n++;
                total++;
                String id = doc.label() + "#" + n;
                Rendering.Failure failure = FormulaCheck.failure(s, page);
                if (failure != null) {
                    failures.add("<li><b>" + MathHtml.escape(id) + "</b>: " + MathHtml.escape(failure.reason())
                            + "<pre>" + MathHtml.escape(failure.source()) + "</pre></li>");
                }
                body.append("<tr").append(failure != null ? " class=\"failed\"" : "").append("><td class=\"n\">")
                        .append(MathHtml.escape(id)).append("</td><td><pre>").append(MathHtml.escape(source(s)))
                        .append("</pre></td><td class=\"r\">").append(rendering(s, page))
                        .append("</td><td class=\"tags\">").append(MathHtml.escape(numbers(s))).append("</td></tr>\n");
            }
            body.append("</table>\n");
        }
        out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>Formula gallery</title><style>\n" + css() + "</style></head><body>\n");
        out.write("<h1>Formula gallery</h1>\n<p>" + total + " formulas, " + (total - failures.size()) + " rendered, "
                + failures.size() + " failed. CJK font: " + MathHtml.escape(cjkFont()) + ".</p>\n");
        out.write("<h2>Failures</h2>\n");
        out.write(failures.isEmpty() ? "<p>None.</p>\n" : "<ol class=\"failures\">\n" + String.join("\n", failures)
                + "\n</ol>\n");
        out.write(body.toString());
        out.write("</body></html>\n");
        out.flush();
        return failures.size();
    }

    private static String rendering(Segment s, MathEngine.Page page) {
        if (s instanceof Segment.Inline i) {
            return "<span class=\"line\">文字 text " + MathHtml.inline(page.render(i.formula(), RenderStyle.PAGE))
                    + " 继续 more</span>";
        }
        if (s instanceof Segment.Display d) {
            return MathHtml.display(d, page.renderDisplay(d, RenderStyle.PAGE));
        }
        if (s instanceof Segment.Reference r) {
            return "<span class=\"line\">见式 " + MathHtml.reference(r) + " see</span>";
        }
        return "";
    }

    private static String source(Segment s) {
        if (s instanceof Segment.Inline i) {
            return i.formula().source();
        }
        if (s instanceof Segment.Display d) {
            return d.formula().source();
        }
        return s instanceof Segment.Reference r ? r.source() : "";
    }

    private static String numbers(Segment s) {
        if (s instanceof Segment.Display d && d.isNumbered()) {
            StringBuilder b = new StringBuilder();
            for (Tag t : d.tags()) {
                b.append(b.length() > 0 ? " " : "").append(t.shown()).append(" #").append(t.anchorId());
            }
            return b.toString();
        }
        if (s instanceof Segment.Reference r) {
            return r.targetAnchorId() == null ? "→ unknown label" : "→ #" + r.targetAnchorId();
        }
        return "";
    }

    private static String cjkFont() {
        CjkFonts.Status status = CjkFonts.await();
        return status.found() ? status.family() + " (" + status.file().getFileName() + ")" : "none found, fallback";
    }

    private static String css() {
        return "body { font-family: " + CJK_FONT_STACK + "; font-size: 18px; margin: 1em 2em; color: #1a1a1a; }\n"
                + "table { border-collapse: collapse; width: 100%; table-layout: fixed; }\n"
                + "col.n { width: 9em; } col.src { width: 32%; } col.tags { width: 9em; }\n"
                + "td { border-top: 1px solid #ddd; padding: .4em .6em; vertical-align: middle; }\n"
                + "td.n { color: #888; font-size: 12px; overflow-wrap: anywhere; }\n"
                + "td pre { font-family: \"Noto Sans Mono CJK SC\", monospace; font-size: 12px; white-space: pre-wrap;"
                + " word-break: break-all; margin: 0; }\n"
                + "td.r { overflow-x: auto; }\n"
                + "td.tags { color: #555; font-size: 12px; }\n"
                + "tr.failed td { background: #fff4f4; }\n"
                + MathHtml.STYLESHEET;
    }
}
