/** An article's own macros: taken out of its formulas, scoped per formula, expanded with bounds. */
package kexuereader.math.macro;
