package kexuereader.ui;

import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kexuereader.math.MathEngine;

/**
 * What leaves the window from the open article: the page's right-click menu, the clipboard (a formula's LaTeX
 * or picture, the article as Markdown), export files and printing. The library is read off the FX thread.
 */
final class ArticleOutput {

    private final LibraryService service;
    private final ReadingView reading;
    private final ReadingController reader;
    private final Actions actions;
    private final Banner banner;
    private final java.util.function.Supplier<Window> owner;
    private final ArticleExports exports;
    private javafx.scene.control.ContextMenu pageMenu;

    ArticleOutput(LibraryService service, ReadingView reading, ReadingController reader, Actions actions,
                  Banner banner, java.util.function.Supplier<Window> owner) {
        this.service = service;
        this.reading = reading;
        this.reader = reader;
        this.actions = actions;
        this.banner = banner;
        this.owner = owner;
        this.exports = new ArticleExports(service.library(), MathEngine.shared());
    }

    /** The right-click menu of the page: for a formula, copy its LaTeX or its picture; always, the article's. */
    void pageMenu(double x, double y, double screenX, double screenY) {
        if (pageMenu != null && pageMenu.isShowing()) {
            return; // the press and the platform's request of one right-click
        }
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        pageMenu = menu;
        menu.setId("page-menu");
        String tex = reading.formulaAt(x, y);
        if (tex != null) {
            javafx.scene.control.MenuItem copyTex = new javafx.scene.control.MenuItem(Messages.get("menu.page.copyTex"));
            copyTex.setId("copy-latex");
            copyTex.setOnAction(a -> copyLatex(tex));
            javafx.scene.control.MenuItem copyImage = new javafx.scene.control.MenuItem(Messages.get("menu.page.copyImage"));
            copyImage.setId("copy-image");
            copyImage.setOnAction(a -> copyFormulaImage(x, y, tex));
            menu.getItems().addAll(copyTex, copyImage, new javafx.scene.control.SeparatorMenuItem());
        }
        String selected = reading.selectedText();
        if (!selected.isEmpty()) {
            javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem(Messages.get("menu.page.copy"));
            copy.setOnAction(a -> putOnClipboard(selected, null));
            menu.getItems().add(copy);
        }
        menu.getItems().addAll(actions.menuItem("find"), actions.menuItem("copy-markdown"),
                actions.menuItem("export-markdown"), actions.menuItem("export-html"), actions.menuItem("print"));
        menu.show(reading.node(), screenX, screenY);
    }

    /** Copies a formula's LaTeX exactly as the blog wrote it. */
    void copyLatex(String tex) {
        putOnClipboard(tex, null);
        banner.inform(Messages.get("banner.copied.tex"));
    }

    private void copyFormulaImage(double x, double y, String tex) {
        javafx.scene.image.WritableImage image = reading.formulaImage(x, y);
        putOnClipboard(tex, image);
        banner.inform(Messages.get(image == null ? "banner.copied.tex" : "banner.copied.image"));
    }

    private static void putOnClipboard(String text, javafx.scene.image.Image image) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        if (image != null) {
            content.putImage(image);
        }
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    void copyMarkdown() {
        String id = reader.currentId();
        if (id == null) {
            return;
        }
        service.read(lib -> exports.markdown(id), md -> md.ifPresent(text -> {
            putOnClipboard(text, null);
            banner.inform(Messages.get("banner.copied.markdown"));
        }));
    }

    void exportArticle(boolean markdown) {
        String id = reader.currentId();
        var article = reader.article();
        if (id == null || article == null || !article.id().equals(id)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(markdown ? "export.title.markdown" : "export.title.html"));
        chooser.setInitialFileName(ArticleExports.fileName(article.displayTitle(), markdown ? ".md" : ".html"));
        chooser.getExtensionFilters().add(markdown ? new FileChooser.ExtensionFilter("Markdown", "*.md")
                : new FileChooser.ExtensionFilter("HTML", "*.html"));
        java.io.File target = chooser.showSaveDialog(owner.get());
        if (target != null) {
            exportTo(id, target.toPath(), markdown);
        }
    }

    /** Writes an article as Markdown or self-contained HTML, off the FX thread. */
    void exportTo(String id, Path target, boolean markdown) {
        service.call(LibraryService.Lane.READ, lib -> {
            try {
                exports.write(id, target, markdown);
                return Messages.format("banner.exported", target);
            } catch (java.io.IOException e) {
                return Messages.format("banner.export.failed", target, e.getMessage());
            }
        }, banner::inform, e -> banner.show(Messages.format("banner.export.failed", target, e.getMessage())));
    }

    void print() {
        if (reading.loadedIdProperty().get() == null) {
            return;
        }
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job == null) {
            banner.show(Messages.get("banner.print.none"));
            return;
        }
        if (job.showPrintDialog(owner.get())) {
            reading.print(job);
            job.endJob();
        } else {
            job.cancelJob();
        }
    }

}
