package kexuereader.reading;

import kexuereader.model.Article;
import org.jsoup.nodes.Element;

/** The note of a post the library knows only from the archive index: where to read it. */
final class PostNote {

    private PostNote() {
    }

    static void notInLibrary(Element main, Article a, boolean interactive, PageText text) {
        Element note = main.appendElement("div").addClass("index-note");
        note.appendElement("strong").appendText(text.get("page.indexOnly"));
        note.appendText(text.get("page.indexOnly.detail"));
        String url = a.post().url();
        if (url != null) {
            Element p = note.appendElement("p");
            Element link = p.appendElement(interactive ? "a" : "span").addClass("post-url");
            if (interactive) {
                link.attr("data-href", url).attr("title", text.get("page.openInBrowser"));
            }
            // a narrow column breaks the address after a slash, never inside the post's number
            String[] parts = url.split("(?<=[^/:]/)");
            for (int i = 0; i < parts.length; i++) {
                link.appendText(parts[i]);
                if (i < parts.length - 1) {
                    link.appendElement("wbr");
                }
            }
        }
    }
}
