package kexuereader.math.tex;

import java.util.ArrayList;
import java.util.List;

/**
 * The environment wrapping a whole display formula ({@code \begin{align}…\end{align}}), and the rows of an
 * environment body split at {@code \\} outside braces and nested environments.
 *
 * @param name      the environment's name, e.g. {@code align*}
 * @param bodyStart where its body starts in the formula
 * @param bodyEnd   where its body ends
 */
public record OuterEnvironment(String name, int bodyStart, int bodyEnd) {

    /** The environment spanning all of {@code tex} (spaces aside), or {@code null}. */
    public static OuterEnvironment of(String tex) {
        int start = Tex.skipSpaces(tex, 0);
        if (!tex.startsWith("\\begin{", start)) {
            return null;
        }
        int nameClose = Tex.nameClose(tex, start + 7, 32);
        if (nameClose == Tex.NONE) {
            return null;
        }
        String name = tex.substring(start + 7, nameClose);
        int bodyStart = nameClose + 1;
        // find the \end that closes this \begin, counting nested ones of the same name
        String begin = "\\begin{" + name + "}";
        String end = "\\end{" + name + "}";
        int depth = 1;
        int i = bodyStart;
        int n = tex.length();
        int b = tex.indexOf(begin, i);
        while (i < n) {
            if (b >= 0 && b < i) {
                b = tex.indexOf(begin, i); // looked up again only once passed, so the search stays linear
            }
            int e = tex.indexOf(end, i);
            if (e < 0) {
                return null;
            }
            if (b >= 0 && b < e) {
                depth++;
                i = b + begin.length();
                continue;
            }
            if (--depth == 0) {
                int after = Tex.skipSpaces(tex, e + end.length());
                return after == n ? new OuterEnvironment(name, bodyStart, e) : null;
            }
            i = e + end.length();
        }
        return null;
    }

    public String body(String tex) {
        return tex.substring(bodyStart, bodyEnd);
    }

    /** A row of an environment body and the separator that ended it ({@code \\[5pt]}, or "" for the last). */
    public record Row(String text, String separator) {
    }

    /**
     * The rows of an environment body: split at {@code \\} (with its optional {@code *} and {@code [dim]})
     * outside braces and nested environments. A last row holding only spaces is dropped, as MathJax does.
     */
    public static List<Row> rows(String body) {
        List<Row> rows = new ArrayList<>();
        TexIndex index = null;
        int depth = 0;
        int start = 0;
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
                i++;
            } else if (c == '}') {
                depth--;
                i++;
            } else if (c == '\\' && i + 1 < n) {
                int end = Tex.controlSequenceEnd(body, i);
                String word = body.substring(i + 1, end);
                if (word.equals("begin") || word.equals("left")) {
                    depth++;
                } else if (word.equals("end") || word.equals("right")) {
                    depth--;
                } else if (word.equals("\\") && depth == 0) {
                    int sepEnd = end;
                    if (sepEnd < n && body.charAt(sepEnd) == '*') {
                        sepEnd++;
                    }
                    int bracket = Tex.skipSpaces(body, sepEnd);
                    if (bracket < n && body.charAt(bracket) == '[') {
                        if (index == null) {
                            index = TexIndex.of(body);
                        }
                        int close = index.optionalEnd(bracket);
                        if (close != Tex.NONE) {
                            sepEnd = close;
                        }
                    }
                    rows.add(new Row(body.substring(start, i), body.substring(i, sepEnd)));
                    start = sepEnd;
                    i = sepEnd;
                    continue;
                }
                i = end;
            } else {
                i++;
            }
        }
        String last = body.substring(start);
        if (!last.isBlank() || rows.isEmpty()) {
            rows.add(new Row(last, ""));
        } else {
            Row previous = rows.remove(rows.size() - 1);
            rows.add(new Row(previous.text(), ""));
        }
        return rows;
    }

    /** A row's cells as one group each ({@code a & b} → {@code {a}{b}}), so the phantom holds no {@code &}. */
    public static String cells(String row) {
        StringBuilder out = new StringBuilder(row.length() + 8).append('{');
        int depth = 0;
        int n = row.length();
        for (int i = 0; i < n; i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < n) {
                int end = Tex.controlSequenceEnd(row, i);
                String word = row.substring(i + 1, end);
                if (word.equals("begin") || word.equals("left")) {
                    depth++;
                } else if (word.equals("end") || word.equals("right")) {
                    depth--;
                }
                out.append(row, i, end);
                i = end - 1;
            } else {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                if (c == '&' && depth == 0) {
                    out.append("}{");
                } else {
                    out.append(c);
                }
            }
        }
        return out.append('}').toString();
    }
}
