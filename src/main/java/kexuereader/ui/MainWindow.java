package kexuereader.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.SampleDumps;
import kexuereader.math.MathEngine;
import kexuereader.model.Dump;
import kexuereader.reading.SeriesPosition;

/**
 * The reader's window: sidebar, article list and reading pane, with the toolbar, menus and shortcuts of one
 * action table. It wires the view models to the views; the logic lives in the models.
 */
final class MainWindow {

    private final Library library;
    private final Settings settings;
    private final Services services;
    private final Actions actions = new Actions();
    private final ArticleListModel listModel;
    private final SidebarModel sidebarModel;
    private final SidebarView sidebar;
    private final ArticleTable table;
    private final ReadingView reading;
    private final ReaderPages pages;
    private final FindBar findBar;
    private final ExecutorService stateThread = Executors.newSingleThreadExecutor(Services.daemon("reader-state"));
    private final PauseTransition positionDelay = new PauseTransition(Duration.seconds(2));
    private String positionOf;
    private javafx.scene.control.ContextMenu pageMenu;
    private String position;
    private final ImportModel importer;
    private final ArticleExports exports;
    private final ExecutorService pageThread = Executors.newSingleThreadExecutor(Services.daemon("reader-page"));
    private final ExecutorService searchThread = Executors.newSingleThreadExecutor(Services.daemon("reader-search"));
    private Timeline watch;
    private final AtomicLong pageGeneration = new AtomicLong();

    private final BorderPane root = new BorderPane();
    private final SplitPane outer = new SplitPane();
    private final SplitPane inner = new SplitPane();
    private final TextField searchField = new TextField();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final HBox banner = new HBox(10);
    private final Label bannerText = new Label();
    private final VBox top = new VBox();
    private final HBox statusBar;
    private final VBox listPane = new VBox();
    private final VBox readingPane = new VBox();
    private final BooleanProperty readingMode = new SimpleBooleanProperty(this, "readingMode", false);
    private final BooleanProperty importing = new SimpleBooleanProperty(this, "importing", false);
    private final PauseTransition selectionDelay = new PauseTransition(Duration.millis(120));
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(160));
    private String currentId;
    private SeriesPosition currentSeries;
    private boolean openingFromList;
    private long seenChange;

    /** The application services the window needs besides the library. */
    interface Services {
        void showDocument(String url);

        Window owner();

        static java.util.concurrent.ThreadFactory daemon(String name) {
            return r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            };
        }
    }

    MainWindow(Library library, Settings settings, Services services) {
        this.library = library;
        this.settings = settings;
        this.services = services;
        this.listModel = new ArticleListModel(library, searchThread, Platform::runLater);
        this.sidebarModel = new SidebarModel(library);
        this.pages = new ReaderPages(library, MathEngine.shared());
        this.importer = new ImportModel(library);
        this.exports = new ArticleExports(library, MathEngine.shared());
        this.reading = new ReadingView(this::open, services::showDocument, this::positionReported);
        this.findBar = new FindBar(reading);
        this.sidebar = new SidebarView(sidebarModel, listModel.filterProperty()::set, this::open);
        this.table = new ArticleTable(listModel);
        defineActions();
        this.statusBar = buildStatusBar();
        build();
        listModel.refresh();
        seenChange = library.changeCounter();
    }

    Parent root() {
        return root;
    }

    // --- actions -------------------------------------------------------------------------------------------

    private void defineActions() {
        actions.add("import", "Import dumps…", "Shortcut+O", this::chooseAndImport);
        actions.add("search", "Search", "Shortcut+K", this::focusSearch);
        actions.add("next", "Next article", null, () -> moveSelection(1));
        actions.add("previous", "Previous article", null, () -> moveSelection(-1));
        actions.add("series-previous", "Previous in series", null, () -> openSeriesNeighbour(-1));
        actions.add("series-next", "Next in series", null, () -> openSeriesNeighbour(1));
        actions.add("zoom-in", "Zoom in", "Shortcut+Plus", () -> zoom(settings.zoomProperty().get() * 1.1));
        actions.add("zoom-out", "Zoom out", "Shortcut+Minus", () -> zoom(settings.zoomProperty().get() / 1.1));
        actions.add("zoom-reset", "Actual size", "Shortcut+0", () -> zoom(1.0));
        actions.add("theme", "Dark theme", "Shortcut+Shift+D", this::toggleTheme);
        actions.add("reading-mode", "Distraction-free reading", "F11", () -> readingMode.set(!readingMode.get()));
        actions.add("refresh", "Reload library", "F5", this::refreshAll);
        actions.addKey("toggle-read", "Mark read / unread", "U", this::toggleRead);
        actions.addKey("toggle-star", "Star / unstar", "S", this::toggleStar);
        actions.add("find", "Find in article…", "Shortcut+F", this::showFind);
        actions.add("copy-markdown", "Copy article as Markdown", "Shortcut+Shift+C", this::copyMarkdown);
        actions.add("export-markdown", "Export article as Markdown…", null, () -> exportArticle(true));
        actions.add("export-html", "Export article as HTML…", "Shortcut+Shift+E", () -> exportArticle(false));
        actions.add("print", "Print article…", "Shortcut+P", this::print);
        actions.add("statistics", "Statistics…", "Shortcut+Shift+S", this::showStatistics);
        actions.add("quit", "Quit", "Shortcut+Q", Platform::exit);
    }

    Actions actions() {
        return actions;
    }

    // --- layout --------------------------------------------------------------------------------------------

    private void build() {
        root.setId("main-window");
        root.getStyleClass().add("main-window");
        String font = CjkFont.style();
        root.setStyle(font);

        MenuBar menus = new MenuBar(
                actions.menu("File", "import", "refresh", "-", "quit"),
                actions.menu("View", "theme", "reading-mode", "-", "zoom-in", "zoom-out", "zoom-reset"),
                actions.menu("Article", "toggle-read", "toggle-star", "-", "find", "-", "copy-markdown",
                        "export-markdown", "export-html", "print"),
                actions.menu("Go", "search", "-", "series-previous", "series-next"),
                actions.menu("Insight", "statistics"));
        menus.setId("menu-bar");

        searchField.setId("search-field");
        searchField.setPromptText("Search titles and text (Ctrl+K)");
        searchField.setPrefColumnCount(28);
        searchField.textProperty().addListener((obs, was, now) -> searchDelay.playFromStart());
        searchDelay.setOnFinished(e -> listModel.search(searchField.getText()));
        searchField.setOnAction(e -> {
            searchDelay.stop();
            listModel.search(searchField.getText());
            table.node().requestFocus();
            table.node().getSelectionModel().selectFirst();
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importButton = actions.button("import", "Import…");
        Button prev = actions.button("series-previous", "◀ Series");
        Button next = actions.button("series-next", "Series ▶");
        Button smaller = actions.button("zoom-out", "A−");
        Button larger = actions.button("zoom-in", "A+");
        Button theme = actions.button("theme", "◐");
        Button focus = actions.button("reading-mode", "⛶");
        ToolBar toolbar = new ToolBar(importButton, searchField, spacer, prev, next, smaller, larger, theme, focus);
        toolbar.setId("toolbar");

        banner.setId("banner");
        banner.getStyleClass().add("banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        Button dismiss = new Button("✕");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> hideBanner());
        Region bannerGap = new Region();
        HBox.setHgrow(bannerGap, Priority.ALWAYS);
        bannerText.setWrapText(true);
        banner.getChildren().setAll(bannerText, bannerGap, dismiss);
        banner.setVisible(false);
        banner.setManaged(false);

        top.getChildren().setAll(menus, toolbar, banner);
        root.setTop(top);

        listPane.getChildren().setAll(table.node());
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        inner.setOrientation(Orientation.HORIZONTAL);
        readingPane.getChildren().setAll(findBar.node(), reading.node());
        VBox.setVgrow(reading.node(), Priority.ALWAYS);
        inner.getItems().setAll(listPane, readingPane);
        outer.getItems().setAll(sidebar.node(), inner);
        reading.setOnContextMenu(this::pageMenu);
        reading.loadedIdProperty().addListener((obs, was, now) -> {
            if (now != null) {
                pageShown(now);
            }
        });
        positionDelay.setOnFinished(e -> persistPosition());
        SplitPane.setResizableWithParent(sidebar.node(), false);
        outer.setDividerPositions(settings.sidebarDividerProperty().get());
        inner.setDividerPositions(settings.listDividerProperty().get());
        outer.getDividers().get(0).positionProperty().addListener((obs, was, now) -> {
            if (!readingMode.get()) {
                settings.sidebarDividerProperty().set(now.doubleValue());
            }
        });
        inner.getDividers().get(0).positionProperty().addListener((obs, was, now) -> {
            if (!readingMode.get()) {
                settings.listDividerProperty().set(now.doubleValue());
            }
        });
        root.setCenter(outer);
        root.setBottom(statusBar);

        TableView<ArticleRow> t = table.node();
        t.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && !now.id().equals(currentId)) {
                selectionDelay.playFromStart();
            }
        });
        selectionDelay.setOnFinished(e -> {
            ArticleRow row = t.getSelectionModel().getSelectedItem();
            if (row != null && !row.id().equals(currentId)) {
                openingFromList = true;
                open(row.id());
                openingFromList = false;
            }
        });
        t.setOnMouseClicked(e -> {
            ArticleRow row = t.getSelectionModel().getSelectedItem();
            if (row != null && !row.id().equals(currentId)) {
                selectionDelay.stop();
                open(row.id());
            }
        });

        status.textProperty().bind(listModel.statusProperty());
        listModel.searchTermsProperty().addListener((obs, was, now) -> {
            if (currentId != null && !listModel.query().isEmpty()) {
                open(currentId);
            }
        });
        readingMode.addListener((obs, was, now) -> applyReadingMode(now));
        settings.zoomProperty().addListener((obs, was, now) -> reading.setZoom(now.doubleValue()));
        reading.setZoom(settings.zoomProperty().get());
        reading.setDark(settings.themeProperty().get() == Settings.Theme.DARK);
        settings.themeProperty().addListener((obs, was, now) -> reading.setDark(now == Settings.Theme.DARK));

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !importing.get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private HBox buildStatusBar() {
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.setVisible(false);
        progress.setManaged(false);
        status.setId("status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label where = new Label(library.file().toString());
        where.getStyleClass().add("status-library");
        HBox bar = new HBox(10, status, progress, gap, where);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    // --- after the first frame -----------------------------------------------------------------------------

    /** Work that must not delay the first frame: the WebView, the formula engine, the sample, the last article. */
    void afterFirstFrame() {
        table.node().requestFocus(); // j/k and the arrows work at once; Ctrl+K goes to the search field
        reading.initialise();
        MathEngine.warmUpInBackground();
        if (library.articleCount() == 0 && !library.isReadOnly()) {
            importSample();
        } else {
            restoreLastArticle();
        }
        watch = new Timeline(new KeyFrame(Duration.seconds(2), e -> noticeOtherProcesses()));
        watch.setCycleCount(Timeline.INDEFINITE);
        watch.play();
        for (String w : library.warnings()) {
            showBanner(w);
        }
        if (settings.problem() != null) {
            showBanner(settings.problem());
        }
    }

    private void restoreLastArticle() {
        String last = settings.lastArticleProperty().get();
        if (last != null && library.article(last).isPresent()) {
            open(last);
        } else {
            table.node().getSelectionModel().selectFirst();
        }
    }

    private void importSample() {
        List<Dump> dumps = SampleDumps.load();
        if (dumps.isEmpty()) {
            return;
        }
        Task<List<ImportModel.Outcome>> task = new Task<>() {
            @Override
            protected List<ImportModel.Outcome> call() {
                List<ImportModel.Outcome> outcomes = new ArrayList<>();
                for (Dump d : dumps) {
                    outcomes.add(importer.importDump(d));
                }
                return outcomes;
            }
        };
        task.setOnSucceeded(e -> {
            refreshAll();
            showBanner("Your library was empty, so the bundled sample is loaded: " + dumps.size()
                    + " dumps of kexue.fm, " + library.articleCount() + " articles. Import your own with Ctrl+O "
                    + "or by dropping files on the window.");
            table.node().getSelectionModel().selectFirst();
        });
        run(task, "sample-import");
    }

    // --- opening articles ----------------------------------------------------------------------------------

    /** Opens an article in the reading pane: the page is built off the FX thread, then shown. */
    void open(String id) {
        if (id == null || pageThread.isShutdown()) {
            return;
        }
        persistPosition();
        currentId = id;
        settings.lastArticleProperty().set(id);
        if (!openingFromList) {
            selectInList(id);
        }
        long gen = pageGeneration.incrementAndGet();
        List<String> terms = listModel.query().isEmpty() ? List.of() : listModel.searchTermsProperty().get();
        submit(pageThread, () -> {
            Optional<ReaderPages.Built> built;
            String saved;
            try {
                built = pages.build(id, terms);
                saved = built.isPresent() ? library.userState(id).position() : null;
            } catch (kexuereader.library.LibraryException e) {
                Platform.runLater(() -> showBanner("The article could not be read: " + e.getMessage()));
                return;
            }
            Platform.runLater(() -> {
                if (pageGeneration.get() != gen) {
                    return; // the user has moved on
                }
                if (built.isEmpty()) {
                    reading.clear();
                    return;
                }
                currentSeries = built.get().series();
                reading.show(id, built.get().html(), saved);
                Window w = services.owner();
                if (w instanceof javafx.stage.Stage stage) {
                    stage.setTitle(built.get().article().displayTitle() + " — kexue-reader");
                }
            });
        });
    }

    private void selectInList(String id) {
        TableView<ArticleRow> t = table.node();
        ArticleRow selected = t.getSelectionModel().getSelectedItem();
        if (selected != null && selected.id().equals(id)) {
            return;
        }
        int index = -1;
        if (t.getItems() instanceof PagedArticles paged) {
            index = paged.indexOf(id, 5000);
        } else {
            for (int i = 0; i < t.getItems().size(); i++) {
                if (t.getItems().get(i).id().equals(id)) {
                    index = i;
                    break;
                }
            }
        }
        if (index >= 0) {
            selectionDelay.stop();
            String keep = currentId;
            t.getSelectionModel().clearAndSelect(index);
            t.scrollTo(Math.max(0, index - 3));
            currentId = keep;
            selectionDelay.stop();
        }
    }

    private void openSeriesNeighbour(int direction) {
        SeriesPosition s = currentSeries;
        if (s == null) {
            return;
        }
        var target = direction < 0 ? s.previous() : s.next();
        if (target != null) {
            open(target.id());
        }
    }

    private void moveSelection(int delta) {
        TableView<ArticleRow> t = table.node();
        int size = t.getItems().size();
        if (size == 0) {
            return;
        }
        int at = t.getSelectionModel().getSelectedIndex();
        int to = at < 0 ? 0 : Math.max(0, Math.min(size - 1, at + delta));
        t.getSelectionModel().clearAndSelect(to);
        t.scrollTo(Math.max(0, to - 3));
    }

    // --- read state, stars, reading position ---------------------------------------------------------------

    /** A page finished loading: the article counts as read, and a showing find bar searches it. */
    private void pageShown(String id) {
        if (pageThread.isShutdown()) {
            return; // a page that finished loading after the window closed
        }
        position = null;
        positionOf = id;
        findBar.refresh();
        var state = library.userState(id);
        if (!state.read()) {
            changeState(id, true, state.starred());
        }
    }

    private void toggleRead() {
        if (currentId != null) {
            var state = library.userState(currentId);
            changeState(currentId, !state.read(), state.starred());
        }
    }

    private void toggleStar() {
        if (currentId != null) {
            var state = library.userState(currentId);
            changeState(currentId, state.read(), !state.starred());
        }
    }

    /** Writes a new read/starred state off the FX thread, then shows it in the list and the sidebar's counts. */
    private void changeState(String id, boolean read, boolean starred) {
        if (library.isReadOnly()) {
            return;
        }
        listModel.stateChanged(id, read, starred); // shown at once; written just after
        submit(stateThread, () -> {
            try {
                library.setRead(id, read);
                library.setStarred(id, starred);
                Platform.runLater(() -> {
                    listModel.stateChanged(id, read, starred);
                    sidebarModel.refresh();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> showBanner("Could not keep the change: " + e.getMessage()));
            }
        });
    }

    /** The page reports where reading stands; it is kept a little later, and when leaving the article. */
    private void positionReported(String where) {
        if (pageThread.isShutdown()) {
            return;
        }
        if (positionOf != null && positionOf.equals(currentId)) {
            position = where;
            positionDelay.playFromStart();
        }
    }

    private void persistPosition() {
        positionDelay.stop();
        String id = positionOf;
        String where = position;
        position = null;
        if (id == null || where == null || library.isReadOnly() || stateThread.isShutdown()) {
            return;
        }
        submit(stateThread, () -> {
            try {
                library.savePosition(id, where);
            } catch (RuntimeException e) {
                // a position is a convenience: losing one is not worth interrupting the reader
            }
        });
    }

    // --- find, formulas, export, print, statistics ---------------------------------------------------------

    private void showFind() {
        if (reading.loadedIdProperty().get() != null) {
            findBar.show();
        }
    }

    /** The right-click menu of the page: for a formula, copy its LaTeX or its picture; always, the article's. */
    private void pageMenu(double x, double y, double screenX, double screenY) {
        if (pageMenu != null && pageMenu.isShowing()) {
            return; // the press and the platform's request of one right-click
        }
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        pageMenu = menu;
        menu.setId("page-menu");
        String tex = reading.formulaAt(x, y);
        if (tex != null) {
            javafx.scene.control.MenuItem copyTex = new javafx.scene.control.MenuItem("Copy LaTeX");
            copyTex.setId("copy-latex");
            copyTex.setOnAction(a -> copyLatex(tex));
            javafx.scene.control.MenuItem copyImage = new javafx.scene.control.MenuItem("Copy as image");
            copyImage.setId("copy-image");
            copyImage.setOnAction(a -> copyFormulaImage(x, y, tex));
            menu.getItems().addAll(copyTex, copyImage, new javafx.scene.control.SeparatorMenuItem());
        }
        String selected = reading.selectedText();
        if (!selected.isEmpty()) {
            javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy");
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
        showBanner("Copied the formula's LaTeX.");
    }

    private void copyFormulaImage(double x, double y, String tex) {
        javafx.scene.image.WritableImage image = reading.formulaImage(x, y);
        putOnClipboard(tex, image);
        showBanner(image == null ? "Copied the formula's LaTeX." : "Copied the formula as an image (and its LaTeX as text).");
    }

    private static void putOnClipboard(String text, javafx.scene.image.Image image) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        if (image != null) {
            content.putImage(image);
        }
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private void copyMarkdown() {
        if (currentId == null) {
            return;
        }
        exports.markdown(currentId).ifPresent(md -> {
            putOnClipboard(md, null);
            showBanner("Copied the article as Markdown.");
        });
    }

    private void exportArticle(boolean markdown) {
        if (currentId == null) {
            return;
        }
        var article = library.article(currentId);
        if (article.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(markdown ? "Export as Markdown" : "Export as HTML");
        chooser.setInitialFileName(ArticleExports.fileName(article.get().displayTitle(), markdown ? ".md" : ".html"));
        chooser.getExtensionFilters().add(markdown ? new FileChooser.ExtensionFilter("Markdown", "*.md")
                : new FileChooser.ExtensionFilter("HTML", "*.html"));
        java.io.File target = chooser.showSaveDialog(services.owner());
        if (target != null) {
            exportTo(currentId, target.toPath(), markdown);
        }
    }

    /** Writes an article as Markdown or self-contained HTML, off the FX thread. */
    void exportTo(String id, Path target, boolean markdown) {
        submit(stateThread, () -> {
            try {
                exports.write(id, target, markdown);
                Platform.runLater(() -> showBanner("Exported to " + target));
            } catch (java.io.IOException | RuntimeException e) {
                Platform.runLater(() -> showBanner("Could not export to " + target + ": " + e.getMessage()));
            }
        });
    }

    private void print() {
        if (reading.loadedIdProperty().get() == null) {
            return;
        }
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job == null) {
            showBanner("No printer is set up on this computer. Export the article as HTML (Ctrl+Shift+E) and print "
                    + "it, or save it as PDF, from your browser.");
            return;
        }
        if (job.showPrintDialog(services.owner())) {
            reading.print(job);
            job.endJob();
        } else {
            job.cancelJob();
        }
    }

    private void showStatistics() {
        StatisticsView.show(services.owner(), library, settings, this::open, f -> {
            listModel.filterProperty().set(f);
            sidebar.select(f);
        });
    }

    // --- keyboard ------------------------------------------------------------------------------------------

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.getCode() == KeyCode.ESCAPE) {
            if (findBar.isShowing()) {
                findBar.hide();
                e.consume();
            } else if (readingMode.get()) {
                readingMode.set(false);
                e.consume();
            } else if (typing || !searchField.getText().isEmpty()) {
                searchField.clear();
                searchDelay.stop();
                listModel.search("");
                table.node().requestFocus();
                e.consume();
            }
            return;
        }
        if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean inTable = e.getTarget() == table.node();
        switch (e.getCode()) {
            case J -> {
                moveSelection(1);
                e.consume();
            }
            case K -> {
                moveSelection(-1);
                e.consume();
            }
            case DOWN, UP -> {
                if (!inTable) {
                    moveSelection(e.getCode() == KeyCode.DOWN ? 1 : -1);
                    e.consume();
                }
            }
            case ENTER -> {
                ArticleRow row = table.node().getSelectionModel().getSelectedItem();
                if (row != null) {
                    selectionDelay.stop();
                    open(row.id());
                }
                e.consume();
            }
            case SPACE -> {
                reading.scrollPage(e.isShiftDown() ? -0.9 : 0.9);
                e.consume();
            }
            case U -> {
                actions.get("toggle-read").run();
                e.consume();
            }
            case S -> {
                actions.get("toggle-star").run();
                e.consume();
            }
            case OPEN_BRACKET -> {
                openSeriesNeighbour(-1);
                e.consume();
            }
            case CLOSE_BRACKET -> {
                openSeriesNeighbour(1);
                e.consume();
            }
            default -> {
                // other keys keep their usual meaning
            }
        }
    }

    private void focusSearch() {
        if (readingMode.get()) {
            readingMode.set(false);
        }
        searchField.requestFocus();
        searchField.selectAll();
    }

    // --- import --------------------------------------------------------------------------------------------

    private void chooseAndImport() {
        if (library.isReadOnly()) {
            showBanner(library.file() + " is read-only; nothing can be imported into it.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import kexue.fm dumps");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Dumps and pages", "*.txt", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(services.owner());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(java.io.File::toPath).toList());
        }
    }

    /** Imports files and folders (their *.txt files) with a progress bar, then shows the per-file report. */
    void importFiles(List<Path> chosen) {
        if (importing.get()) {
            return;
        }
        List<Path> files = ImportModel.expand(chosen);
        if (files.isEmpty()) {
            showBanner("Nothing to import: no .txt or .md files in what was chosen.");
            return;
        }
        Task<List<ImportModel.Outcome>> task = importer.task(files);
        importing.set(true);
        progress.setVisible(true);
        progress.setManaged(true);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().unbind();
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            finishImport();
            List<ImportModel.Outcome> outcomes = task.getValue();
            showBanner(ImportModel.headline(outcomes));
            ImportReport.show(services.owner(), outcomes);
        });
        task.setOnFailed(e -> {
            finishImport();
            Throwable t = task.getException();
            showBanner("The import stopped: " + (t == null ? "unknown error" : t.getMessage()));
        });
        run(task, "reader-import");
    }

    private void finishImport() {
        importing.set(false);
        progress.progressProperty().unbind();
        progress.setVisible(false);
        progress.setManaged(false);
        status.textProperty().unbind();
        status.textProperty().bind(listModel.statusProperty());
        refreshAll();
    }

    BooleanProperty importingProperty() {
        return importing;
    }

    /** Runs work on one of the window's threads; once the window has closed, there is nothing left to do. */
    private static void submit(ExecutorService executor, Runnable work) {
        try {
            executor.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the window is closing
        }
    }

    private static void run(Task<?> task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    // --- refresh, theme, zoom, reading mode ----------------------------------------------------------------

    /** Re-reads the sidebar and the list, e.g. after an import here or in another process. */
    void refreshAll() {
        seenChange = library.changeCounter();
        sidebarModel.refresh();
        listModel.refresh();
        if (currentId != null) {
            selectInList(currentId);
        }
    }

    private void noticeOtherProcesses() {
        if (importing.get()) {
            return;
        }
        try {
            long now = library.changeCounter();
            if (now != seenChange) {
                refreshAll();
            }
        } catch (RuntimeException e) {
            // the file is busy or gone for a moment; the next tick tries again
        }
    }

    private void toggleTheme() {
        settings.themeProperty().set(settings.themeProperty().get() == Settings.Theme.DARK
                ? Settings.Theme.LIGHT : Settings.Theme.DARK);
    }

    private void zoom(double z) {
        settings.zoomProperty().set(Settings.clampZoom(Math.round(z * 100) / 100.0));
    }

    private void applyReadingMode(boolean on) {
        if (on) {
            outer.getItems().setAll(readingPane);
            top.setVisible(false);
            top.setManaged(false);
            statusBar.setVisible(false);
            statusBar.setManaged(false);
            reading.node().requestFocus();
        } else {
            inner.getItems().setAll(listPane, readingPane);
            outer.getItems().setAll(sidebar.node(), inner);
            outer.setDividerPositions(settings.sidebarDividerProperty().get());
            inner.setDividerPositions(settings.listDividerProperty().get());
            top.setVisible(true);
            top.setManaged(true);
            statusBar.setVisible(true);
            statusBar.setManaged(true);
        }
        if (services.owner() instanceof javafx.stage.Stage stage) {
            stage.setFullScreenExitHint("Press F11 or Esc to leave the reading view");
            stage.setFullScreen(on);
        }
    }

    void showBanner(String text) {
        bannerText.setText(text);
        banner.setVisible(true);
        banner.setManaged(true);
    }

    private void hideBanner() {
        banner.setVisible(false);
        banner.setManaged(false);
    }

    // --- for tests -----------------------------------------------------------------------------------------

    ArticleListModel listModel() {
        return listModel;
    }

    ReadingView readingView() {
        return reading;
    }

    FindBar findBar() {
        return findBar;
    }

    SidebarView sidebar() {
        return sidebar;
    }

    String currentId() {
        return currentId;
    }

    Node searchField() {
        return searchField;
    }

    /** Stops the window's timers and threads; it opens nothing afterwards. */
    void shutdown() {
        persistPosition();
        stateThread.shutdown();
        try {
            stateThread.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        positionDelay.stop();
        selectionDelay.stop();
        searchDelay.stop();
        if (watch != null) {
            watch.stop();
        }
        pageThread.shutdownNow();
        searchThread.shutdownNow();
        try {
            // a page being built reads the library: let it finish before the library closes
            pageThread.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
            searchThread.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
