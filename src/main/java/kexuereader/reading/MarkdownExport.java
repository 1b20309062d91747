package kexuereader.reading;

import java.util.List;
import kexuereader.math.ArticleMath;
import kexuereader.math.Formula;
import kexuereader.math.MathEngine;
import kexuereader.math.Paragraph;
import kexuereader.math.Segment;
import kexuereader.model.Article;
import kexuereader.model.ReaderCount;

/**
 * An article as Markdown with its LaTeX intact: inline formulas as {@code $…$}, display formulas as
 * {@code $$…$$} on their own lines (environments such as {@code align} kept inside), so the file reads well in
 * any Markdown editor with MathJax or KaTeX. Text is escaped: markup or Markdown syntax in a dump stays text.
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    public static String markdown(Article article, PageContext context) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(article.displayTitle())).append("\n\n");
        StringBuilder meta = new StringBuilder(article.date().isYearKnown() ? article.date().iso()
                : article.date().monthDay() + " (year unknown)");
        if (article.readers() != null) {
            meta.append(" · ").append(String.format("%,d readers", article.readers()));
        }
        SeriesPosition s = context.series();
        if (s != null) {
            meta.append(" · ").append(escape(s.name())).append(s.partLabel().isEmpty() ? "" : " · part " + s.partLabel());
        }
        md.append('*').append(meta).append("*\n\n");
        if (article.titleDerived()) {
            md.append("> No dump shows this article's title; the heading is the start of its text.\n\n");
        }
        if (article.indexOnly()) {
            md.append("> Not in your library — on kexue.fm: ").append(article.post().url() == null ? "the archive "
                    + "index lists this post" : article.post().url()).append("\n\n");
        } else if (article.excerptOnly()) {
            md.append("> Excerpt only: the dumps hold just the start of this article.\n\n");
        }
        boolean blocks = !article.blocks().isEmpty() && BlockMarkdown.append(md, article);
        ArticleMath math = MathEngine.prepare(blocks ? "" : article.body());
        for (Paragraph p : math.paragraphs()) {
            if (Headings.isHeading(p)) {
                md.append("## ").append(escape(((Segment.Text) p.segments().get(0)).text().strip())).append("\n\n");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (Segment segment : p.segments()) {
                if (segment instanceof Segment.Display d) {
                    flush(md, line);
                    md.append("$$\n").append(mathSafe(displayBody(d.formula()))).append("\n$$\n\n");
                } else if (segment instanceof Segment.Text t) {
                    line.append(escape(t.text()).replace("\n", "  \n"));
                } else if (segment instanceof Segment.Inline i) {
                    line.append('$').append(mathSafe(inlineBody(i.formula()))).append('$');
                } else if (segment instanceof Segment.Reference r) {
                    line.append(mathSafe(r.source().startsWith("$") ? r.source() : "$" + r.source() + "$"));
                }
            }
            flush(md, line);
        }
        md.append("---\n\n");
        md.append("Sources: ");
        List<String> sources = article.sources();
        for (int i = 0; i < sources.size(); i++) {
            String name = sources.get(i);
            if (i > 0) {
                md.append(", ");
            }
            md.append(escape(name));
            article.readerHistory().stream().filter(r -> r.source().equals(name)).map(ReaderCount::readers)
                    .reduce((a, b) -> b).ifPresent(r -> md.append(String.format(" (%,d readers)", r)));
        }
        md.append('\n');
        return md.toString();
    }

    private static void flush(StringBuilder md, StringBuilder line) {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            md.append(text).append("\n\n");
        }
        line.setLength(0);
    }

    /** The LaTeX of an inline formula without its delimiters. */
    static String inlineBody(Formula f) {
        String s = f.source();
        if (s.startsWith("\\(") && s.endsWith("\\)")) {
            return s.substring(2, s.length() - 2);
        }
        if (s.startsWith("$") && s.endsWith("$") && s.length() >= 2) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The LaTeX of a display formula for a {@code $$} block: environments kept whole, delimiters dropped. */
    static String displayBody(Formula f) {
        String s = f.source().strip();
        if (s.startsWith("$$") && s.endsWith("$$") && s.length() >= 4) {
            return s.substring(2, s.length() - 2).strip();
        }
        if (s.startsWith("\\[") && s.endsWith("\\]")) {
            return s.substring(2, s.length() - 2).strip();
        }
        return s;
    }

    /**
     * LaTeX that means the same to MathJax and KaTeX and is no HTML to a viewer without math: Markdown math
     * extensions hand {@code $…$} to TeX as written, so entities cannot be used; {@code <} becomes {@code \lt}
     * (which both define), and an {@code &} that would start an entity gets a space after it (TeX ignores it, an
     * alignment {@code &} stays one).
     */
    static String mathSafe(String tex) {
        StringBuilder sb = new StringBuilder(tex.length() + 8);
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '<') {
                sb.append("\\lt ");
            } else if (c == '&' && i + 1 < tex.length()
                    && (Character.isLetter(tex.charAt(i + 1)) || tex.charAt(i + 1) == '#')) {
                sb.append("& ");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Text with the characters Markdown (or HTML inside it) would read as syntax escaped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '$', '#', '|', '~' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
