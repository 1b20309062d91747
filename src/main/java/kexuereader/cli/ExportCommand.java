package kexuereader.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kexuereader.library.Library;
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
            refuseLibraryFiles(outFile, libraryPath());
        }
        String text;
        try (Library library = openLibrary()) {
            if (articleId == null) {
                text = export(library.allArticles());
            } else {
                Article a = ShowCommand.resolve(library, articleId);
                ArticleNeighbours neighbours = ArticleNeighbours.of(library::idForTitle,
                        name -> library.seriesOverview(name).articles(), library::referencedBy);
                PageContext context = neighbours.contextFor(a, List.of());
                text = switch (format) {
                    case "markdown", "md" -> MarkdownExport.markdown(a, context);
                    case "html" -> ArticlePage.forExport(MathEngine.shared()).html(a, context);
                    default -> export(List.of(a));
                };
            }
        }
        if (outFile == null) {
            out().print(text);
            return 0;
        }
        writeAtomically(outFile, text);
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

    /** {@code --out} must never name the library (or its -wal and -shm files): the export would replace it. */
    static void refuseLibraryFiles(Path target, Path library) {
        Path t = target.toAbsolutePath().normalize();
        Path lib = library.toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path f = lib.resolveSibling(lib.getFileName() + suffix);
            boolean same = t.equals(f);
            if (!same && Files.exists(t) && Files.exists(f)) {
                try {
                    same = Files.isSameFile(t, f); // the same file by another path (a link)
                } catch (IOException ignored) {
                    // cannot tell: the paths differ, so write where asked
                }
            }
            if (same) {
                throw new UserError("cannot write " + target + ": it is the library " + library
                        + (suffix.isEmpty() ? "" : " (its " + suffix.substring(1) + " file)") + "; choose another file");
            }
        }
    }

    /**
     * Writes through a temporary file beside the target and renames it, so an interrupted export never leaves
     * half a file; the path is used as given (spaces, Chinese and {@code ..} mean what they say).
     */
    static void writeAtomically(Path target, String text) {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new UserError("cannot write " + target + ": it is a folder");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".kexue-export-", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the error below is what matters
                }
            }
            throw new UserError("cannot write " + target + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }
}
