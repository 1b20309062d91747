package kexuereader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The command-line contract: output lines, YAML shapes and exit codes. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = dir.resolve("library.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        Cli.Outcome o = Cli.run(all, new PrintWriter(out), new PrintWriter(err));
        assertFalse(o.startGui());
        return new Run(o.exitCode(), out.toString(), err.toString());
    }

    @Test
    void importPrintsOneLinePerFileAndExitsZero() {
        Run r = run("import", "seeds");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "imported 000_e3142876857722e2.txt: 8 entries, 8 new articles",
                "imported 001_95bb87b542fe4540.txt: 8 entries, 6 new articles",
                "imported 002_55cfdcb7eb7001e4.txt: 7 entries, 7 new articles",
                "imported 003_fb4d3f66c4655120.txt: 5 entries, 3 new articles",
                "imported 004_89c2599345ba7199.txt: 8 entries, 8 new articles"), r.out().lines().toList());
    }

    @Test
    void aFileTheLibraryCannotWriteIsNamedAndTheFilesBeforeItStay() throws Exception {
        run("stats"); // makes the library
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON source WHEN NEW.file_name = '003_fb4d3f66c4655120.txt'"
                    + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }
        Run r = run("import", "seeds");
        assertEquals(List.of(
                "imported 000_e3142876857722e2.txt: 8 entries, 8 new articles",
                "imported 001_95bb87b542fe4540.txt: 8 entries, 6 new articles",
                "imported 002_55cfdcb7eb7001e4.txt: 7 entries, 7 new articles"), r.out().lines().toList());
        assertTrue(r.err().contains("cannot import 003_fb4d3f66c4655120.txt"), r.err());
        assertTrue(r.err().contains("refused by the test"), r.err());
        assertEquals(21, countArticles());
    }

    @Test
    void aRejectedFileMakesTheExitCodeOneAndKeepsTheOthers() throws IOException {
        Path bad = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Run r = run("import", bad.toString(), "seeds/000_e3142876857722e2.txt");
        assertEquals(1, r.code());
        assertEquals(List.of("rejected photo.txt: binary file (PNG image), not a text dump",
                "imported 000_e3142876857722e2.txt: 8 entries, 8 new articles"), r.out().lines().toList());
        assertEquals(8, countArticles());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("import").code());
        assertEquals(2, run("import", "--year", "abc", "seeds").code());
        assertEquals(2, run("list", "--sort", "size").code());
        assertEquals(2, run("frobnicate").code());
        Run r = run("search", "--format", "json", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: "), r.err());
    }

    @Test
    void errorsAreOneLineWithoutAStackTrace() throws IOException {
        Path notALibrary = Files.writeString(dir.resolve("notes.db"), "just some text, not SQLite");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Outcome o = Cli.run(new String[] {"--library", notALibrary.toString(), "list"}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(1, o.exitCode());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("not a kexue-reader library"), err.toString());
        assertFalse(err.toString().contains("Exception"));
        assertEquals("just some text, not SQLite", Files.readString(notALibrary), "left untouched");
    }

    @Test
    void exportIsTheDocumentedYamlAndDeterministic() throws IOException {
        run("import", "seeds");
        Run r = run("export");
        assertEquals(0, r.code());
        Map<String, Object> root = new Yaml().load(r.out());
        List<Map<String, Object>> articles = list(root.get("articles"));
        assertEquals(32, articles.size());
        for (Map<String, Object> a : articles) {
            assertEquals(List.of("id", "title", "display_title", "aliases", "date", "month_day", "year_known",
                    "readers", "reader_history", "series", "part", "part_suffix", "excerpt_only", "sources", "body",
                    "blog_id", "url", "categories", "tags", "comments", "content"),
                    List.copyOf(a.keySet()));
        }
        Map<String, Object> first = articles.get(0);
        assertEquals("Muon续集:为什么我们选择尝试Muon?", first.get("title"));
        assertEquals("2025-02-27", first.get("date"));
        Map<String, Object> last = articles.get(articles.size() - 1);
        assertEquals(false, last.get("year_known"));
        assertEquals(null, last.get("date"));
        assertFalse(r.out().contains("&id"), "no YAML anchors");

        Path out = dir.resolve("导出 文件.yaml");
        assertEquals(0, run("export", "--out", out.toString()).code());
        assertEquals(r.out(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void searchFindsChineseAndWritesYamlHits() {
        run("import", "seeds");
        Run table = run("search", "扩散");
        assertEquals(0, table.code());
        assertTrue(table.out().contains("«扩散»"), table.out());
        Run yaml = run("search", "--format", "yaml", "--limit", "3", "RoPE");
        Map<String, Object> root = new Yaml().load(yaml.out());
        List<Map<String, Object>> hits = list(root.get("hits"));
        assertEquals(3, hits.size());
        for (Map<String, Object> h : hits) {
            assertEquals(List.of("id", "title", "snippet"), List.copyOf(h.keySet()));
            assertTrue(h.get("snippet").toString().contains("«RoPE»"));
        }
        Run all = run("search", "--format", "yaml", "--limit", "0", "模型");
        assertTrue(list(new Yaml().<Map<String, Object>>load(all.out()).get("hits")).size() > 20);
    }

    @Test
    void listShowAndStatsAreReadable() {
        run("import", "seeds");
        Run list = run("list", "--series", "MoE环游记");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("MoE环游记:1、从几何意义出发") && list.out().contains("2 articles"), list.out());
        Run byReaders = run("list", "--sort", "readers", "--limit", "1");
        assertTrue(byReaders.out().contains("143,976"), byReaders.out());
        String id = byReaders.out().lines().skip(2).findFirst().orElseThrow().split("\\s+")[0];
        Run show = run("show", id);
        assertEquals(0, show.code());
        assertTrue(show.out().startsWith("Transformer升级之路:18、RoPE的底数选择原则"), show.out());
        assertEquals(0, run("show", id.substring(0, 6)).code(), "a unique prefix is enough");
        assertEquals(1, run("show", "no-such-id").code());
        Run stats = run("stats");
        assertTrue(stats.out().contains("articles") && stats.out().contains("32"), stats.out());
    }

    @Test
    void formulasCheckCoversFilesOrTheLibrary() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "设$x^2$,则\\begin{equation}e^{i\\pi}+1=0\\end{equation}");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "坏的$\\nosuchcommand{1}$公式");
        Run r = run("formulas", "check", good.toString());
        assertEquals(0, r.code(), r.out());
        assertEquals(List.of("formulas: 2 total, 2 rendered, 0 failed"), r.out().lines().toList());
        Run failing = run("formulas", "check", good.toString(), bad.toString());
        assertEquals(1, failing.code());
        List<String> lines = failing.out().lines().toList();
        assertTrue(lines.get(0).startsWith("FAIL bad.txt#1: "), lines.toString());
        assertEquals("formulas: 3 total, 2 rendered, 1 failed", lines.get(lines.size() - 1));
        run("import", "seeds");
        Run library = run("formulas", "check");
        assertEquals(0, library.code(), library.out());
        assertTrue(library.out().strip().matches("formulas: \\d+ total, \\d+ rendered, 0 failed"), library.out());
        Path html = dir.resolve("gallery.html");
        assertEquals(0, run("formulas", "gallery", "--out", html.toString()).code());
        assertTrue(Files.readString(html).contains("<svg"));
        assertEquals(2, run("formulas").code());
    }

    @Test
    void oneArticleExportsAsMarkdownOrHtml() throws IOException {
        run("import", "seeds");
        Run byReaders = run("list", "--sort", "readers", "--limit", "1");
        String id = byReaders.out().lines().skip(2).findFirst().orElseThrow().split("\\s+")[0];
        Run md = run("export", "--article", id, "--format", "markdown");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Transformer升级之路:18、RoPE的底数选择原则\n"), md.out());
        assertTrue(md.out().contains("$\\theta_i = b^{-2i/d}$"), md.out());
        Path html = dir.resolve("一篇 文章.html");
        assertEquals(0, run("export", "--article", id, "--format", "html", "--out", html.toString()).code());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(html));
        assertEquals("Transformer升级之路:18、RoPE的底数选择原则", doc.getElementById("title").text());
        assertTrue(doc.select(".math svg").size() >= 3);
        assertEquals(2, run("export", "--format", "markdown").code(), "markdown needs --article");
        assertEquals(2, run("export", "--article", id, "--format", "pdf").code());
        Run yamlOne = run("export", "--article", id);
        assertEquals(1, list(new Yaml().<Map<String, Object>>load(yamlOne.out()).get("articles")).size());
    }

    @Test
    void statsPrintsTheChartsAsText() {
        run("import", "seeds");
        String out = run("stats").out();
        assertTrue(out.contains("Articles per month"), out);
        assertTrue(out.contains("2024-04         3  生成扩散模型漫谈 3"), out);
        assertTrue(out.contains("Series 生成扩散模型漫谈, part by part"), out);
        assertTrue(out.contains("Articles seen by more than one dump"), out);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : Cli.commandNames()) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().contains("Usage:"), command);
        }
    }

    /**
     * The command names have one home, the parser's table of subcommands: the launcher script, which must know
     * them before any Java runs (a command gets the JVM's defaults, the window its start-up options), lists
     * exactly those. (Main needs no list: its short way to the window takes only --library FILE.)
     */
    @Test
    void theLauncherKnowsExactlyTheCommands() throws IOException {
        String script = Files.readString(Path.of("src/dist/kexue-reader"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*((?:[a-z-]+\\|)+-h\\|--help[^)]*)\\)")
                .matcher(script);
        assertTrue(m.find(), "the launcher's case of the commands");
        List<String> words = List.of(m.group(1).split("\\|"));
        List<String> commands = words.stream().filter(w -> !w.startsWith("-")).sorted().toList();
        assertEquals(Cli.commandNames().stream().sorted().toList(), commands);
        assertEquals(List.of("-h", "--help", "-V", "--version"), words.stream().filter(w -> w.startsWith("-")).toList());
    }

    @Test
    void theBenchmarksAreNotACommandOfTheProduct() {
        assertTrue(!Cli.commandNames().contains("bench"), Cli.commandNames().toString());
        assertEquals(2, run("bench").code());
        assertEquals(2, run("formulas", "bench").code());
    }

    @Test
    void versionNamesTheProgram() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("kexue-reader "), r.out());
    }

    @Test
    void theTableAlignsChinese() {
        assertEquals(4, TextTable.width("扩散"));
        assertEquals(6, TextTable.width("RoPE扩"));
        assertEquals("扩散…", TextTable.cut("扩散模型漫谈", 6));
    }

    private int countArticles() {
        Run r = run("export");
        return list(new Yaml().<Map<String, Object>>load(r.out()).get("articles")).size();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
