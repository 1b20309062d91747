package kexuereader.ingest.page;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the footer of an article page says: the reprint notice's address, the citation
 * ({@code 苏剑林. (Mar. 29, 2024). 《title》[Blog post]. Retrieved from …/archives/N}), the BibTeX entry
 * ({@code @online{kexuefm-N, title={…}, year={…}, month={…}}), {@code 分类：… 标签：…} and the comment count.
 * None of it is body text; where the footer starts is where the body ends.
 */
record PageFooter(Integer citationId, String citationTitle, Integer year, Integer month, Integer day,
                  Integer bibtexId, String bibtexTitle, Integer bibtexYear, Integer bibtexMonth, Integer reprintId,
                  List<String> categories, List<String> tags, Integer comments) {

    /** Lines where the footer (or the site around the article) begins. */
    private static final Pattern START = Pattern.compile(
            "转载到请包括本文地址|更详细的转载事宜请参考|如果您需要引用本文|如果您还有什么疑惑或建议|如果您觉得本文还不错"
                    + "|^\\W{0,6}@online\\{kexuefm-|^\\W{0,4}苏剑林\\.\\s*\\(\\w{3}\\.?\\s*\\d{1,2},\\s*\\d{4}\\)"
                    + "|^\\W{0,4}分类\\s*[:：]");
    private static final Pattern CITATION = Pattern.compile(
            "苏剑林\\.\\s*\\((\\w{3,9})\\.?\\s*(\\d{1,2}),\\s*(\\d{4})\\)\\.\\s*《(.+?)\\s*》");
    private static final Pattern RETRIEVED = Pattern.compile("Retrieved from\\s*\\[?\\s*(\\S+)");
    private static final Pattern BIBTEX_KEY = Pattern.compile("@online\\{kexuefm-(\\d+)");
    private static final Pattern BIBTEX_TITLE = Pattern.compile("^\\W{0,3}title\\s*=\\s*\\{(.*)\\}\\s*,?\\s*$");
    private static final Pattern BIBTEX_YEAR = Pattern.compile("^\\W{0,3}year\\s*=\\s*\\{(\\d{4})\\}");
    private static final Pattern BIBTEX_MONTH = Pattern.compile("^\\W{0,3}month\\s*=\\s*\\{(\\w+)\\}");
    private static final Pattern CATEGORY_LINE = Pattern.compile("分类\\s*[:：](.*?)(?:标签\\s*[:：](.*))?$");
    private static final Pattern LINK_TEXT = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");
    private static final Pattern COMMENTS = Pattern.compile("(\\d+)\\s*(?:条)?评论");

    /** The index of the first line of the footer at or after {@code from}, or -1 when there is none. */
    static int start(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (mayStart(line) && START.matcher(line).find()) {
                return i;
            }
        }
        return -1;
    }

    /** A cheap look for a word every footer start holds, before the regular expression tries every position. */
    private static boolean mayStart(String line) {
        return line.contains("转载") || line.contains("如果您") || line.contains("@online") || line.contains("苏剑林")
                || line.contains("分类");
    }

    static PageFooter read(List<String> lines, int from) {
        Integer citationId = null;
        String citationTitle = null;
        Integer year = null;
        Integer month = null;
        Integer day = null;
        Integer bibtexId = null;
        String bibtexTitle = null;
        Integer bibtexYear = null;
        Integer bibtexMonth = null;
        Integer reprintId = null;
        List<String> categories = List.of();
        List<String> tags = List.of();
        Integer comments = null;
        boolean inBibtex = false;
        int end = Math.min(lines.size(), from < 0 ? 0 : from + 200);
        for (int i = Math.max(0, from); i < end; i++) {
            String line = Escapes.unescape(lines.get(i));
            if (reprintId == null && line.contains("转载到请包括本文地址")) {
                reprintId = KexueUrl.blogId(line.contains("archives") ? line : next(lines, i));
            }
            // each pattern needs a word of its own: the words are looked for first, the patterns only where they are
            Matcher c;
            if (citationTitle == null && line.contains("苏剑林") && (c = CITATION.matcher(line)).find()) {
                citationTitle = c.group(4).strip();
                Integer m = month(c.group(1));
                int d = Integer.parseInt(c.group(2));
                if (m != null) {
                    month = m;
                    day = d;
                    year = Integer.parseInt(c.group(3));
                }
                Matcher r = RETRIEVED.matcher(line.substring(c.end()));
                String where = r.find() ? r.group(1) : next(lines, i);
                citationId = KexueUrl.blogId(where);
            }
            Matcher k;
            if (bibtexId == null && line.contains("@online{kexuefm-") && (k = BIBTEX_KEY.matcher(line)).find()) {
                bibtexId = KexueUrl.parse(k.group(1));
                inBibtex = true;
                continue;
            }
            if (inBibtex) {
                String t = line.strip();
                Matcher m;
                if ((m = BIBTEX_TITLE.matcher(t)).find() && bibtexTitle == null) {
                    bibtexTitle = m.group(1).strip();
                } else if ((m = BIBTEX_YEAR.matcher(t)).find()) {
                    bibtexYear = Integer.parseInt(m.group(1));
                } else if ((m = BIBTEX_MONTH.matcher(t)).find()) {
                    bibtexMonth = month(m.group(1));
                } else if (t.startsWith("}")) {
                    inBibtex = false;
                }
            }
            Matcher cat;
            if (categories.isEmpty() && lines.get(i).contains("分类") && (cat = CATEGORY_LINE.matcher(lines.get(i))).find()) {
                String catPart = cat.group(1);
                String tagPart = cat.group(2) == null ? "" : cat.group(2);
                Matcher count = COMMENTS.matcher(tagPart.isEmpty() ? catPart : tagPart);
                Integer n = null;
                int cut = -1;
                while (count.find()) {
                    n = Integer.parseInt(count.group(1));
                    cut = count.start();
                }
                if (n != null) {
                    comments = n;
                    if (tagPart.isEmpty()) {
                        catPart = cutComments(catPart, cut);
                    } else {
                        tagPart = cutComments(tagPart, cut);
                    }
                }
                categories = names(catPart, false);
                tags = names(tagPart, true);
            }
        }
        return new PageFooter(citationId, citationTitle, year, month, day, bibtexId, bibtexTitle, bibtexYear,
                bibtexMonth, reprintId, categories, tags, comments);
    }

    /** Drops the {@code [35 评论](…)} link (or plain {@code 35 评论}) from the end of the footer line. */
    private static String cutComments(String part, int cut) {
        int bracket = part.lastIndexOf('[', cut);
        return part.substring(0, bracket >= 0 && part.substring(bracket, cut).indexOf(']') < 0 ? bracket : cut);
    }

    /** The names a footer part lists: the texts of its links, else its words split at commas (or spaces). */
    private static List<String> names(String part, boolean tags) {
        List<String> out = new ArrayList<>();
        Matcher m = LINK_TEXT.matcher(part);
        boolean links = false;
        while (m.find()) {
            links = true;
            String name = Escapes.unescape(m.group(1)).replace("*", "").strip();
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        if (links) {
            return out;
        }
        for (String name : part.split(tags ? "[,，、]" : "[,，、\\s]+")) {
            String n = name.strip();
            if (!n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static String next(List<String> lines, int i) {
        return i + 1 < lines.size() ? lines.get(i + 1) : "";
    }

    /** {@code Mar}, {@code March}, {@code Sept} → 3, 3, 9. */
    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches("\\d{1,2}")) {
            int v = Integer.parseInt(n);
            return v >= 1 && v <= 12 ? v : null;
        }
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (n.length() >= 3 && full.startsWith(n)) {
                return m.getValue();
            }
        }
        return "sept".equals(n) ? 9 : null;
    }

    /** The blog id the footer gives: BibTeX key, then citation, then the reprint notice. */
    Integer blogId() {
        return bibtexId != null ? bibtexId : citationId != null ? citationId : reprintId;
    }

    /** The title the footer gives: BibTeX's (no stray space), then the citation's. */
    String title() {
        return bibtexTitle != null && !bibtexTitle.isEmpty() ? bibtexTitle : citationTitle;
    }

    boolean isEmpty() {
        return blogId() == null && title() == null;
    }
}
