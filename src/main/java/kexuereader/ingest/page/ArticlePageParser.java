package kexuereader.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kexuereader.model.Block;
import kexuereader.model.BlockText;
import kexuereader.model.Diagnostic;
import kexuereader.model.Entry;
import kexuereader.model.PostFacts;
import kexuereader.model.PublishDate;

/**
 * Format C, one article's own page: the site's menus and sidebar, the title, the header
 * ({@link PageHeader}), the body, the footer ({@link PageFooter}), comments and more sidebar. Only the body
 * becomes text: from the header (or, in a flattened capture that has none, the top) to the footer. Title,
 * date and blog id come from the title line and the header, else from the footer's citation and BibTeX. A
 * capture that stops before its footer was cut off: its text is kept as an excerpt, with a warning.
 */
public final class ArticlePageParser {

    /** Markdown captures are full of links; plain and flattened text has none. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\((?:https?://|#)[^)]*\\)");

    private ArticlePageParser() {
    }

    /** The page's one entry, or none (with an error saying why). */
    public static List<Entry> parse(String text, List<Diagnostic> diagnostics) {
        List<String> lines = lines(text);
        boolean markdown = isMarkdown(lines);
        PageHeader header = PageHeader.find(lines);
        int searchFrom = header == null ? 0 : header.last() + 1;
        int footerStart = PageFooter.start(lines, searchFrom);
        PageFooter footer = PageFooter.read(lines, footerStart < 0 ? lines.size() : footerStart);
        PageTitle title = header == null ? linkedTitleOnly(lines, markdown) : PageTitle.find(lines, header.first(), markdown);

        Integer blogId = title != null && title.blogId() != null ? title.blogId() : footer.blogId();
        if (title != null && title.blogId() != null && footer.blogId() != null && !title.blogId().equals(footer.blogId())) {
            diagnostics.add(Diagnostic.warning(title.index() + 1, "page.title.mismatch", title.blogId(),
                    footer.blogId()));
        }
        String name = title != null ? title.title() : footer.title();
        PublishDate date = date(header, footer);
        if (date == null) {
            diagnostics.add(Diagnostic.error(0, "page.undated"));
            return List.of();
        }

        int bodyStart = header != null ? header.last() + 1 : title != null ? title.index() + 1 : 0;
        int bodyEnd = footerStart >= 0 ? footerStart : lines.size();
        List<String> body = new ArrayList<>();
        if (header != null && !header.rest().isEmpty()) {
            body.add(header.rest());
        }
        body.addAll(lines.subList(Math.min(bodyStart, bodyEnd), bodyEnd));
        List<Block> blocks = markdown ? MarkdownBody.parse(body) : FlatBody.parse(body);
        if (blocks.isEmpty()) {
            diagnostics.add(name == null ? Diagnostic.error(0, "page.empty")
                    : Diagnostic.error(0, "page.empty.named", name));
            return List.of();
        }
        boolean cutOff = footerStart < 0;
        if (cutOff) {
            diagnostics.add(Diagnostic.warning(lines.size(), "page.cut"));
        }
        if (name == null) {
            diagnostics.add(Diagnostic.note(0, "page.untitled"));
        }
        String url = blogId == null ? null : PostFacts.urlOf(blogId);
        PostFacts post = new PostFacts(blogId, url, footer.categories(), footer.tags(), footer.comments());
        int line = title != null ? title.index() + 1 : header != null ? header.first() + 1 : 1;
        return List.of(new Entry(line, name, date, header == null ? null : header.readers(), BlockText.markdown(blocks),
                cutOff, blocks, post));
    }

    private static PublishDate date(PageHeader header, PageFooter footer) {
        if (header != null && PublishDate.isValid(header.year(), header.month(), header.day())) {
            return PublishDate.of(header.year(), header.month(), header.day());
        }
        if (footer.year() != null && PublishDate.isValid(footer.year(), footer.month(), footer.day())) {
            return PublishDate.of(footer.year(), footer.month(), footer.day());
        }
        return null;
    }

    /** Without a header, only a linked title heading ({@code # [title](…/archives/N)}) is taken as the title. */
    private static PageTitle linkedTitleOnly(List<String> lines, boolean markdown) {
        if (!markdown) {
            return null;
        }
        PageTitle t = PageTitle.find(lines, Math.min(lines.size(), 4_000), true);
        return t != null && t.blogId() != null ? t : null;
    }

    static boolean isMarkdown(List<String> lines) {
        int links = 0;
        for (String line : lines) {
            if (line.indexOf("](") >= 0 && MARKDOWN_LINK.matcher(line).find() && ++links >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The text's lines, control characters (a stray one breaks exports) dropped, right ends trimmed. */
    static List<String> lines(String text) {
        // split at \r\n, \r and \n by hand: the regular expression was a fifth of parsing a page
        List<String> out = new ArrayList<>();
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(clean(text.substring(from, i)).stripTrailing());
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        out.add(clean(text.substring(from)).stripTrailing());
        return out;
    }

    private static String clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\ufeff' || c == '\u00a0'
                    || c >= MathShield.OPEN && c <= '\uE005') { // the parser's own markers never come from a page

                StringBuilder sb = new StringBuilder(s.length());
                s.codePoints().map(cp -> cp == 0xa0 ? ' ' : cp)
                        .filter(cp -> !(cp < 0x20 && cp != '\t' || cp >= 0x7f && cp <= 0x9f || cp == 0xfeff
                                || cp >= MathShield.OPEN && cp <= 0xE005))
                        .forEach(sb::appendCodePoint);
                return sb.toString();
            }
        }
        return s;
    }
}
