package kexuereader.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import kexuereader.library.SampleDumps;
import kexuereader.math.Document;
import kexuereader.math.FormulaBench;
import kexuereader.model.Dump;
import kexuereader.model.Entry;

/**
 * The math engineer's figure, {@code formulas bench} over the seeds' article bodies: time per formula (parse,
 * layout, SVG; render cache off), by {@link FormulaBench} itself. Its median is the median formula of the last
 * run set; min and max are the extremes of its five run medians.
 */
final class FormulasFigure {

    private FormulasFigure() {
    }

    static List<Figure> run() {
        List<Document> docs = new ArrayList<>();
        for (Dump d : SampleDumps.load()) {
            int i = 0;
            for (Entry e : d.entries()) {
                docs.add(new Document(d.fileName() + "#" + i++, e.body()));
            }
        }
        FormulaBench.Result r = FormulaBench.run(docs, new PrintWriter(Writer.nullWriter()));
        Stats runs = Stats.of(r.runMedians());
        Stats stats = new Stats(r.runMedians().size(), r.medianUs(), runs.min(), runs.max(), r.p90Us());
        return List.of(Figure.plain("formulas bench: per formula", r.formulas() + " seed formulas, p90 "
                + Report.number(r.p90Us()) + " us", "us", stats));
    }
}
