/** Entries to articles, without storage: which entries are one article, its id, its fields, archive years. */
package kexuereader.merge;
