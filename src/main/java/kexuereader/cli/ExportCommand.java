package kexuereader.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kexuereader.library.Library;
import kexuereader.library.SafeFileWriter;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.reading.ArticleNeighbours;
import kexuereader.reading.ArticlePage;
import kexuereader.reading.MarkdownExport;
import kexuereader.reading.PageContext;
import kexuereader.model.ReaderCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export [--out FILE]}: every article as YAML, deterministic: the same imported files give the same
 * bytes whatever order they were imported in.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every article as YAML (top-level key 'articles'), newest first, unknown years last;",
                "or one article (--article ID) as YAML, Markdown (LaTeX intact) or self-contained HTML.",
                "Writes to standard output, or to FILE with --out."})
final class ExportCommand extends LibraryCommand {

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path outFile;

    @Option(names = "--article", paramLabel = "ID", description = "Export only this article (id or unique prefix).")
    String articleId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml (default), markdown or html; markdown and html need --article.")
    String format;

    @Override
    int run() throws IOException {
        if (!List.of("yaml", "markdown", "md", "html").contains(format)) {
            throw new UserError("--format must be yaml, markdown or html, not '" + format + "'", 2);
        }
        if (!format.equals("yaml") && articleId == null) {
            throw new UserError("--format " + format + " exports one article: give it with --article ID", 2);
        }
        if (outFile != null) {
            SafeFileWriter.refusal(outFile, libraryPath()).ifPresent(why -> {
                throw new UserError(why);
            });
        }
        try (Library library = openLibrary()) {
            SafeFileWriter.Content content;
            if (articleId == null) {
                content = w -> export(library, w);
            } else {
                Article a = ShowCommand.resolve(library, articleId);
                ArticleNeighbours neighbours = ArticleNeighbours.of(library::idForTitle,
                        name -> library.seriesOverview(name).articles(), library::referencedBy);
                PageContext context = neighbours.contextFor(a, List.of());
                String text = switch (format) {
                    case "markdown", "md" -> MarkdownExport.markdown(a, context);
                    case "html" -> ArticlePage.forExport(MathEngine.shared()).html(a, context);
                    default -> export(List.of(a));
                };
                content = w -> w.write(text);
            }
            if (outFile == null) {
                content.writeTo(rawOut());
                return 0;
            }
            try {
                SafeFileWriter.write(outFile, libraryPath(), content);
            } catch (IOException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        err().println("exported to " + outFile.toAbsolutePath());
        return 0;
    }

    /** The YAML of the given articles, in the given order. */
    static String export(List<Article> articles) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Article a : articles) {
            list.add(toMap(a));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("articles", list);
        return Yaml.dump(root);
    }

    /**
     * The YAML of every article, written one article at a time, so the memory it needs does not grow with the
     * library: the same bytes as {@link #export(List)} of them all (a block list's items are written alike at
     * the top and under a key).
     */
    static void export(Library library, Writer out) throws IOException {
        boolean[] any = {false};
        try {
            library.forEachArticle(a -> {
                try {
                    if (!any[0]) {
                        out.write("articles:\n");
                        any[0] = true;
                    }
                    out.write(Yaml.dump(List.of(toMap(a))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!any[0]) {
            out.write("articles: []\n");
        }
        out.flush();
    }

    static Map<String, Object> toMap(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("display_title", a.displayTitle());
        m.put("aliases", a.aliases());
        m.put("date", a.date().iso());
        m.put("month_day", a.date().monthDay());
        m.put("year_known", a.date().isYearKnown());
        m.put("readers", a.readers());
        List<Map<String, Object>> history = new ArrayList<>();
        for (ReaderCount r : a.readerHistory()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("source", r.source());
            h.put("readers", r.readers());
            history.add(h);
        }
        m.put("reader_history", history);
        m.put("series", a.series() == null ? null : a.series().series());
        m.put("part", a.series() == null ? null : a.series().part());
        m.put("part_suffix", a.series() == null ? null : a.series().suffix());
        m.put("excerpt_only", a.excerptOnly());
        m.put("sources", a.sources());
        m.put("body", ExportText.plain(a.body()));
        ExportText.putPostKeys(m, a);
        return m;
    }
}
