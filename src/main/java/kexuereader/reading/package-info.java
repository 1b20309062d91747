/**
 * Builds the HTML page the reading pane shows for an article, with jsoup: escaped text, formulas as inline
 * SVG, headings, series navigation and links between articles. No JavaFX here.
 */
package kexuereader.reading;
