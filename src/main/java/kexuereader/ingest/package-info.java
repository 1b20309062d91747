/**
 * Turns dump files into entries: decode the bytes, detect the page format, parse every entry, and read series
 * from titles. Problems are collected as {@link kexuereader.model.Diagnostic}s, never thrown.
 */
package kexuereader.ingest;
