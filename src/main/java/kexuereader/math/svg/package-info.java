/** SVG output: a Graphics2D that writes glyphs as paths, and the finished image with its box. */
package kexuereader.math.svg;
