/** The {@code formulas} commands' work: check every formula of a library, and draw a gallery page of them. */
package kexuereader.math.tools;
