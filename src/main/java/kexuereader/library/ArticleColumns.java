package kexuereader.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import kexuereader.model.Article;
import kexuereader.model.Block;
import kexuereader.model.Content;
import kexuereader.model.PostFacts;

/** The columns of an article that article pages and the index add (schema 6), written and read in one place. */
final class ArticleColumns {

    private ArticleColumns() {
    }

    /** Binds blog_id, url, categories, tags, comments, content, blocks from {@code i} on; returns the next index. */
    static int bind(PreparedStatement ps, int i, Article a) throws SQLException {
        PostFacts p = a.post();
        ArticleTable.setInt(ps, i++, p.blogId());
        ps.setString(i++, p.url());
        ps.setString(i++, p.categories().isEmpty() ? null : String.join("\n", p.categories()));
        ps.setString(i++, p.tags().isEmpty() ? null : String.join("\n", p.tags()));
        ArticleTable.setInt(ps, i++, p.comments());
        ps.setString(i++, a.content().name());
        ps.setString(i++, BlockCodec.encode(a.blocks()));
        return i;
    }

    static Content content(ResultSet rs) throws SQLException {
        String c = rs.getString("content");
        return c == null ? null : Content.valueOf(c);
    }

    static List<Block> blocks(ResultSet rs) throws SQLException {
        return BlockCodec.decode(rs.getString("blocks"));
    }

    static PostFacts post(ResultSet rs) throws SQLException {
        return new PostFacts(ArticleTable.intOrNull(rs, "blog_id"), rs.getString("url"),
                EntryFacts.lines(rs.getString("categories")), EntryFacts.lines(rs.getString("tags")),
                ArticleTable.intOrNull(rs, "comments"));
    }
}
