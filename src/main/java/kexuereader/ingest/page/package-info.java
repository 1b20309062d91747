/** Formats C and D: the blog's article pages and its archive index, site chrome removed, bodies as blocks. */
package kexuereader.ingest.page;
