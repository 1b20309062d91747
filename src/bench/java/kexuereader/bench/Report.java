package kexuereader.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints the figures as one aligned table, Chinese counted as two columns as a terminal shows it. */
public final class Report {

    private static final String[] HEADERS = {"figure", "input", "median", "min", "max", "unit", "floor", "ratio",
        "target", "met"};

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void add(Figure f) {
        figures.add(f);
    }

    public void addAll(List<Figure> fs) {
        figures.addAll(fs);
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public void print(PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (Figure f : figures) {
            rows.add(new String[] {f.name(), f.input(), number(f.stats().median()), number(f.stats().min()),
                number(f.stats().max()), f.unit(), f.floor() == null ? "" : number(f.floor()) + " " + f.floorIs(),
                f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f×", f.ratio()), f.target(),
                f.met() == null ? "" : f.met() ? "yes" : "NO"});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean right = i >= 2 && i <= 4;
                String pad = " ".repeat(widths[i] - width(r[i]));
                sb.append(right ? pad + r[i] : r[i] + pad).append(i + 1 < r.length ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
            if (k == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w + 2;
                }
                out.println("-".repeat(total - 2));
            }
        }
        for (String n : notes) {
            out.println(n);
        }
        out.flush();
    }

    /** Three significant digits are plenty for a benchmark; large numbers keep their integer part. */
    static String number(double d) {
        double a = Math.abs(d);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", d);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** Display width: East Asian wide characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD);
            w += wide ? 2 : 1;
        }
        return w;
    }
}
