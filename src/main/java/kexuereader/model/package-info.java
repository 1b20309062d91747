/**
 * The domain records of the reader: what a dump yields ({@link kexuereader.model.Entry}), where it came from
 * ({@link kexuereader.model.Source}) and what the merge derives ({@link kexuereader.model.Article}).
 *
 * <p>Plain immutable data with no dependency on any other package of the application, so every layer can
 * share it.
 */
package kexuereader.model;
