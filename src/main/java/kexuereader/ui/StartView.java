package kexuereader.ui;

import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SortOrder;

/**
 * What the window shows first, read from the library on the thread that opens it, while the toolkit starts:
 * the first page of the list in its default order and the sidebar's sections. The first frame draws from it,
 * and the window starts from it, so neither reads the library on the FX thread.
 */
record StartView(PagedArticles.Start list, SidebarModel.Sections sidebar) {

    static StartView read(Library library) {
        return new StartView(PagedArticles.Start.read(library, ArticleFilter.ALL, SortOrder.DATE, false),
                SidebarModel.read(library));
    }
}
