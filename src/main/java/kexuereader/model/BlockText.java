package kexuereader.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks written out as text: Markdown as the blog would write it (what exports and the search index get), or
 * the plain words of a block.
 */
public final class BlockText {

    private BlockText() {
    }

    /** One block as Markdown: {@code ## } headings, {@code - } items, display math verbatim, tables as GFM. */
    public static String markdown(Block block) {
        // Java 17: no pattern switch yet
        if (block instanceof Block.Paragraph p) {
            return p.text();
        } else if (block instanceof Block.Heading h) {
            return "#".repeat(h.level()) + " " + oneLine(h.text());
        } else if (block instanceof Block.Formula f) {
            return f.tex();
        } else if (block instanceof Block.ListBlock l) {
            return list(l);
        } else if (block instanceof Block.Quote q) {
            return "> " + q.text().replace("\n", "\n> ");
        } else if (block instanceof Block.Code c) {
            return fence(c);
        } else if (block instanceof Block.Table t) {
            return table(t);
        } else if (block instanceof Block.Figure f) {
            return figure(f);
        }
        return "---";
    }

    /** Every block as Markdown, one string per block. */
    public static List<String> markdown(List<Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(markdown(b));
        }
        return out;
    }

    private static String list(Block.ListBlock l) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (String item : l.items()) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            String marker = l.ordered() ? (n++) + ". " : "- ";
            sb.append(marker).append(item.replace("\n", "\n" + " ".repeat(marker.length())));
        }
        return sb.toString();
    }

    private static String fence(Block.Code c) {
        String fence = "```";
        while (c.text().contains(fence)) {
            fence += "`";
        }
        return fence + c.language() + "\n" + c.text() + "\n" + fence;
    }

    private static String table(Block.Table t) {
        StringBuilder sb = new StringBuilder();
        int columns = t.rows().stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            sb.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                sb.append(' ').append(oneLine(cell).replace("|", "\\|")).append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|');
                sb.append(" --- |".repeat(columns));
                sb.append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String figure(Block.Figure f) {
        String image = "![" + oneLine(f.alt()).replace("]", "\\]") + "](" + f.url().replace(" ", "%20") + ")";
        return f.caption().isEmpty() ? image : image + "\n" + f.caption();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }
}
