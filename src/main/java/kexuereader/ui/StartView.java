package kexuereader.ui;

import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;
import kexuereader.model.ArticleSummary;

/**
 * What the window shows first, read from the library on the thread that opens it, while the toolkit starts:
 * the first page of the list in its default order, the sidebar's sections, and the article the reading pane
 * opens on. The first frame draws from it, and the window starts from it, so neither reads the library on the
 * FX thread, and the first article's page can be built while the window is made.
 *
 * @param opening the article to open first, or null when the window has to look for one itself (an empty
 *                library, whose sample is imported first, or a first page of index-only posts)
 */
record StartView(PagedArticles.Start list, SidebarModel.Sections sidebar, Opening opening) {

    /**
     * An article the window opens by itself: the one open when the window last closed ({@code asked}: it was
     * the reader's choice), else the list's newest with text, not read until the reader scrolls in it.
     */
    record Opening(String id, boolean asked) {
    }

    /** What a window shows first when no article was open before. */
    static StartView read(Library library) {
        return read(library, null);
    }

    /** What a window shows first; {@code lastArticle} is the article open when it last closed, or null. */
    static StartView read(Library library, String lastArticle) {
        PagedArticles.Start list = PagedArticles.Start.read(library, ArticleFilter.ALL, SortOrder.DATE, false);
        return new StartView(list, SidebarModel.read(library), opening(library, list, lastArticle));
    }

    private static Opening opening(Library library, PagedArticles.Start list, String lastArticle) {
        if (list.size() == 0) {
            return null;
        }
        if (lastArticle != null && library.article(lastArticle).isPresent()) {
            return new Opening(lastArticle, true);
        }
        for (ArticleSummary a : list.firstPage()) {
            if (!a.indexOnly()) { // a post known only from the index has nothing to read
                return new Opening(a.id(), false);
            }
        }
        return null;
    }
}
