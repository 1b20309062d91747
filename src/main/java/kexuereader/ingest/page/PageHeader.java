package kexuereader.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line under an article page's title: {@code By 苏剑林 | 2024-03-29 | 61587位读者 |}, as captures write it —
 * on one line, over three ({@code By 苏剑林 \|} / {@code 2024-03-29 \|} / {@code 61587位读者\|}), with or
 * without spaces, with Markdown's {@code \|}. What follows it on its line (a {@code :}, the cite button's
 * {@code 引用}) is chrome; anything longer is the first paragraph.
 *
 * @param first   index of its first line
 * @param last    index of its last line
 * @param year    year
 * @param month   month
 * @param day     day
 * @param readers reader count, or null when the line shows none
 * @param rest    text after it on its last line that is body text, or empty
 */
record PageHeader(int first, int last, int year, int month, int day, Integer readers, String rest) {

    private static final Pattern START = Pattern.compile("^\\W{0,3}By\\s*[^|\\s\\\\]{1,20}\\s*\\\\?\\|");
    private static final Pattern FULL = Pattern.compile(
            "^\\W{0,3}By\\s*([^|]{1,20}?)\\s*\\|\\s*(\\d{4})\\s*-\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*\\|?"
                    + "\\s*(?:([\\d,]{1,12})\\s*位读者\\s*\\|?)?\\s*(.*)$");
    private static final int SEARCHED = 4_000;

    /** The first header within the first lines, or null. */
    static PageHeader find(List<String> lines) {
        int limit = Math.min(lines.size(), SEARCHED);
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i).strip();
            if (!START.matcher(line).find()) {
                continue;
            }
            StringBuilder joined = new StringBuilder(line.replace("\\|", "|"));
            for (int j = i; j < Math.min(limit, i + 4); j++) {
                if (j > i) {
                    joined.append(' ').append(lines.get(j).strip().replace("\\|", "|"));
                }
                Matcher m = FULL.matcher(joined);
                if (m.matches() && (m.group(5) != null || j == i + 3 || joinsNothing(lines, j))) {
                    Integer readers = m.group(5) == null ? null : KexueUrl.parse(m.group(5).replace(",", ""));
                    String rest = m.group(6).strip().replaceFirst("^(引用|[:：|]+)\\s*", "").strip();
                    return new PageHeader(i, j, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4)), readers, rest);
                }
            }
        }
        return null;
    }

    /** Whether the line after {@code j} cannot continue a header (no reader count follows). */
    private static boolean joinsNothing(List<String> lines, int j) {
        return j + 1 >= lines.size() || !lines.get(j + 1).strip().matches("^[\\d,]+\\s*位读者.*");
    }
}
