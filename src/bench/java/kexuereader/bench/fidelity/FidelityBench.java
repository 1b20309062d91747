package kexuereader.bench.fidelity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import kexuereader.math.DisplayRendering;
import kexuereader.math.MathEngine;
import kexuereader.math.RenderStyle;
import kexuereader.math.Rendering;
import kexuereader.math.Segment;

/**
 * The fidelity benchmark (docs/math.md, "Fidelity"): {@code prepare WORK FILE…} writes the formulas for MathJax
 * ({@code jobs.json}) and renders ours; {@code src/bench/fidelity/mathjax-svg.js WORK} renders MathJax's;
 * {@code measure WORK} rasterises both, compares them and prints the figures and writes the contact sheets;
 * {@code speed WORK FILE…} times ours on the same formulas as {@code katex-time.js} timed KaTeX just before.
 */
public final class FidelityBench {

    private static final String SEP = "\u001f";
    /** 0.1 em at 40 px per em. */
    private static final int DILATION_PX = 4;

    private FidelityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[1]);
        if (args[0].equals("prepare")) {
            prepare(work, Arrays.stream(args).skip(2).map(Path::of).toList());
        } else if (args[0].equals("speed")) {
            Speed.compare(work, Arrays.stream(args).skip(2).map(Path::of).toList(), System.out);
        } else {
            measure(work, System.out);
        }
    }

    static void prepare(Path work, List<Path> files) throws IOException {
        Files.createDirectories(work.resolve("ours"));
        List<List<FormulaCase>> docs = Corpus.read(files);
        MathEngine engine = new MathEngine(0);
        RenderStyle style = new RenderStyle(RenderStyle.Mode.AUTO, "#000000", 0);
        StringBuilder json = new StringBuilder("[");
        List<String> lines = new ArrayList<>();
        for (List<FormulaCase> doc : docs) {
            json.append(json.length() > 1 ? "," : "").append("{\"formulas\":[");
            for (int i = 0; i < doc.size(); i++) {
                FormulaCase c = doc.get(i);
                json.append(i > 0 ? "," : "").append("{\"id\":\"").append(c.id()).append("\",\"tex\":")
                        .append(jsonString(c.tex())).append(",\"display\":").append(c.display()).append('}');
                Rendering r = c.segment() instanceof Segment.Display d ? engine.renderDisplay(d, style).body()
                        : engine.render(((Segment.Inline) c.segment()).formula(), style);
                String error = "";
                if (r instanceof Rendering.Svg svg) {
                    Files.writeString(work.resolve("ours").resolve(c.id() + ".svg"), svg.markup(),
                            StandardCharsets.UTF_8);
                } else {
                    error = ((Rendering.Failure) r).reason();
                    error = error.isEmpty() ? "(no reason)" : error;
                }
                lines.add(String.join("\t", c.id(), String.valueOf(c.display()), flat(error),
                        String.join(SEP, c.ourTags()), flat(c.source())));
            }
            json.append("]}");
        }
        Files.writeString(work.resolve("jobs.json"), json.append(']'), StandardCharsets.UTF_8);
        Files.write(work.resolve("ours.tsv"), lines, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (int d = 0; d < files.size(); d++) {
            names.add(d + "\t" + files.get(d));
        }
        Files.write(work.resolve("documents.tsv"), names, StandardCharsets.UTF_8);
        System.out.println("ours: " + lines.size() + " formulas in " + docs.size() + " documents");
    }

    /** One formula as both engines left it. */
    private record Row(String id, boolean display, String ourError, List<String> ourTags, String source,
                       String mjError, List<String> mjTags) {
    }

    static void measure(Path work, PrintStream out) throws Exception {
        Map<String, String[]> mj = new HashMap<>();
        for (String line : Files.readAllLines(work.resolve("mathjax.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            mj.put(f[0], f);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("ours.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            String[] m = mj.get(f[0]);
            rows.add(new Row(f[0], Boolean.parseBoolean(f[1]), f[2], tags(f[3]), f[4],
                    m == null ? "missing" : m[1], m == null ? List.of() : tags(m[2])));
        }
        Path png = work.resolve("png");
        Files.createDirectories(png);
        Map<String, InkMask> ours = new HashMap<>();
        Map<String, InkMask> theirs = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> jobs = new ArrayList<>();
        for (Row r : rows) {
            if (r.ourError().isEmpty() && r.mjError().isEmpty()) {
                jobs.add(pool.submit(() -> {
                    InkMask o = mask(work.resolve("ours").resolve(r.id() + ".svg"), png, r.id() + "-ours.png");
                    InkMask t = mask(work.resolve("mj").resolve(r.id() + ".svg"), png, r.id() + "-mj.png");
                    synchronized (ours) {
                        ours.put(r.id(), o);
                        theirs.put(r.id(), t);
                    }
                    return null;
                }));
            }
        }
        for (Future<?> j : jobs) {
            j.get();
        }
        pool.shutdown();
        Map<String, Comparison> cmp = new HashMap<>();
        for (Row r : rows) {
            InkMask o = ours.get(r.id());
            InkMask t = theirs.get(r.id());
            if (o == null || o.empty() || t.empty()) {
                continue;
            }
            cmp.put(r.id(), new Comparison(InkMask.fScore(o, t, DILATION_PX), (double) o.inkWidth() / t.inkWidth(),
                    (o.inkDepth() - t.inkDepth()) / Rasteriser.PX_PER_EM));
        }
        out.println("All formulas (the project's corpus and the sample pages):");
        printTable(rows, cmp, out);
        List<String> corpusDocs = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("documents.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 2);
            if (f[1].contains("kexuereader/math/corpus/")) {
                corpusDocs.add(f[0] + "-");
            }
        }
        List<Row> real = rows.stream().filter(r -> corpusDocs.stream().noneMatch(r.id()::startsWith)).toList();
        out.println();
        out.println("Sample pages only (real blog formulas, " + real.size() + "):");
        printTable(real, cmp, out);
        List<Row> compared = rows.stream().filter(r -> cmp.containsKey(r.id())).toList();
        List<Row> worst = compared.stream().sorted(Comparator.comparingDouble(r -> cmp.get(r.id()).fScore())).limit(40)
                .toList();
        List<Row> random = new ArrayList<>(compared);
        Collections.shuffle(random, new Random(13));
        random = random.subList(0, Math.min(30, random.size()));
        sheets(worst, "worst", cmp, ours, theirs, work);
        sheets(random, "random", cmp, ours, theirs, work);
        // inline formulas are few among the worst of all: their own worst 20, and every score, to look them up
        List<Row> worstInline = compared.stream().filter(r -> !r.display())
                .sorted(Comparator.comparingDouble(r -> cmp.get(r.id()).fScore())).limit(20).toList();
        sheets(worstInline, "worst-inline", cmp, ours, theirs, work);
        List<String> scores = new ArrayList<>();
        for (Row r : compared) {
            Comparison c = cmp.get(r.id());
            scores.add(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%.3f\t%+.3f\t%s", r.id(), r.display() ? "display" : "inline",
                    c.fScore(), c.widthRatio(), c.depthDiff(), r.source().replace('\t', ' ').replace('\n', ' ')));
        }
        Files.write(work.resolve("scores.tsv"), scores, StandardCharsets.UTF_8);
        out.println("contact sheets: " + work.resolve("sheets"));
    }

    private static void sheets(List<Row> rows, String name, Map<String, Comparison> cmp, Map<String, InkMask> ours,
                               Map<String, InkMask> theirs, Path work) throws IOException {
        Files.createDirectories(work.resolve("sheets"));
        for (int from = 0, k = 1; from < rows.size(); from += 10, k++) {
            List<ContactSheet.Row> sheet = new ArrayList<>();
            for (Row r : rows.subList(from, Math.min(rows.size(), from + 10))) {
                Comparison c = cmp.get(r.id());
                sheet.add(new ContactSheet.Row(String.format(Locale.ROOT, "%s F=%.3f w=%.3f d=%+.2f", r.id(),
                        c.fScore(), c.widthRatio(), c.depthDiff()), r.source(), theirs.get(r.id()), ours.get(r.id())));
            }
            ContactSheet.write(sheet, work.resolve("sheets").resolve(name + "-" + k + ".png"));
        }
    }

    private static void printTable(List<Row> rows, Map<String, Comparison> cmp, PrintStream out) {
        out.println("| figure | inline | display |");
        out.println("|---|---|---|");
        out.println("| formulas compared (both rendered, with ink) | " + count(rows, cmp, false) + " | "
                + count(rows, cmp, true) + " |");
        out.println("| formulas with F < 0.9 (visibly different) | " + share(rows, cmp, false, c -> c.fScore() < 0.9)
                + " | " + share(rows, cmp, true, c -> c.fScore() < 0.9) + " |");
        out.println("| median F | " + median(rows, cmp, false, Comparison::fScore) + " | "
                + median(rows, cmp, true, Comparison::fScore) + " |");
        out.println("| median ink width, ours ÷ MathJax | " + median(rows, cmp, false, Comparison::widthRatio) + " | "
                + median(rows, cmp, true, Comparison::widthRatio) + " |");
        out.println("| depth below the baseline off by > 0.1 em | "
                + share(rows, cmp, false, c -> Math.abs(c.depthDiff()) > 0.1) + " | "
                + share(rows, cmp, true, c -> Math.abs(c.depthDiff()) > 0.1) + " |");
        long displays = rows.stream().filter(Row::display).count();
        long same = rows.stream().filter(r -> r.display() && r.ourTags().equals(r.mjTags())).count();
        out.println(String.format(Locale.ROOT, "| equation numbers identical to MathJax's | %d of %d display formulas"
                + " (%.1f %%) | |", same, displays, 100.0 * same / displays));
        List<Row> failedHere = rows.stream().filter(r -> !r.ourError().isEmpty() && r.mjError().isEmpty()).toList();
        long mjRendered = rows.stream().filter(r -> r.mjError().isEmpty()).count();
        out.println(String.format(Locale.ROOT, "| fail where MathJax renders | %d of %d (%.2f %%) | |",
                failedHere.size(), mjRendered, 100.0 * failedHere.size() / mjRendered));
        long mjFailed = rows.stream().filter(r -> !r.mjError().isEmpty()).count();
        long bothFailed = rows.stream().filter(r -> !r.mjError().isEmpty() && !r.ourError().isEmpty()).count();
        out.println("| MathJax fails (ours fails too) | " + mjFailed + " (" + bothFailed + ") | |");
        for (Row r : failedHere) {
            out.println("  FAIL " + r.id() + ": " + r.ourError() + ": " + abbreviate(r.source()));
        }
        for (Row r : rows) {
            if (r.display() && !r.ourTags().equals(r.mjTags())) {
                out.println("  NUMBERS " + r.id() + ": ours " + r.ourTags() + ", MathJax " + r.mjTags() + ": "
                        + abbreviate(r.source()));
            }
        }
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 80) : flat;
    }

    private static long count(List<Row> rows, Map<String, Comparison> cmp, boolean display) {
        return rows.stream().filter(r -> r.display() == display && cmp.containsKey(r.id())).count();
    }

    private static String share(List<Row> rows, Map<String, Comparison> cmp, boolean display,
                                java.util.function.Predicate<Comparison> p) {
        List<Comparison> cs = rows.stream().filter(r -> r.display() == display && cmp.containsKey(r.id()))
                .map(r -> cmp.get(r.id())).toList();
        long n = cs.stream().filter(p).count();
        return String.format(Locale.ROOT, "%.1f %% (%d)", cs.isEmpty() ? 0 : 100.0 * n / cs.size(), n);
    }

    private static String median(List<Row> rows, Map<String, Comparison> cmp, boolean display,
                                 java.util.function.ToDoubleFunction<Comparison> f) {
        double[] v = rows.stream().filter(r -> r.display() == display && cmp.containsKey(r.id()))
                .mapToDouble(r -> f.applyAsDouble(cmp.get(r.id()))).sorted().toArray();
        return v.length == 0 ? "-" : String.format(Locale.ROOT, "%.3f", v[v.length / 2]);
    }

    private static InkMask mask(Path svg, Path dir, String name) throws Exception {
        Path png = dir.resolve(name);
        int baseline = Rasteriser.rasterise(svg, dir, png);
        return new InkMask(ImageIO.read(png.toFile()), baseline);
    }

    private static List<String> tags(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(SEP, -1));
    }

    private static String flat(String s) {
        return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
