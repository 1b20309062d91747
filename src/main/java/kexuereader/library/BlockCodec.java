package kexuereader.library;

import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Block;

/**
 * Blocks as one text column: a kind letter, then length-prefixed fields ({@code 5:hello}). Lengths make any
 * text safe (no escaping, no separator it could hold) and reading back a simple walk.
 */
final class BlockCodec {

    private BlockCodec() {
    }

    static String encode(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                sb.append('P');
                field(sb, p.text());
            } else if (b instanceof Block.Heading h) {
                sb.append('H');
                field(sb, Integer.toString(h.level()));
                field(sb, h.text());
            } else if (b instanceof Block.Formula f) {
                sb.append('F');
                field(sb, f.tex());
            } else if (b instanceof Block.ListBlock l) {
                sb.append(l.ordered() ? 'O' : 'L');
                field(sb, Integer.toString(l.items().size()));
                l.items().forEach(i -> field(sb, i));
            } else if (b instanceof Block.Quote q) {
                sb.append('Q');
                field(sb, q.text());
            } else if (b instanceof Block.Code c) {
                sb.append('C');
                field(sb, c.language());
                field(sb, c.text());
            } else if (b instanceof Block.Table t) {
                sb.append('T');
                field(sb, Integer.toString(t.rows().size()));
                for (List<String> row : t.rows()) {
                    field(sb, Integer.toString(row.size()));
                    row.forEach(cell -> field(sb, cell));
                }
            } else if (b instanceof Block.Figure f) {
                sb.append('G');
                field(sb, f.alt());
                field(sb, f.caption());
                field(sb, f.url());
            } else {
                sb.append('R');
            }
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String s) {
        sb.append(s.length()).append(':').append(s);
    }

    static List<Block> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Reader r = new Reader(text);
        List<Block> blocks = new ArrayList<>();
        while (r.more()) {
            char kind = r.kind();
            switch (kind) {
                case 'P' -> blocks.add(new Block.Paragraph(r.field()));
                case 'H' -> blocks.add(new Block.Heading(Integer.parseInt(r.field()), r.field()));
                case 'F' -> blocks.add(new Block.Formula(r.field()));
                case 'O', 'L' -> {
                    int n = Integer.parseInt(r.field());
                    List<String> items = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        items.add(r.field());
                    }
                    blocks.add(new Block.ListBlock(kind == 'O', items));
                }
                case 'Q' -> blocks.add(new Block.Quote(r.field()));
                case 'C' -> blocks.add(new Block.Code(r.field(), r.field()));
                case 'T' -> {
                    int rows = Integer.parseInt(r.field());
                    List<List<String>> table = new ArrayList<>(rows);
                    for (int i = 0; i < rows; i++) {
                        int cells = Integer.parseInt(r.field());
                        List<String> row = new ArrayList<>(cells);
                        for (int j = 0; j < cells; j++) {
                            row.add(r.field());
                        }
                        table.add(row);
                    }
                    blocks.add(new Block.Table(table));
                }
                case 'G' -> blocks.add(new Block.Figure(r.field(), r.field(), r.field()));
                case 'R' -> blocks.add(new Block.Rule());
                default -> throw new IllegalArgumentException("unknown block kind " + kind + " at " + (r.at - 1));
            }
        }
        return blocks;
    }

    private static final class Reader {
        private final String s;
        private int at;

        Reader(String s) {
            this.s = s;
        }

        boolean more() {
            return at < s.length();
        }

        char kind() {
            return s.charAt(at++);
        }

        String field() {
            int colon = s.indexOf(':', at);
            int length = Integer.parseInt(s.substring(at, colon));
            String f = s.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            return f;
        }
    }
}
