package kexuereader.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the user's state of articles, and carries it over when a re-merge replaces articles with new
 * ones under other ids (an entry that joins two articles, a title found later): the new article is read if any
 * article it absorbed was, starred if any was, and keeps the most recent reading position.
 */
final class UserStates {

    private UserStates() {
    }

    static UserState get(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT read, starred, position FROM user_state WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new UserState(rs.getInt(1) != 0, rs.getInt(2) != 0, rs.getString(3)) : UserState.NEW;
            }
        }
    }

    static void put(Connection c, String id, UserState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO user_state (article_id, read, starred, position, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(article_id) DO UPDATE SET read = excluded.read, starred = excluded.starred,
                  position = excluded.position, updated_at = excluded.updated_at""")) {
            ps.setString(1, id);
            ps.setInt(2, state.read() ? 1 : 0);
            ps.setInt(3, state.starred() ? 1 : 0);
            ps.setString(4, state.position());
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /**
     * Moves the state of articles a re-merge removed to the articles that took their entries.
     *
     * @param successors for each removed article id, the ids of the new articles holding its entries
     * @param removed    every article id the re-merge removed
     */
    static void carryOver(Connection c, Map<String, Set<String>> successors, Collection<String> removed)
            throws SQLException {
        for (Map.Entry<String, Set<String>> e : successors.entrySet()) {
            UserState old = stateOrNull(c, e.getKey());
            if (old == null) {
                continue;
            }
            for (String target : e.getValue()) {
                UserState now = stateOrNull(c, target);
                if (now == null) {
                    put(c, target, old);
                } else {
                    put(c, target, new UserState(now.read() || old.read(), now.starred() || old.starred(),
                            now.position() != null ? now.position() : old.position()));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_state WHERE article_id = ?")) {
            for (String id : removed) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static UserState stateOrNull(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT read, starred, position FROM user_state WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new UserState(rs.getInt(1) != 0, rs.getInt(2) != 0, rs.getString(3)) : null;
            }
        }
    }
}
