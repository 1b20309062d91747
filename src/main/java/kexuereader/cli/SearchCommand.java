package kexuereader.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search [--limit N] [--format yaml] QUERY}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over titles, aliases and text, best match first.",
                "Every word of the query must occur; Chinese of any length and Latin (any case) work.",
                "Matches are marked «like this» in the snippets."})
final class SearchCommand extends LibraryCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (0: all). "
            + "Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or yaml (a top-level 'hits' list of {id, title, snippet}).")
    String format;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to search for.")
    List<String> query;

    /** At most this many characters of the query are echoed: a pasted page would otherwise come back whole. */
    static final int QUERY_ECHO = 60;

    @Override
    int run() {
        if (limit < 0) {
            throw new UserError("--limit must be 0 or more", 2);
        }
        if (!format.equals("table") && !format.equals("yaml")) {
            throw new UserError("--format must be table or yaml, not '" + format + "'", 2);
        }
        String q = String.join(" ", query);
        if (q.isBlank()) {
            throw new UserError("the query is empty", 2);
        }
        try (Library library = openLibrary()) {
            List<SearchHit> hits = library.search(q, ArticleFilter.ALL, limit);
            if (format.equals("yaml")) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (SearchHit h : hits) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", h.id());
                    m.put("title", h.article().displayTitle());
                    m.put("snippet", h.snippet());
                    list.add(m);
                }
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("hits", list);
                out().print(Yaml.dump(root));
                return 0;
            }
            if (hits.isEmpty()) {
                out().println("No article contains '" + Format.shortened(q, QUERY_ECHO) + "'.");
                return 0;
            }
            int n = 1;
            for (SearchHit h : hits) {
                out().println(n++ + ". " + Format.title(h.article()) + "   [" + h.id() + "]");
                out().println("   " + h.article().date().display() + " · " + Format.readers(h.article().readers())
                        + " readers" + (h.article().series() == null ? "" : " · " + Format.series(h.article().series())));
                out().println("   " + h.snippet());
            }
        }
        return 0;
    }
}
