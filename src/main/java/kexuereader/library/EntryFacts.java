package kexuereader.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kexuereader.model.Block;
import kexuereader.model.Entry;
import kexuereader.model.PostFacts;

/**
 * The columns of an entry that article pages and the index add (schema 6): blog id, address, categories,
 * tags, comments, blocks. Kept apart from the importer's statements so those stay as they were.
 */
final class EntryFacts {

    private EntryFacts() {
    }

    /** Binds blog_id, url, categories, tags, comments, blocks from {@code index} on. */
    static void bind(PreparedStatement ps, int index, Entry e) throws SQLException {
        PostFacts p = e.post();
        ArticleTable.setInt(ps, index, p.blogId());
        ps.setString(index + 1, p.url());
        ps.setString(index + 2, p.categories().isEmpty() ? null : String.join("\n", p.categories()));
        ps.setString(index + 3, p.tags().isEmpty() ? null : String.join("\n", p.tags()));
        ArticleTable.setInt(ps, index + 4, p.comments());
        ps.setString(index + 5, BlockCodec.encode(e.blocks()));
    }

    /**
     * The entry with the facts of the current row added (the row must hold these columns; {@code blocksColumn}
     * is its {@code blocks}, read by the caller).
     */
    static Entry read(ResultSet rs, String blocksColumn, Entry e) throws SQLException {
        List<Block> blocks = BlockCodec.decode(blocksColumn);
        PostFacts post = new PostFacts(ArticleTable.intOrNull(rs, "blog_id"), rs.getString("url"),
                lines(rs.getString("categories")), lines(rs.getString("tags")), ArticleTable.intOrNull(rs, "comments"));
        List<String> paragraphs = blocks.isEmpty() ? e.paragraphs() : kexuereader.model.BlockText.markdown(blocks);
        return new Entry(e.line(), e.title(), e.date(), e.readers(), paragraphs, e.excerptOnly(), blocks, post);
    }

    /**
     * The text whose start identifies the entry: for blocks, their words (a heading without its {@code ##}), so
     * a page's body starts as the listing's excerpt of the same article does.
     */
    static List<String> headText(Entry e) {
        if (e.blocks().isEmpty()) {
            return e.paragraphs();
        }
        List<String> out = new ArrayList<>();
        for (Block b : e.blocks()) {
            if (b instanceof Block.Heading h) {
                out.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Block.Formula f) {
                out.add(f.tex());
            } else {
                out.addAll(kexuereader.model.BlockText.markdown(List.of(b)));
            }
            if (out.size() > 4) {
                break;
            }
        }
        return out;
    }

    static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }
}
