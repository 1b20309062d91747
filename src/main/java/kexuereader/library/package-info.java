/**
 * The library: one SQLite file holding imported sources and their entries as facts, the articles the merge
 * derives from them, and the full-text search index over those articles.
 */
package kexuereader.library;
