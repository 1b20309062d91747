package kexuereader.reading;

import java.util.Iterator;
import kexuereader.math.ArticleMath;
import kexuereader.math.MathEngine;
import kexuereader.math.Paragraph;
import kexuereader.math.Segment;
import kexuereader.model.Article;
import kexuereader.model.Block;

/**
 * The Markdown export of an article held as blocks: {@code #} headings at their level, lists, quotes, fenced
 * code, GFM tables, figures as images with their caption, rules; LaTeX intact ({@code $…$}, {@code $$…$$}).
 */
final class BlockMarkdown {

    private BlockMarkdown() {
    }

    /** Appends the blocks; false (nothing appended) when the math did not map onto them. */
    static boolean append(StringBuilder md, Article article) {
        ArticleMath math = MathEngine.prepare(BlockUnits.body(article.blocks()));
        int expected = article.blocks().stream().mapToInt(b -> BlockUnits.of(b).size()).sum();
        if (math.paragraphs().size() != expected) {
            return false;
        }
        Iterator<Paragraph> units = math.paragraphs().iterator();
        for (Block b : article.blocks()) {
            if (b instanceof Block.Paragraph || b instanceof Block.Formula) {
                md.append(text(units.next(), false)).append("\n\n");
            } else if (b instanceof Block.Heading h) {
                md.append("#".repeat(Math.max(2, h.level()))).append(' ')
                        .append(text(units.next(), false).replace('\n', ' ')).append("\n\n");
            } else if (b instanceof Block.ListBlock l) {
                int n = 1;
                for (String item : l.items()) {
                    String marker = l.ordered() ? (n++) + ". " : "- ";
                    String t = BlockUnits.unit(item).isEmpty() ? "" : text(units.next(), false);
                    md.append(marker).append(t.replace("\n", "\n" + " ".repeat(marker.length()))).append('\n');
                }
                md.append('\n');
            } else if (b instanceof Block.Quote) {
                md.append("> ").append(text(units.next(), false).replace("\n", "\n> ")).append("\n\n");
            } else if (b instanceof Block.Code c) {
                String fence = c.text().contains("```") ? "~~~~" : "```";
                md.append(fence).append(c.language()).append('\n').append(c.text()).append('\n').append(fence)
                        .append("\n\n");
            } else if (b instanceof Block.Table t) {
                int columns = t.rows().stream().mapToInt(java.util.List::size).max().orElse(0);
                for (int r = 0; r < t.rows().size(); r++) {
                    md.append('|');
                    for (int c = 0; c < columns; c++) {
                        String cell = c < t.rows().get(r).size() ? t.rows().get(r).get(c) : "";
                        String shown = BlockUnits.unit(cell).isEmpty() ? "" : text(units.next(), true);
                        md.append(' ').append(shown.replace('\n', ' ')).append(" |");
                    }
                    md.append('\n');
                    if (r == 0) {
                        md.append('|').append(" --- |".repeat(columns)).append('\n');
                    }
                }
                md.append('\n');
            } else if (b instanceof Block.Figure f) {
                md.append("![").append(MarkdownExport.escape(f.alt())).append("](")
                        .append(f.url().replace(" ", "%20").replace(")", "%29")).append(")\n");
                if (!f.caption().isBlank()) {
                    md.append('\n').append('*').append(text(units.next(), false).replace('\n', ' ')).append("*\n");
                }
                md.append('\n');
            } else if (b instanceof Block.Rule) {
                md.append("---\n\n");
            }
        }
        return true;
    }

    /** One unit as Markdown text: escaped text, formulas as {@code $…$} and {@code $$…$$}. */
    private static String text(Paragraph p, boolean inTable) {
        StringBuilder sb = new StringBuilder();
        for (Segment segment : p.segments()) {
            if (segment instanceof Segment.Display d) {
                String body = MarkdownExport.displayBody(d.formula());
                sb.append(inTable ? "$$" + body.replace("\n", " ") + "$$" : (sb.isEmpty() ? "" : "\n\n") + "$$\n" + body
                        + "\n$$\n\n");
            } else if (segment instanceof Segment.Text t) {
                sb.append(MarkdownExport.escape(t.text()).replace("\n", "  \n"));
            } else if (segment instanceof Segment.Inline i) {
                sb.append('$').append(MarkdownExport.inlineBody(i.formula())).append('$');
            } else if (segment instanceof Segment.Reference r) {
                sb.append(r.source().startsWith("$") ? r.source() : "$" + r.source() + "$");
            }
        }
        String s = sb.toString().strip();
        return inTable ? s.replace("|", "\\|").replace("\\\\|", "\\|") : s;
    }
}
