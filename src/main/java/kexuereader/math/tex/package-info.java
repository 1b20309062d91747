/** Reading TeX source: tokens, groups and environments, the body's formula pieces and paragraphs; no rendering. */
package kexuereader.math.tex;
