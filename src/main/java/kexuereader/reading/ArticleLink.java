package kexuereader.reading;

/**
 * Another article of the library the page links to.
 *
 * @param id    its id
 * @param title its display title
 */
public record ArticleLink(String id, String title) {
}
