package kexuereader.math.tex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What numbering needs to know of one display formula: which units may carry a number (the whole formula, or
 * each row of an {@code align}), and each unit's {@code \tag}, {@code \label} and {@code \nonumber}.
 *
 * @param numbering how the environment numbers (with MathJax's {@code tags: 'ams'})
 * @param units     the numbered units in order: one for a single equation, one per row otherwise
 * @param rows      how many rows the formula has (rows of the outer environment, else 1)
 */
public record DisplayStructure(Numbering numbering, List<Unit> units, int rows) {

    /** How an environment gets numbers. */
    public enum Numbering {
        /** {@code equation}: one number. */
        WHOLE,
        /** {@code align}, {@code gather}, {@code eqnarray}, {@code flalign}, {@code alignat}: one per row. */
        EACH_ROW,
        /** {@code multline}: one number, on the last row. */
        LAST_ROW,
        /** {@code $$…$$}, {@code \[…\]}, starred environments: none unless {@code \tag}ged. */
        NONE
    }

    /**
     * One unit that may carry a number.
     *
     * @param row      0-based row the number stands beside
     * @param tag      the text of {@code \tag{…}}, or {@code null}
     * @param tagStar  whether it was {@code \tag*} (shown without parentheses)
     * @param label    the {@code \label}, or {@code null}
     * @param noNumber whether {@code \nonumber} or {@code \notag} suppresses the number
     */
    public record Unit(int row, String tag, boolean tagStar, String label, boolean noNumber) {
    }

    private static final Set<String> EACH_ROW = Set.of("align", "gather", "eqnarray", "flalign", "alignat",
            "xalignat");

    public static DisplayStructure of(String tex) {
        OuterEnvironment outer = OuterEnvironment.of(tex);
        if (outer == null) {
            return new DisplayStructure(Numbering.NONE, List.of(scan(tex, 0)), 1);
        }
        String name = outer.name();
        boolean starred = name.endsWith("*");
        String base = starred ? name.substring(0, name.length() - 1) : name;
        if (base.equals("equation") || base.equals("displaymath")) {
            return new DisplayStructure(starred || base.equals("displaymath") ? Numbering.NONE : Numbering.WHOLE,
                    List.of(scan(outer.body(tex), 0)), 1);
        }
        if (EACH_ROW.contains(base)) {
            List<OuterEnvironment.Row> rows = OuterEnvironment.rows(outer.body(tex));
            List<Unit> units = new ArrayList<>(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                units.add(scan(rows.get(r).text(), r));
            }
            return new DisplayStructure(starred ? Numbering.NONE : Numbering.EACH_ROW, units, rows.size());
        }
        if (base.equals("multline")) {
            int rows = OuterEnvironment.rows(outer.body(tex)).size();
            return new DisplayStructure(starred ? Numbering.NONE : Numbering.LAST_ROW,
                    List.of(scan(outer.body(tex), rows - 1)), rows);
        }
        return new DisplayStructure(Numbering.NONE, List.of(scan(tex, 0)), 1);
    }

    /** Reads {@code \tag}, {@code \label}, {@code \nonumber} and {@code \notag} anywhere in a unit's text. */
    private static Unit scan(String text, int row) {
        String tag = null;
        boolean tagStar = false;
        String label = null;
        boolean noNumber = false;
        if (text.indexOf('\\') < 0) {
            return new Unit(row, null, false, null, false);
        }
        TexIndex index = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '\\') {
                continue;
            }
            int end = Tex.controlSequenceEnd(text, i);
            String word = text.substring(i + 1, end);
            switch (word) {
                case "nonumber", "notag" -> noNumber = true;
                case "tag", "label" -> {
                    int j = end;
                    boolean star = word.equals("tag") && j < n && text.charAt(j) == '*';
                    if (star) {
                        j++;
                    }
                    j = Tex.skipSpaces(text, j);
                    if (index == null) {
                        index = TexIndex.of(text);
                    }
                    int close = index.groupEnd(j);
                    if (close != Tex.NONE) {
                        String arg = text.substring(j + 1, close - 1).trim();
                        if (word.equals("tag") && tag == null) {
                            tag = arg;
                            tagStar = star;
                        } else if (word.equals("label") && label == null) {
                            label = arg;
                        }
                        i = close - 1;
                        continue;
                    }
                }
                default -> {
                }
            }
            i = end - 1;
        }
        return new Unit(row, tag, tagStar, label, noNumber);
    }
}
