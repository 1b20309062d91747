package kexuereader.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal even with Chinese in them: CJK characters take two
 * columns, so widths are counted in terminal cells, not characters. Long cells are cut with an ellipsis.
 */
final class TextTable {

    private final List<String> headers;
    private final List<Boolean> rightAligned;
    private final List<Integer> maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> headers, List<Boolean> rightAligned, List<Integer> maxWidths) {
        this.headers = headers;
        this.rightAligned = rightAligned;
        this.maxWidths = maxWidths;
    }

    /** Columns as {@code "Name"}, {@code ">Name"} (right-aligned) or {@code "Name:40"} (cut at 40 cells). */
    static TextTable of(String... columns) {
        List<String> headers = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        List<Integer> max = new ArrayList<>();
        for (String c : columns) {
            boolean r = c.startsWith(">");
            String name = r ? c.substring(1) : c;
            int colon = name.lastIndexOf(':');
            int limit = Integer.MAX_VALUE;
            if (colon > 0 && name.substring(colon + 1).chars().allMatch(Character::isDigit)) {
                limit = Integer.parseInt(name.substring(colon + 1));
                name = name.substring(0, colon);
            }
            headers.add(name);
            right.add(r);
            max.add(limit);
        }
        return new TextTable(headers, right, max);
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            Object cell = i < cells.length ? cells[i] : null;
            String text = cell == null ? "" : cell.toString().replace('\n', ' ');
            row.add(cut(text, maxWidths.get(i)));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        printRow(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        printRow(out, rule, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
        out.flush();
    }

    private void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            int pad = widths[i] - width(cell);
            boolean last = i == cells.size() - 1;
            if (rightAligned.get(i)) {
                sb.append(" ".repeat(pad)).append(cell);
            } else {
                sb.append(cell);
                if (!last) {
                    sb.append(" ".repeat(pad));
                }
            }
            if (!last) {
                sb.append("  ");
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    /** Terminal cells the text takes: two for East Asian wide characters, one otherwise. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static String cut(String s, int maxWidth) {
        if (maxWidth == Integer.MAX_VALUE || width(s) <= maxWidth) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = isWide(cp) ? 2 : 1;
            if (w + cw > maxWidth - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
