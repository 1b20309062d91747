package kexuereader.reading;

import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Block;

/**
 * The pieces of text of an article's blocks that may hold math, in reading order, as one body for the math
 * engine: one paragraph per piece (a paragraph, a heading, a formula, each list item, each table cell, a
 * quote, a caption), so the article's macros and equation numbers run through all of it as on the blog, and
 * the prepared paragraphs map back onto the blocks one by one. Code holds no math and gives no piece.
 */
public final class BlockUnits {

    private BlockUnits() {
    }

    /** The pieces of one block; empty ones are left out (the renderer skips them the same way). */
    static List<String> of(Block b) {
        List<String> out = new ArrayList<>();
        if (b instanceof Block.Paragraph p) {
            add(out, p.text());
        } else if (b instanceof Block.Heading h) {
            add(out, h.text());
        } else if (b instanceof Block.Formula f) {
            add(out, f.tex());
        } else if (b instanceof Block.ListBlock l) {
            l.items().forEach(i -> add(out, i));
        } else if (b instanceof Block.Quote q) {
            add(out, q.text());
        } else if (b instanceof Block.Table t) {
            t.rows().forEach(r -> r.forEach(c -> add(out, c)));
        } else if (b instanceof Block.Figure f) {
            add(out, f.caption());
        }
        return out;
    }

    /** Text as one paragraph of the body: blank lines (which would cut it in two) closed up. */
    static String unit(String s) {
        return s.replaceAll("\n[ \t\u3000]*(?=\n)", "").strip();
    }

    private static void add(List<String> out, String s) {
        String u = unit(s);
        if (!u.isEmpty()) {
            out.add(u);
        }
    }

    /** Every piece of every block, joined as a body (the reading page's; the fidelity benchmark's too). */
    public static String body(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            for (String u : of(b)) {
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                sb.append(u);
            }
        }
        return sb.toString();
    }
}
