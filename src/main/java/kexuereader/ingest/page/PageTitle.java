package kexuereader.ingest.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title line of an article page: {@code # [title](https://kexue.fm/archives/N)} in Markdown captures, the
 * line above the header in plain text (the date label {@code 29Mar} skipped).
 *
 * @param index  the line
 * @param title  the title as published
 * @param blogId N of the link, or null
 */
record PageTitle(int index, String title, Integer blogId) {

    private static final Pattern LINKED = Pattern.compile("^#{1,3}\\s*\\[(.+)\\]\\(([^)\\s]+)[^)]*\\)\\s*$");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^\\d{1,2}\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?$|^(Jan|Feb|Mar|Apr|May|Jun|Jul"
                    + "|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s*\\d{1,2}$");

    /** The linked title heading anywhere before {@code before}, else the line just above the header. */
    static PageTitle find(List<String> lines, int before, boolean markdown) {
        for (int i = Math.min(before, lines.size()) - 1; i >= 0 && i >= before - 12; i--) {
            Matcher m = LINKED.matcher(lines.get(i).strip());
            if (m.matches() && KexueUrl.blogId(m.group(2)) != null) {
                return new PageTitle(i, Escapes.unescape(m.group(1)).strip(), KexueUrl.blogId(m.group(2)));
            }
        }
        for (int i = before - 1; i >= 0 && i >= before - 6; i--) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || DATE_LABEL.matcher(t).matches()) {
                continue;
            }
            if (markdown) {
                t = Escapes.unescape(t.replaceFirst("^#{1,6}\\s*", ""));
            }
            return t.length() > 200 ? null : new PageTitle(i, t, null);
        }
        return null;
    }
}
