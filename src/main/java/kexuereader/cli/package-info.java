/**
 * The command line: {@code import}, {@code list}, {@code show}, {@code search}, {@code export}, {@code formulas},
 * {@code stats}. Headless; never imports JavaFX. Each command is one small class; {@link kexuereader.cli.Cli}
 * wires them, turns failures into one clear line on stderr and maps outcomes to exit codes.
 */
package kexuereader.cli;
