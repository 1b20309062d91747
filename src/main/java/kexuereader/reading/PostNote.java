package kexuereader.reading;

import kexuereader.model.Article;
import org.jsoup.nodes.Element;

/** The note of a post the library knows only from the archive index: where to read it. */
final class PostNote {

    private PostNote() {
    }

    static void notInLibrary(Element main, Article a, boolean interactive) {
        Element note = main.appendElement("div").addClass("index-note");
        note.appendElement("strong").appendText("Not in your library — on kexue.fm.");
        note.appendText(" The blog's archive index lists this post; import its page to read it here.");
        String url = a.post().url();
        if (url != null) {
            Element p = note.appendElement("p");
            Element link = p.appendElement(interactive ? "a" : "span").addClass("post-url");
            if (interactive) {
                link.attr("data-href", url).attr("title", "Open in the system browser");
            }
            link.appendText(url);
        }
    }
}
