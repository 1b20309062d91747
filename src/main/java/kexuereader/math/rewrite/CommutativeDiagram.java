package kexuereader.math.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code \begin{CD}…\end{CD}} (amscd, which MathJax supports and JLaTeXMath lacks) becomes an array: objects
 * in the even columns, {@code @>a>b>} / {@code @<a<b<} as {@code \xrightarrow}/{@code \xleftarrow} between
 * them, and rows of {@code @VaVbV}, {@code @AaAbA}, {@code @|}, {@code @.} as {@code \bigg\downarrow} and
 * friends under the objects, with their labels beside the arrow (MathJax's CD rows stand far apart: the longer
 * arrow comes closer to its height than {@code \Big}'s 1.623 em).
 */
final class CommutativeDiagram {

    private static final String BEGIN = "\\begin{CD}";
    private static final String END = "\\end{CD}";
    /** Longer "labels" are not labels; the bound keeps malformed diagrams linear. */
    private static final int MAX_LABEL = 1000;

    static String apply(String tex) {
        int begin = tex.indexOf(BEGIN);
        if (begin < 0) {
            return tex;
        }
        StringBuilder out = new StringBuilder(tex.length() + 128);
        int copied = 0;
        while (begin >= 0) {
            int end = tex.indexOf(END, begin + BEGIN.length());
            if (end < 0) {
                break;
            }
            out.append(tex, copied, begin).append(convert(tex.substring(begin + BEGIN.length(), end)));
            copied = end + END.length();
            begin = tex.indexOf(BEGIN, copied);
        }
        return out.append(tex, copied, tex.length()).toString();
    }

    private static String convert(String body) {
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> vertical = new ArrayList<>();
        int columns = 1;
        for (String row : splitRows(body)) {
            Row parsed = parseRow(row);
            if (parsed.cells.isEmpty()) {
                continue;
            }
            rows.add(parsed.cells);
            vertical.add(parsed.vertical);
            int objects = parsed.vertical ? parsed.cells.size() : (parsed.cells.size() + 1) / 2;
            columns = Math.max(columns, objects);
        }
        int width = 2 * columns - 1;
        StringBuilder out = new StringBuilder("\\begin{array}{");
        out.append("c".repeat(width)).append('}');
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                out.append("\\\\");
            }
            List<String> cells = rows.get(r);
            for (int col = 0; col < width; col++) {
                if (col > 0) {
                    out.append('&');
                }
                if (vertical.get(r)) {
                    if (col % 2 == 0 && col / 2 < cells.size()) {
                        out.append(cells.get(col / 2));
                    }
                } else if (col < cells.size()) {
                    out.append(cells.get(col));
                }
            }
        }
        return out.append("\\end{array}").toString();
    }

    private record Row(List<String> cells, boolean vertical) {
    }

    /** One row: objects and horizontal arrows alternating, or only vertical arrows. */
    private static Row parseRow(String row) {
        List<String> cells = new ArrayList<>();
        List<String> verticals = new ArrayList<>();
        boolean horizontal = false;
        StringBuilder object = new StringBuilder();
        int n = row.length();
        int i = 0;
        while (i < n) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < n) {
                object.append(c).append(row.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c != '@' || i + 1 >= n) {
                object.append(c);
                i++;
                continue;
            }
            char kind = row.charAt(i + 1);
            switch (kind) {
                case '>', '<', 'V', 'A' -> {
                    int aEnd = labelEnd(row, i + 2, kind);
                    int bEnd = aEnd < 0 ? -1 : labelEnd(row, aEnd + 1, kind);
                    if (bEnd < 0) {
                        object.append(c);
                        i++;
                        continue;
                    }
                    String above = row.substring(i + 2, aEnd).trim();
                    String below = row.substring(aEnd + 1, bEnd).trim();
                    if (kind == '>' || kind == '<') {
                        horizontal = true;
                        cells.add(object.toString().trim());
                        object.setLength(0);
                        cells.add(horizontalArrow(kind == '>' ? "\\xrightarrow" : "\\xleftarrow", above, below));
                    } else {
                        verticals.add(verticalArrow(kind == 'V' ? "\\downarrow" : "\\uparrow", above, below));
                    }
                    i = bEnd + 1;
                }
                case '=' -> {
                    horizontal = true;
                    cells.add(object.toString().trim());
                    object.setLength(0);
                    cells.add("\\Relbar\\joinrel\\Relbar\\joinrel\\Relbar");
                    i += 2;
                }
                case '|' -> {
                    verticals.add("\\bigg\\Vert");
                    i += 2;
                }
                case '.' -> {
                    verticals.add("");
                    i += 2;
                }
                default -> {
                    object.append(c);
                    i++;
                }
            }
        }
        String last = object.toString().trim();
        if (horizontal || !last.isEmpty() || verticals.isEmpty()) {
            if (horizontal || !last.isEmpty()) {
                cells.add(last);
            }
            return new Row(cells, false);
        }
        return new Row(verticals, true);
    }

    /** Index of the closing {@code kind} character of a label starting at {@code from}, at brace depth 0. */
    private static int labelEnd(String row, int from, char kind) {
        int depth = 0;
        int limit = Math.min(row.length(), from + MAX_LABEL);
        for (int j = from; j < limit; j++) {
            char c = row.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == kind && depth == 0) {
                return j;
            }
        }
        return -1;
    }

    private static String horizontalArrow(String arrow, String above, String below) {
        String top = above.isEmpty() ? "\\qquad" : "\\;" + above + "\\;";
        return below.isEmpty() ? arrow + "{" + top + "}" : arrow + "[\\;" + below + "\\;]{" + top + "}";
    }

    private static String verticalArrow(String arrow, String left, String right) {
        StringBuilder s = new StringBuilder();
        if (!left.isEmpty()) {
            s.append("\\mathllap{\\scriptstyle ").append(left).append("\\;}");
        }
        s.append("\\bigg").append(arrow);
        if (!right.isEmpty()) {
            s.append("\\mathrlap{\\;\\scriptstyle ").append(right).append('}');
        }
        return s.toString();
    }

    /** Rows split at {@code \\} outside braces. */
    private static List<String> splitRows(String body) {
        List<String> rows = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < n) {
                if (body.charAt(i + 1) == '\\' && depth == 0) {
                    rows.add(body.substring(start, i));
                    start = i + 2;
                }
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        rows.add(body.substring(start));
        return rows;
    }
}
