package kexuereader.testing;

import java.util.List;
import kexuereader.model.Block;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;
import kexuereader.model.Entry;

/**
 * What the parser made of an article page or index, written out for golden files a person reads: the facts of
 * each entry, then its blocks, one {@code [kind]} line before each block's text.
 */
public final class ArticleText {

    /** An index lists many posts: the golden file shows the first ones and counts the rest. */
    private static final int INDEX_ENTRIES_SHOWN = 6;

    private ArticleText() {
    }

    public static String render(Dump dump) {
        StringBuilder sb = new StringBuilder();
        sb.append("format: ").append(dump.format() == null ? "-" : dump.format().letter()).append('\n');
        sb.append("rejected: ").append(dump.rejected()).append('\n');
        for (Diagnostic d : dump.diagnostics()) {
            sb.append("diagnostic: ").append(d.severity().name().toLowerCase()).append(' ').append(d).append('\n');
        }
        sb.append("entries: ").append(dump.entries().size()).append('\n');
        List<Entry> entries = dump.entries();
        int shown = entries.size() > 1 ? Math.min(entries.size(), INDEX_ENTRIES_SHOWN) : entries.size();
        for (Entry e : entries.subList(0, shown)) {
            sb.append('\n');
            sb.append("title: ").append(e.title()).append('\n');
            sb.append("date: ").append(e.date().display()).append('\n');
            sb.append("readers: ").append(e.readers()).append('\n');
            sb.append("blog_id: ").append(e.post().blogId()).append('\n');
            sb.append("url: ").append(e.post().url()).append('\n');
            sb.append("categories: ").append(String.join(" | ", e.post().categories())).append('\n');
            sb.append("tags: ").append(String.join(" | ", e.post().tags())).append('\n');
            sb.append("comments: ").append(e.post().comments()).append('\n');
            sb.append("content: ").append(e.content().word()).append('\n');
            if (!e.blocks().isEmpty()) {
                sb.append("blocks:\n");
                for (Block b : e.blocks()) {
                    block(b, sb);
                }
            }
        }
        return sb.toString();
    }

    private static void block(Block b, StringBuilder sb) {
        if (b instanceof Block.Paragraph p) {
            sb.append("[paragraph]\n").append(p.text());
        } else if (b instanceof Block.Heading h) {
            sb.append("[heading ").append(h.level()).append("]\n").append(h.text());
        } else if (b instanceof Block.Formula f) {
            sb.append("[formula]\n").append(f.tex());
        } else if (b instanceof Block.ListBlock l) {
            sb.append(l.ordered() ? "[list ordered]\n" : "[list]\n");
            sb.append(String.join("\n", l.items().stream().map(i -> "* " + i.replace("\n", "\n  ")).toList()));
        } else if (b instanceof Block.Quote q) {
            sb.append("[quote]\n").append(q.text());
        } else if (b instanceof Block.Code c) {
            sb.append("[code ").append(c.language()).append("]\n").append(c.text());
        } else if (b instanceof Block.Table t) {
            sb.append("[table]\n");
            sb.append(String.join("\n", t.rows().stream().map(r -> String.join(" ‖ ", r)).toList()));
        } else if (b instanceof Block.Figure f) {
            sb.append("[figure]\n").append("alt: ").append(f.alt()).append("\ncaption: ").append(f.caption())
                    .append("\nurl: ").append(f.url());
        } else {
            sb.append("[rule]");
        }
        sb.append('\n');
    }
}
