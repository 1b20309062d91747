package kexuereader.bench.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kexuereader.ingest.page.ArticlePageParser;
import kexuereader.math.ArticleMath;
import kexuereader.math.Formula;
import kexuereader.math.MathEngine;
import kexuereader.math.Paragraph;
import kexuereader.math.Segment;
import kexuereader.math.Tag;
import kexuereader.model.Entry;
import kexuereader.reading.BlockUnits;

/** The benchmark's formulas: every formula of the given article files, in reading order, per article. */
final class Corpus {

    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    private Corpus() {
    }

    /** One list per file, its formulas in reading order (references to equations are not formulas). */
    static List<List<FormulaCase>> read(List<Path> files) throws IOException {
        List<List<FormulaCase>> docs = new ArrayList<>();
        int d = 0;
        for (Path file : files) {
            String body = Files.readString(file, StandardCharsets.UTF_8);
            List<Entry> page = file.getFileName().toString().startsWith("kexue-")
                    ? ArticlePageParser.parse(body, new ArrayList<>()) : List.of();
            if (!page.isEmpty() && !page.get(0).blocks().isEmpty()) {
                // a captured page: its formulas as the reader imports them (Markdown escapes and HTML entities
                // undone, as the blog's page hands them to MathJax)
                body = BlockUnits.body(page.get(0).blocks());
            } else if (file.getFileName().toString().endsWith(".md")) {
                // the sample pages saved as Markdown escape ASCII punctuation (\\pi, \_): the formulas are the unescaped ones
                body = MARKDOWN_ESCAPE.matcher(body).replaceAll("$1");
            }
            ArticleMath math = MathEngine.prepare(body);
            List<FormulaCase> cases = new ArrayList<>();
            int n = 0;
            for (Paragraph p : math.paragraphs()) {
                for (Segment s : p.segments()) {
                    Formula f;
                    List<String> tags = List.of();
                    if (s instanceof Segment.Inline i) {
                        f = i.formula();
                    } else if (s instanceof Segment.Display disp) {
                        f = disp.formula();
                        tags = disp.tags().stream().map(Tag::shown).toList();
                    } else {
                        continue;
                    }
                    cases.add(new FormulaCase(d + "-" + (++n), f.source(), FormulaCase.texOf(f.source()), f.display(),
                            tags, s));
                }
            }
            docs.add(cases);
            d++;
        }
        return docs;
    }

}
