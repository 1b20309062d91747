package kexuereader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kexuereader.ingest.DumpParser;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.math.MathEngine;
import kexuereader.model.Article;
import kexuereader.model.Entry;
import kexuereader.reading.ArticlePage;
import kexuereader.reading.PageContext;

/**
 * Article pages (format C) and the archive index (format D) at the real blog's size: importing 1,300 page
 * captures into a fresh library (target ≤ 10 s), importing them again (about the cost of hashing), importing
 * an index of the same 1,300 posts (target ≤ 0.5 s), and building the reading page of 重温SSM(三), the
 * longest bundled capture, warm (target ≤ 150 ms) — the page of an article held as blocks.
 */
final class PagesBench {

    static final int PAGES = 1_300;

    private PagesBench() {
    }

    static List<Figure> run(Workspace ws, Settings s) {
        try {
            return figures(ws, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Figure> figures(Workspace ws, Settings s) throws IOException {
        Path dir = ws.scratch("pages.tmp");
        Path captures = Files.createDirectories(dir.resolve("captures"));
        List<SyntheticPages.Post> posts = SyntheticPages.writePages(captures, PAGES);
        List<Path> files;
        try (java.util.stream.Stream<Path> listed = Files.list(captures)) {
            files = listed.sorted().toList(); // .md and .txt captures alike
        }
        Path index = dir.resolve("content.md");
        Files.writeString(index, SyntheticPages.index(posts), StandardCharsets.UTF_8);
        long bytes = SyntheticPages.bytes(files);
        String input = String.format(Locale.ROOT, "%,d pages, %.1f MB", files.size(), bytes / 1e6);
        int runs = Math.max(1, Math.min(3, s.importRuns()));
        List<Double> imports = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        List<Double> indexIntoPages = new ArrayList<>();
        List<Double> indexAlone = new ArrayList<>();
        int articles = 0;
        for (int r = 0; r < runs; r++) {
            Path lib = ws.scratch("pages-lib.tmp").resolve("library.db");
            ws.log().printf("pages: import %s, run %d of %d%n", input, r + 1, runs);
            ws.log().flush();
            imports.add(Timing.once(() -> {
                try (Library library = Library.open(lib)) {
                    for (Path f : files) {
                        library.importFile(f, null);
                    }
                }
            }) / 1000);
            again.add(Timing.once(() -> {
                try (Library library = Library.open(lib)) {
                    for (Path f : files) {
                        library.importFile(f, null);
                    }
                }
            }) / 1000);
            indexIntoPages.add(Timing.once(() -> {
                try (Library library = Library.open(lib)) {
                    library.importFile(index, null);
                }
            }) / 1000);
            try (Library library = Library.open(lib)) {
                articles = library.count(ArticleFilter.ALL);
            }
            Path empty = ws.scratch("index-lib.tmp").resolve("library.db");
            try (Library library = Library.open(empty)) {
                indexAlone.add(Timing.once(() -> library.importFile(index, null)) / 1000);
            }
        }
        List<Double> hashing = Timing.millis(1, 3, () -> {
            for (Path f : files) {
                Timing.sink = DumpParser.sha256(ParseBench.read(f));
            }
        }).stream().map(ms -> ms / 1000).toList();
        Stats hash = Stats.of(hashing);
        List<Figure> figures = new ArrayList<>();
        Stats imp = Stats.of(imports);
        figures.add(Figure.atMost("import article pages into a fresh library", input + (articles == PAGES ? ""
                : " (" + articles + " articles made!)"), "s", imp, 10, imp.median(), null, null));
        Stats re = Stats.of(again);
        figures.add(new Figure("import the same pages again", input, "s", re, hash.median(), "hashing",
                re.median() / hash.median(), "≈ hashing", null));
        Stats ip = Stats.of(indexIntoPages);
        figures.add(Figure.atMost("import the archive index (library of the pages)",
                String.format(Locale.ROOT, "%,d posts", posts.size()), "s", ip, 0.5, ip.median(), null, null));
        Stats ia = Stats.of(indexAlone);
        figures.add(Figure.atMost("import the archive index (fresh library)",
                String.format(Locale.ROOT, "%,d posts", posts.size()), "s", ia, 0.5, ia.median(), null, null));
        figures.addAll(openPage(s));
        return figures;
    }

    /** Building the reading page of 重温SSM(三) from its blocks, warm, with an empty render cache each time. */
    private static List<Figure> openPage(Settings s) {
        Path tmp;
        try {
            tmp = Files.createTempFile("kexue-ssm3-", ".md");
            Files.writeString(tmp, SyntheticPages.sample("kexue-10162.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Entry e = DumpParser.parse(tmp).entries().get(0);
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a temporary file: the system cleans it up
        }
        Article a = new Article("ssm3", e.title(), e.title(), List.of(), e.date(), e.readers(), List.of(), null,
                e.excerptOnly(), List.of("kexue-10162.md"), e.paragraphs(), e.content(), e.blocks(), e.post());
        int formulas = MathEngine.prepare(kexuereader.model.BlockText.markdown(e.blocks()).stream()
                .reduce((x, y) -> x + "\n\n" + y).orElse("")).formulas().size();
        for (int w = 0; w < Math.max(2, s.warmUps()); w++) {
            Timing.sink = ArticlePage.forReader(new MathEngine()).html(a, PageContext.standalone());
        }
        List<Double> warm = new ArrayList<>();
        for (int r = 0; r < s.runs(); r++) {
            ArticlePage page = ArticlePage.forReader(new MathEngine());
            warm.add(Timing.once(() -> Timing.sink = page.html(a, PageContext.standalone())));
        }
        Stats st = Stats.of(warm);
        return List.of(Figure.atMost("open an article page (blocks): warm", "重温SSM(三), " + formulas + " formulas",
                "ms", st, 150, st.median(), null, null));
    }
}
