package kexuereader.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kexuereader.model.Block;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The body of a Markdown capture as blocks, through CommonMark with GFM tables. Formulas are shielded first
 * ({@link MathShield}); headings glued to the line before them ({@code …结果。## 多模位置[#](#多模位置)}) are put on
 * their own line and lose their anchor link; a paragraph's lines become paragraphs of their own, display math
 * between them a formula block; an image (or an image inside a link to it) becomes a figure, the short line
 * after it its caption.
 */
final class MarkdownBody {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** A heading glued to the text before it, ending in its anchor link. */
    private static final Pattern GLUED_HEADING = Pattern.compile(
            "^(.*[^\\s#\\\\])\\s*(#{1,6})\\s*([^#\\s][^#]*?)\\s*\\[\\\\?#\\]\\([^)]*\\)\\s*$");
    /** A heading line's anchor link: {@code [\#](…)} or {@code [#](#…)}. */
    private static final Pattern HEADING_ANCHOR = Pattern.compile("^(#{1,6})\\s*(.*?)\\s*\\[\\\\?#\\]\\([^)]*\\)\\s*$");
    private static final int MAX_CAPTION = 120;

    private MarkdownBody() {
    }

    static List<Block> parse(List<String> lines) {
        int blank = 0;
        int text = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blank++;
            } else {
                text++;
            }
        }
        // captures that put every paragraph on one line with no blank line between them: each line is a paragraph
        boolean linesAreParagraphs = blank * 4 < text;
        return parse(lines, linesAreParagraphs);
    }

    private static List<Block> parse(List<String> lines, boolean linesAreParagraphs) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = line;
            // both patterns end in an anchor link, [#](…) or [\#](…): a line without "#](" cannot match (most lines)
            if (l.indexOf("#](") >= 0) {
                Matcher g = GLUED_HEADING.matcher(l);
                if (!l.startsWith("#") && g.matches()) {
                    sb.append(g.group(1)).append("\n\n");
                    l = g.group(2) + " " + g.group(3);
                } else {
                    Matcher a = HEADING_ANCHOR.matcher(l);
                    if (a.matches()) {
                        l = a.group(1) + " " + a.group(2);
                    }
                }
            }
            sb.append(l).append('\n');
        }
        String source = sb.toString();
        MathShield.Shielded shielded = MathShield.shield(source, MathShield.looksEscaped(source), true);
        Node document = PARSER.parse(shielded.text());
        List<Block> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            block(n, shielded, linesAreParagraphs, blocks);
        }
        return blocks;
    }

    private static void block(Node n, MathShield.Shielded shielded, boolean linesAreParagraphs, List<Block> out) {
        if (n instanceof Paragraph) {
            paragraph(n, shielded, linesAreParagraphs, out);
        } else if (n instanceof Heading h) {
            String text = oneLine(shielded.restore(inline(h).text()));
            if (!text.isEmpty()) {
                out.add(new Block.Heading(h.getLevel(), text));
            }
        } else if (n instanceof ListBlock list) {
            List<String> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String text = shielded.restore(itemText(item, shielded)).strip();
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            if (!items.isEmpty()) {
                out.add(new Block.ListBlock(list instanceof OrderedList, items));
            }
        } else if (n instanceof BlockQuote) {
            String text = shielded.restore(itemText(n, shielded)).strip();
            if (!text.isEmpty()) {
                out.add(new Block.Quote(text));
            }
        } else if (n instanceof FencedCodeBlock f) {
            String info = f.getInfo() == null ? "" : f.getInfo().strip().split("\\s+")[0];
            out.add(new Block.Code(info, shielded.restoreSource(trimEnd(f.getLiteral()))));
        } else if (n instanceof IndentedCodeBlock c) {
            out.add(new Block.Code("", shielded.restoreSource(trimEnd(c.getLiteral()))));
        } else if (n instanceof TableBlock) {
            List<List<String>> rows = new ArrayList<>();
            for (Node part = n.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        List<String> cells = new ArrayList<>();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            if (cell instanceof TableCell) {
                                cells.add(oneLine(shielded.restore(inline(cell).text())));
                            }
                        }
                        rows.add(cells);
                    }
                }
            }
            if (!rows.isEmpty()) {
                out.add(new Block.Table(rows));
            }
        } else if (n instanceof ThematicBreak) {
            out.add(new Block.Rule());
        } else if (n instanceof HtmlBlock html) {
            String text = html.getLiteral().replaceAll("<[^>]*>", " ").strip();
            if (!text.isEmpty()) {
                lines(marked(html.getLiteral().replaceAll("<[^>]*>", " ").strip(), shielded), shielded, out);
            }
        }
    }

    /** A paragraph's lines, each a paragraph, formula or figure of its own. */
    private static void paragraph(Node p, MathShield.Shielded shielded, boolean linesAreParagraphs,
                                  List<Block> out) {
        Inline in = inline(p);
        String text = in.text();
        int figure = 0;
        List<String> parts = new ArrayList<>(List.of(text.split("\n")));
        if (!linesAreParagraphs) {
            // a wrapped paragraph: its lines join again, except around a figure (whose caption is the next line)
            for (int i = parts.size() - 1; i > 0; i--) {
                String a = parts.get(i - 1);
                String b = parts.get(i);
                if (a.indexOf(FIGURE) < 0 && b.indexOf(FIGURE) < 0) {
                    parts.set(i - 1, join(a, b));
                    parts.remove(i);
                }
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int k;
            while ((k = part.indexOf(FIGURE)) >= 0) {
                String before = part.substring(0, k);
                lines(marked(before, shielded), shielded, out);
                int end = part.indexOf(FIGURE_END, k);
                int index = Integer.parseInt(part.substring(k + 1, end));
                Inline.Picture pic = in.pictures().get(index);
                String rest = part.substring(end + 1).strip();
                String caption = "";
                if (rest.isEmpty() && i + 1 < parts.size() && isCaption(parts.get(i + 1), pic.alt())) {
                    caption = oneLine(shielded.restore(parts.get(++i)).strip());
                }
                out.add(new Block.Figure(pic.alt(), caption, pic.url()));
                part = rest;
                figure++;
            }
            lines(marked(part, shielded), shielded, out);
        }
        // a caption standing as the paragraph after its figure
        if (figure == 0 && out.size() >= 2 && out.get(out.size() - 1) instanceof Block.Paragraph cap
                && out.get(out.size() - 2) instanceof Block.Figure f && f.caption().isEmpty()
                && cap.text().strip().equals(f.alt().strip()) && !f.alt().isBlank() && parts.size() == 1) {
            out.remove(out.size() - 1);
            out.set(out.size() - 1, new Block.Figure(f.alt(), cap.text().strip(), f.url()));
        }
    }

    /** Two lines of a wrapped paragraph: Chinese joins without a space, Latin with one. */
    private static String join(String a, String b) {
        String x = a.stripTrailing();
        String y = b.stripLeading();
        if (x.isEmpty() || y.isEmpty()) {
            return x + y;
        }
        char last = x.charAt(x.length() - 1);
        char first = y.charAt(0);
        boolean latin = last < 0x2e80 && first < 0x2e80 && last != MathShield.CLOSE && first != MathShield.OPEN;
        return x + (latin || last == MathShield.CLOSE || first == MathShield.OPEN ? " " : "") + y;
    }

    private static boolean isCaption(String line, String alt) {
        String t = line.strip();
        if (t.isEmpty() || t.indexOf(FIGURE) >= 0 || t.indexOf(MathShield.OPEN) == 0) {
            return false;
        }
        return t.equals(alt.strip()) || t.codePointCount(0, t.length()) <= MAX_CAPTION && !t.endsWith("：")
                && !t.endsWith(":");
    }

    private static String marked(String s, MathShield.Shielded shielded) {
        return shielded.restoreMarked(s, DISPLAY, DISPLAY_END);
    }

    /** Text with display formulas marked: they become blocks of their own, each line around them a paragraph. */
    static void lines(String s, MathShield.Shielded shielded, List<Block> out) {
        int i = 0;
        StringBuilder text = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == DISPLAY) {
                int end = s.indexOf(DISPLAY_END, i);
                int index = Integer.parseInt(s.substring(i + 1, end));
                flush(text, out);
                out.add(new Block.Formula(shielded.spans().get(index).tex().strip()));
                i = end + 1;
                continue;
            }
            if (c == '\n') {
                flush(text, out);
            } else {
                text.append(c);
            }
            i++;
        }
        flush(text, out);
    }

    private static void flush(StringBuilder text, List<Block> out) {
        String t = text.toString().strip();
        text.setLength(0);
        if (!t.isEmpty()) {
            out.add(new Block.Paragraph(t));
        }
    }

    /** Inline text of a list item or quote: its paragraphs one per line, nested lists as indented items. */
    private static String itemText(Node container, MathShield.Shielded shielded) {
        StringBuilder sb = new StringBuilder();
        for (Node c = container.getFirstChild(); c != null; c = c.getNext()) {
            String t;
            if (c instanceof ListBlock nested) {
                StringBuilder items = new StringBuilder();
                int n = 1;
                for (Node item = nested.getFirstChild(); item != null; item = item.getNext()) {
                    String marker = nested instanceof OrderedList ? (n++) + ". " : "- ";
                    items.append(items.isEmpty() ? "" : "\n").append(marker)
                            .append(itemText(item, shielded).replace("\n", "\n  "));
                }
                t = items.toString();
            } else if (c instanceof FencedCodeBlock f) {
                t = trimEnd(f.getLiteral());
            } else if (c instanceof IndentedCodeBlock f) {
                t = trimEnd(f.getLiteral());
            } else {
                t = displayInline(marked(inline(c).text(), shielded), shielded);
            }
            if (!t.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(t.strip());
            }
        }
        return sb.toString();
    }

    /** Display-formula markers back to LaTeX, for text that stays inline (list items, quotes). */
    private static String displayInline(String s, MathShield.Shielded shielded) {
        if (s.indexOf(DISPLAY) < 0 && s.indexOf(FIGURE) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == DISPLAY || c == FIGURE) {
                int end = s.indexOf(c == DISPLAY ? DISPLAY_END : FIGURE_END, i);
                if (c == DISPLAY) {
                    sb.append(shielded.spans().get(Integer.parseInt(s.substring(i + 1, end))).tex());
                }
                i = end;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // markers inline text leaves for what becomes a block of its own: a display formula, a figure
    private static final char DISPLAY = '\uE002';
    private static final char DISPLAY_END = '\uE003';
    private static final char FIGURE = '\uE004';
    private static final char FIGURE_END = '\uE005';

    /** The inline text of a node, with display formulas and images marked, and the images it holds. */
    record Inline(String text, List<Picture> pictures) {
        record Picture(String alt, String url) {
        }
    }

    private static Inline inline(Node n) {
        StringBuilder sb = new StringBuilder();
        List<Inline.Picture> pictures = new ArrayList<>();
        inline(n, sb, pictures);
        return new Inline(sb.toString(), pictures);
    }

    private static void inline(Node n, StringBuilder sb, List<Inline.Picture> pictures) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                // formulas were shielded, so a dollar left in text is a literal one: keep it escaped for the segmenter
                sb.append(t.getLiteral().replace("$", "\\$"));
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                sb.append('\n');
            } else if (c instanceof Image img) {
                picture(img.getDestination(), img, sb, pictures);
            } else if (c instanceof Link link && link.getFirstChild() instanceof Image img
                    && img.getNext() == null) {
                String target = link.getDestination();
                picture(looksLikeImage(target) ? target : img.getDestination(), img, sb, pictures);
            } else if (c instanceof HtmlInline html) {
                if (html.getLiteral().matches("(?i)<br\\s*/?>")) {
                    sb.append('\n');
                }
            } else if (c instanceof Link link && isAnchor(link)) {
                continue; // a heading's "#" link
            } else {
                inline(c, sb, pictures);
            }
        }
    }

    private static boolean isAnchor(Link link) {
        return link.getFirstChild() instanceof Text t && t.getNext() == null && t.getLiteral().strip().equals("#");
    }

    private static boolean looksLikeImage(String url) {
        return url != null && url.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g|gif|svg|webp|bmp)([?#].*)?");
    }

    private static void picture(String url, Image img, StringBuilder sb, List<Inline.Picture> pictures) {
        StringBuilder alt = new StringBuilder();
        inline(img, alt, new ArrayList<>());
        sb.append(FIGURE).append(pictures.size()).append(FIGURE_END);
        pictures.add(new Inline.Picture(alt.toString().strip(), url == null ? "" : url));
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').strip();
    }

    private static String trimEnd(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
