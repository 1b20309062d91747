package kexuereader.ingest.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kexuereader.model.Diagnostic;
import kexuereader.model.Entry;
import kexuereader.model.PostFacts;
import kexuereader.model.PublishDate;

/**
 * Format D, the blog's 归档 page: {@code ### 2025年 (共60篇)}, {@code - 12月},
 * {@code  - 16日: [title](https://kexue.fm/archives/11480) ( [0](…#PostComment))} — or the same as plain text
 * ({@code 16日: title ( 0)}). Every post becomes an entry without a body: title, full date, blog id, comment
 * count. A year whose heading promises more posts than the capture lists is reported (the capture was cut).
 */
public final class ArchiveIndexParser {

    private static final Pattern MONTH = Pattern.compile("^\\s{0,8}(?:[-*+]\\s*)?(\\d{1,2})\\s*月\\s*[:：]?\\s*$");
    private static final Pattern LINKED = Pattern.compile(
            "^\\[(.+?)\\]\\(\\s*([^)\\s]+)[^)]*\\)\\s*(?:[（(]\\s*(?:\\[\\s*(\\d+)\\s*\\]\\([^)]*\\)|(\\d+))\\s*[）)])?\\s*$");
    private static final Pattern PLAIN = Pattern.compile("^(.+?)\\s*(?:[（(]\\s*(\\d+)\\s*[）)])?\\s*$");

    private ArchiveIndexParser() {
    }

    public static List<Entry> parse(String text, List<Diagnostic> diagnostics) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Entry> entries = new ArrayList<>();
        Map<Integer, int[]> perYear = new LinkedHashMap<>(); // year -> {promised, found, line}
        Integer year = null;
        Integer month = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher y = PageSniffer.INDEX_YEAR.matcher(line);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
                month = null;
                perYear.put(year, new int[] {Integer.parseInt(y.group(2)), 0, i + 1});
                continue;
            }
            Matcher m = MONTH.matcher(line);
            if (m.matches()) {
                int v = Integer.parseInt(m.group(1));
                month = v >= 1 && v <= 12 ? v : null;
                continue;
            }
            Matcher p = PageSniffer.INDEX_POST.matcher(line);
            if (!p.matches()) {
                continue;
            }
            int day = Integer.parseInt(p.group(1));
            if (year == null || month == null || !PublishDate.isValid(year, month, day)) {
                diagnostics.add(Diagnostic.warning(i + 1, "index.post.undated"));
                continue;
            }
            String rest = p.group(2).strip();
            String title;
            Integer blogId = null;
            Integer comments = null;
            Matcher l = LINKED.matcher(rest);
            if (l.matches()) {
                title = Escapes.unescape(l.group(1)).strip();
                blogId = KexueUrl.blogId(l.group(2));
                String count = l.group(3) != null ? l.group(3) : l.group(4);
                comments = count == null ? null : Integer.valueOf(count);
            } else {
                Matcher t = PLAIN.matcher(rest);
                if (!t.matches()) {
                    continue;
                }
                title = Escapes.entities(t.group(1)).strip();
                comments = t.group(2) == null ? null : Integer.parseInt(t.group(2));
            }
            if (title.isEmpty()) {
                diagnostics.add(Diagnostic.warning(i + 1, "index.post.untitled"));
                continue;
            }
            PostFacts post = new PostFacts(blogId, blogId == null ? null : PostFacts.urlOf(blogId), List.of(),
                    List.of(), comments);
            entries.add(new Entry(i + 1, title, PublishDate.of(year, month, day), null, List.of(), false, List.of(),
                    post));
            int[] counts = perYear.get(year);
            if (counts != null) {
                counts[1]++;
            }
        }
        for (Map.Entry<Integer, int[]> e : perYear.entrySet()) {
            int[] c = e.getValue();
            if (c[1] != c[0]) {
                diagnostics.add(Diagnostic.warning(c[2], c[1] < c[0] ? "index.year.short" : "index.year.count",
                        e.getKey(), c[0], c[1]));
            }
        }
        return entries;
    }
}
