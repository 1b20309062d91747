/**
 * The JavaFX window: sidebar, article list and reading pane, with view models that hold the logic and thin
 * views. The only package that imports {@code javafx.*}.
 */
package kexuereader.ui;
