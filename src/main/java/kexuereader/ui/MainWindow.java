package kexuereader.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
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
import kexuereader.library.Library;
import kexuereader.library.SampleDumps;
import kexuereader.library.UserState;
import kexuereader.math.MathEngine;
import kexuereader.model.Dump;

/**
 * The reader's window: sidebar, article list and reading pane, with the toolbar, menus and shortcuts of one
 * action table. It lays the views out and wires them to the roles that do the work: {@link LibraryService}
 * (every library call, off the FX thread), {@link ReadingController} (opening articles),
 * {@link ArticleStateModel} (read and star), {@link ImportController}, {@link LibraryWatcher} (other
 * processes' changes), {@link Banner} and {@link WindowMenus}.
 */
final class MainWindow {

    private final LibraryService service;
    private final Library library;
    private final Settings settings;
    private final Services services;
    private final Actions actions = new Actions();
    private final ArticleListModel listModel;
    private final SidebarModel sidebarModel;
    private final SidebarView sidebar;
    private final ArticleListView table;
    private final ReadingView reading;
    private final FindBar findBar;
    private final ArticleStateModel state;
    private final ReadingController reader;
    private final ImportController importer;
    private final LibraryWatcher watcher;
    private final ArticleOutput output;
    private final Banner banner = new Banner();

    private final BorderPane root = new BorderPane();
    private final SavedSplit outer;
    private final SavedSplit inner;
    private final TextField searchField = new TextField();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final VBox top = new VBox();
    private final HBox statusBar;
    private final VBox listPane = new VBox();
    private final VBox readingPane = new VBox();
    private final BooleanProperty readingMode = new SimpleBooleanProperty(this, "readingMode", false);
    private final javafx.animation.PauseTransition selectionDelay =
            new javafx.animation.PauseTransition(Duration.millis(120));
    private final javafx.animation.PauseTransition searchDelay =
            new javafx.animation.PauseTransition(Duration.millis(160));
    private boolean openingFromList;
    /** True while the list's selection is the window's own (first start), not the reader's. */
    private boolean unaskedSelection;
    /** Whether {@link #openFirst} ran, whether the window's first frame is out, and whether the sample waits for it. */
    private boolean firstAsked;
    private boolean firstFrameOut;
    private boolean sampleWaits;
    private boolean firstExpected;
    /** What the window showed first, read with the library's opening; null when the window read it itself. */
    private final StartView startView;
    private final ReadingHistory history = new ReadingHistory();
    /** True while back or forward opens an article, which the history must not record as a new visit. */
    private boolean walkingHistory;
    /** The panes' smallest and largest widths: the sidebar's counts, the list's four columns, a readable page. */
    static final double SIDEBAR_MIN_WIDTH = 150;
    static final double SIDEBAR_MAX_WIDTH = 420;
    static final double LIST_MIN_WIDTH = 400;
    static final double READING_MIN_WIDTH = 300;

    /** The application services the window needs besides the library. */
    interface Services {
        void showDocument(String url);

        Window owner();
    }

    /** A window that reads what it shows first from the library itself (off the FX thread). */
    MainWindow(Library library, Settings settings, Services services) {
        this(library, settings, services, null);
    }

    /**
     * @param first what to show at once, read with the library's opening (null: read it now, off the FX thread)
     */
    MainWindow(Library library, Settings settings, Services services, StartView first) {
        this(library, settings, services, first, null);
    }

    /**
     * @param first   what to show at once, read with the library's opening (null: read it now, off the FX thread)
     * @param early the reading pane the start-up made before the window, perhaps showing the first article
     *              already ({@link #adoptFirst}); null: the window makes its own
     */
    MainWindow(Library library, Settings settings, Services services, StartView first, ReadingView early) {
        this.library = library;
        this.startView = first;
        this.service = LibraryService.forWindow(library);
        this.settings = settings;
        this.services = services;
        this.outer = new SavedSplit(settings.sidebarDividerProperty(), () -> !readingMode.get());
        this.inner = new SavedSplit(settings.listDividerProperty(), () -> !readingMode.get());
        Messages.use(Messages.forSetting(settings.languageProperty().get())); // before any word is shown
        this.listModel = new ArticleListModel(service);
        this.sidebarModel = new SidebarModel(service, first == null ? null : first.sidebar());
        this.reading = early != null ? early : new ReadingView();
        this.reading.bind(this::open, services::showDocument, w -> reader().positionReported(w));
        this.findBar = new FindBar(reading);
        this.state = new ArticleStateModel(service, new ArticleStateModel.Shown() {
            @Override
            public void state(String id, UserState s) {
                listModel.stateChanged(id, s.read(), s.starred());
            }

            @Override
            public void kept() {
                sidebarModel.refresh();
            }
        }, banner::show);
        this.reader = new ReadingController(service, new ReaderPages(library, MathEngine.shared()), reading, findBar,
                state, settings, new ReadingController.Window() {
                    @Override
                    public void opening(String id) {
                        if (!walkingHistory) {
                            history.visit(id);
                        }
                        if (!openingFromList) {
                            selectInList(id);
                        }
                    }

                    @Override
                    public void titled(String title) {
                        if (services.owner() instanceof javafx.stage.Stage stage) {
                            stage.setTitle(Messages.format("window.title.article", title));
                        }
                    }

                    @Override
                    public void problem(String message) {
                        banner.show(message);
                    }
                });
        this.output = new ArticleOutput(service, reading, reader, actions, banner, services::owner);
        this.importer = new ImportController(service);
        this.watcher = new LibraryWatcher(service, this::libraryChanged);
        this.sidebar = new SidebarView(sidebarModel, listModel.filterProperty()::set, this::open);
        this.table = new ArticleListView(listModel);
        this.sidebar.setOnMarkRead(this::markAllRead);
        defineActions();
        this.statusBar = buildStatusBar();
        build();
        watcher.caughtUp();
        if (first == null) {
            listModel.refresh();
        } else {
            listModel.show(first.list());
        }
    }

    Parent root() {
        return root;
    }

    // --- actions -------------------------------------------------------------------------------------------

    private void defineActions() {
        BooleanExpression noArticle = reader.currentProperty().isNull();
        BooleanExpression noPage = reading.loadedIdProperty().isNull();
        BooleanExpression readOnly = new SimpleBooleanProperty(library.isReadOnly());
        BooleanExpression noPrevious = Bindings.createBooleanBinding(() -> reader.seriesProperty().get() == null
                || reader.seriesProperty().get().previous() == null, reader.seriesProperty());
        BooleanExpression noNext = Bindings.createBooleanBinding(() -> reader.seriesProperty().get() == null
                || reader.seriesProperty().get().next() == null, reader.seriesProperty());
        actions.add("import", Messages.get("action.import"), "Shortcut+O", importer.importingProperty().or(readOnly),
                this::chooseAndImport);
        actions.add("search", Messages.get("action.search"), "Shortcut+K", this::focusSearch);
        actions.add("back", Messages.get("nav.back"), "Alt+Left", history.canBackProperty().not(),
                () -> walkHistory(history.back()));
        actions.add("forward", Messages.get("nav.forward"), "Alt+Right", history.canForwardProperty().not(),
                () -> walkHistory(history.forward()));
        actions.add("next", Messages.get("action.next"), null, () -> moveSelection(1));
        actions.add("previous", Messages.get("action.previous"), null, () -> moveSelection(-1));
        actions.addKey("next-unread", Messages.get("action.next-unread"), "N", readOnly, this::nextUnread);
        actions.add("series-previous", Messages.get("action.series-previous"), null, noPrevious, () -> openSeriesNeighbour(-1));
        actions.add("series-next", Messages.get("action.series-next"), null, noNext, () -> openSeriesNeighbour(1));
        actions.add("zoom-in", Messages.get("action.zoom-in"), "Shortcut+Plus", settings.zoomProperty().greaterThanOrEqualTo(
                Settings.MAX_ZOOM), () -> zoom(settings.zoomProperty().get() * 1.1));
        actions.add("zoom-out", Messages.get("action.zoom-out"), "Shortcut+Minus", settings.zoomProperty().lessThanOrEqualTo(
                Settings.MIN_ZOOM), () -> zoom(settings.zoomProperty().get() / 1.1));
        actions.add("zoom-reset", Messages.get("action.zoom-reset"), "Shortcut+0", () -> zoom(1.0));
        actions.add("text-larger", Messages.get("action.text-larger"), "Shortcut+Shift+Period",
                settings.pageFontSizeProperty().greaterThanOrEqualTo(Settings.MAX_FONT_SIZE), () -> textSize(1));
        actions.add("text-smaller", Messages.get("action.text-smaller"), "Shortcut+Shift+Comma",
                settings.pageFontSizeProperty().lessThanOrEqualTo(Settings.MIN_FONT_SIZE), () -> textSize(-1));
        actions.add("text-reset", Messages.get("action.text-reset"), null, () -> {
            settings.pageFontSizeProperty().set(Settings.DEFAULT_FONT_SIZE);
            settings.pageLineHeightProperty().set(Settings.DEFAULT_LINE_HEIGHT);
            settings.pageMeasureProperty().set(Settings.DEFAULT_MEASURE);
        });
        actions.add("theme", Messages.get("action.theme"), "Shortcut+Shift+D", this::toggleTheme);
        actions.add("reading-mode", Messages.get("action.reading-mode"), "F11", () -> readingMode.set(!readingMode.get()));
        actions.add("refresh", Messages.get("action.refresh"), "F5", this::refreshAll);
        actions.addKey("toggle-read", Messages.get("action.toggle-read"), "U", noArticle.or(readOnly), state::toggleRead);
        actions.addKey("toggle-star", Messages.get("action.toggle-star"), "S", noArticle.or(readOnly), state::toggleStar);
        actions.add("find", Messages.get("action.find"), "Shortcut+F", noPage, this::showFind);
        actions.add("copy-markdown", Messages.get("action.copy-markdown"), "Shortcut+Shift+C", noArticle, output::copyMarkdown);
        actions.add("export-markdown", Messages.get("action.export-markdown"), null, noArticle, () -> output.exportArticle(true));
        actions.add("export-html", Messages.get("action.export-html"), "Shortcut+Shift+E", noArticle,
                () -> output.exportArticle(false));
        actions.add("print", Messages.get("action.print"), "Shortcut+P", noPage, output::print);
        actions.add("statistics", Messages.get("action.statistics"), "Shortcut+Shift+S", this::showStatistics);
        actions.add("quit", Messages.get("action.quit"), "Shortcut+Q", Platform::exit);
        actions.add("shortcuts", Messages.get("action.shortcuts"), "F1", () -> HelpDialogs.shortcuts(services.owner(),
                actions.all()));
        actions.add("about", Messages.get("action.about"), null, () -> HelpDialogs.about(services.owner(), library.file()));
    }

    Actions actions() {
        return actions;
    }

    // --- layout --------------------------------------------------------------------------------------------

    private void build() {
        root.setId("main-window");
        root.getStyleClass().add("main-window");
        root.setStyle(CjkFont.style());

        searchField.setId("search-field");
        searchField.setPromptText(Messages.get("search.prompt"));
        searchField.setPrefColumnCount(28);
        searchField.textProperty().addListener((obs, was, now) -> searchDelay.playFromStart());
        searchDelay.setOnFinished(e -> search(searchField.getText()));
        searchField.setOnAction(e -> {
            searchDelay.stop();
            search(searchField.getText());
            table.node().requestFocus();
            table.node().getSelectionModel().selectFirst();
        });

        top.getChildren().setAll(WindowMenus.menuBar(actions, settings), WindowMenus.toolBar(actions, searchField),
                banner.node());
        root.setTop(top);

        listPane.getChildren().setAll(table.node());
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        inner.setOrientation(Orientation.HORIZONTAL);
        readingPane.getChildren().setAll(findBar.node(), reading.node());
        VBox.setVgrow(reading.node(), Priority.ALWAYS);
        inner.getItems().setAll(listPane, readingPane);
        outer.getItems().setAll(sidebar.node(), inner);
        reading.setOnContextMenu(output::pageMenu);
        reading.setOnPreview(id -> service.read(lib -> lib.article(id).map(a -> new String[] {a.displayTitle(),
                a.date().display(), LinkPreview.firstLines(a.body())}), found -> found.ifPresent(
                v -> reading.showPreview(id, v[0], v[1], v[2]))));
        // every pane follows the window in proportion (a sidebar kept at its first pixel width stayed at the
        // ~100 px of a first layout at the minimum size, and came back at zero after the reading mode); the
        // minimum widths keep the columns of the list in view at 900×600
        sidebar.node().setMinWidth(SIDEBAR_MIN_WIDTH);
        sidebar.node().setMaxWidth(SIDEBAR_MAX_WIDTH);
        listPane.setMinWidth(LIST_MIN_WIDTH);
        readingPane.setMinWidth(READING_MIN_WIDTH);
        restoreDividers();
        root.setCenter(outer);
        root.setBottom(statusBar);

        TableView<ArticleRow> t = table.node();
        t.itemsProperty().addListener((obs, was, now) -> {
            // a new list (a refresh, a filter) moves the selection by itself: that opens nothing; the open
            // article is selected again where it now stands
            selectionDelay.stop();
            String id = reader.currentId();
            if (id != null) {
                selectInList(id);
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && !now.id().equals(reader.currentId())) {
                selectionDelay.playFromStart();
            }
        });
        selectionDelay.setOnFinished(e -> {
            ArticleRow row = t.getSelectionModel().getSelectedItem();
            boolean asked = !unaskedSelection;
            unaskedSelection = false;
            if (row != null && !row.id().equals(reader.currentId())) {
                openingFromList = true;
                reader.open(row.id(), searchTerms(), asked);
                openingFromList = false;
            }
        });
        t.setOnMouseClicked(e -> {
            ArticleRow row = t.getSelectionModel().getSelectedItem();
            if (row != null && !row.id().equals(reader.currentId())) {
                selectionDelay.stop();
                open(row.id());
            }
        });

        status.textProperty().bind(Bindings.when(importer.importingProperty()).then(importer.messageProperty())
                .otherwise(listModel.statusProperty()));
        listModel.searchTermsProperty().addListener((obs, was, now) -> {
            if (reader.currentId() != null && !listModel.query().isEmpty()) {
                open(reader.currentId());
            }
        });
        readingMode.addListener((obs, was, now) -> applyReadingMode(now));
        // the words are chosen as the window is built: a new language shows from the next start
        settings.languageProperty().addListener((obs, was, now) -> banner.inform(
                Messages.get(Messages.forSetting(now), "banner.language.restart")));
        settings.zoomProperty().addListener((obs, was, now) -> reading.setZoom(now.doubleValue()));
        reading.setZoom(settings.zoomProperty().get());
        javafx.beans.InvalidationListener pageText = o -> reading.setPageText(settings.pageFontSizeProperty().get(),
                settings.pageLineHeightProperty().get(), settings.pageMeasureProperty().get());
        pageText.invalidated(null);
        settings.pageFontSizeProperty().addListener(pageText);
        settings.pageLineHeightProperty().addListener(pageText);
        settings.pageMeasureProperty().addListener(pageText);
        reading.setDark(settings.themeProperty().get() == Settings.Theme.DARK);
        settings.themeProperty().addListener((obs, was, now) -> reading.setDark(now == Settings.Theme.DARK));

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // the mouse's back and forward buttons (4 and 5), anywhere in the window, the reading pane included
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.BACK
                    || e.getButton() == javafx.scene.input.MouseButton.FORWARD) {
                actions.get(e.getButton() == javafx.scene.input.MouseButton.BACK ? "back" : "forward").run();
                e.consume();
            }
        });
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !importer.importingProperty().get()) {
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

    /** Puts the dividers where the user left them. */
    private void restoreDividers() {
        outer.restore();
        inner.restore();
    }

    private HBox buildStatusBar() {
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.visibleProperty().bind(importer.importingProperty());
        progress.managedProperty().bind(importer.importingProperty());
        progress.progressProperty().bind(importer.progressProperty());
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

    /**
     * Starts opening what the window shows first (the last article, or the list's newest with text), so its page
     * is read and rendered on the page lane while the window makes its own first frame; the page waits for the
     * WebView, made after that frame. An empty library's sample is imported only after that frame. Called as
     * soon as the window is built; {@link #afterFirstFrame} calls it too when nothing did.
     */
    void openFirst() {
        firstExpected = false;
        if (firstAsked) {
            return;
        }
        firstAsked = true;
        if (startView != null && startView.opening() != null) {
            StartView.Opening o = startView.opening();
            reader.open(o.id(), searchTerms(), o.asked());
            return;
        }
        String last = settings.lastArticleProperty().get();
        service.read(lib -> new Object[] {lib.articleCount(), last != null && lib.article(last).isPresent()}, r -> {
            if ((int) r[0] == 0 && !library.isReadOnly()) {
                if (firstFrameOut) {
                    importSample();
                } else {
                    sampleWaits = true;
                }
            } else if (reader.currentId() != null) {
                return; // the user (or a test) opened an article meanwhile: that one stays
            } else if ((boolean) r[1]) {
                open(last);
            } else {
                showFirstUnasked();
            }
        });
    }

    /** How the list's table shares its width now; empty while it is not shown. */
    java.util.Optional<FirstFrame.Columns> listColumns() {
        return table.columns();
    }

    /** The start-up brings the first article itself ({@link #adoptFirst}, or {@link #openFirst} when none). */
    void expectFirst() {
        firstExpected = true;
    }

    /** Whether no article is open or opening. */
    boolean nothingOpen() {
        return reader.currentId() == null;
    }

    /**
     * Takes over the first article the start-up has shown (or is showing) in the reading pane, unless the reader
     * opened another meanwhile; instead of {@link #openFirst}.
     */
    void adoptFirst(FirstArticle.Shown shown) {
        firstExpected = false;
        firstAsked = true;
        if (reader.currentId() == null) {
            reader.adopt(shown.opening().id(), shown.page(), shown.opening().asked());
        }
    }

    /** Work that must not delay the first frame: the WebView, the formula engine, the sample. */
    void afterFirstFrame() {
        StartupTrace.mark("window: first frame out");
        firstFrameOut = true;
        table.node().requestFocus(); // j/k and the arrows work at once; Ctrl+K goes to the search field
        reading.initialise();
        StartupTrace.mark("window: web view made");
        MathWarmUp.start();
        if (!firstExpected) {
            openFirst();
        }
        if (sampleWaits) {
            sampleWaits = false;
            importSample();
        }
        watcher.start();
        for (String w : library.warnings()) {
            banner.show(w);
        }
        if (settings.problem() != null) {
            banner.show(settings.problem());
        }
    }

    private void importSample() {
        List<Dump> dumps = SampleDumps.load();
        if (dumps.isEmpty()) {
            return;
        }
        watcher.pause(true);
        importer.importSample(dumps, outcomes -> {
            watcher.pause(false);
            refreshAll();
            service.read(Library::articleCount, n -> {
                banner.inform(Messages.format("banner.sample", dumps.size(), n));
                showFirstUnasked();
            });
        });
    }

    // --- opening articles ----------------------------------------------------------------------------------

    /** Opens an article in the reading pane: the page is built off the FX thread, then shown. */
    void open(String id) {
        reader.open(id, searchTerms());
    }

    private List<String> searchTerms() {
        return listModel.query().isEmpty() ? List.of() : listModel.searchTermsProperty().get();
    }

    /**
     * Selects the list's first article the library holds text of (an index-only post has nothing to read) as the
     * window's own choice: it is not marked read until the reader scrolls.
     */
    private void showFirstUnasked() {
        TableView<ArticleRow> t = table.node();
        if (!(t.getItems() instanceof PagedArticles paged)) {
            unaskedSelection = true;
            t.getSelectionModel().selectFirst();
            return;
        }
        paged.locateFirst(a -> !a.indexOnly(), 5000, index -> {
            if (t.getItems() != paged || reader.currentId() != null || t.getSelectionModel().getSelectedItem() != null) {
                return; // the reader chose meanwhile
            }
            if (index < 0) {
                unaskedSelection = true;
                t.getSelectionModel().selectFirst();
            } else {
                // opened at once, not after the list's selection delay (which is for the reader's own moves);
                // opening selects its row
                reader.open(t.getItems().get(index).id(), searchTerms(), false);
            }
        });
    }

    /** Marks every article of a sidebar entry (a series, a year) read. */
    void markAllRead(kexuereader.library.ArticleFilter filter) {
        if (!library.isReadOnly()) {
            sidebarModel.markAllRead(filter, listModel::refresh);
        }
    }

    /**
     * Opens the next unread article: the first unread row after the selected one among the rows the list has
     * read, else the newest unread article of the list's filter; says so when none is left.
     */
    private void nextUnread() {
        TableView<ArticleRow> t = table.node();
        int from = Math.max(0, t.getSelectionModel().getSelectedIndex() + 1);
        for (int i = from; i < t.getItems().size(); i++) {
            var a = articleAt(t, i);
            if (a == null) {
                break; // not read yet: the library answers below
            }
            if (!a.read() && !a.indexOnly() && !a.id().equals(reader.currentId())) {
                select(i);
                open(a.id());
                return;
            }
        }
        String current = reader.currentId();
        var filter = SidebarModel.unread(listModel.filterProperty().get());
        service.read(lib -> lib.list(filter, kexuereader.library.SortOrder.DATE, false, 0, 3).stream()
                .filter(a -> !a.id().equals(current) && !a.indexOnly()).findFirst().map(a -> a.id()), next -> {
                    if (next.isPresent()) {
                        open(next.get());
                    } else {
                        banner.inform(Messages.get("banner.noUnread"));
                    }
                });
    }

    /** Opens an article back or forward in the history, without recording it as a new visit. */
    private void walkHistory(String id) {
        if (id == null) {
            return;
        }
        walkingHistory = true;
        try {
            open(id);
        } finally {
            walkingHistory = false;
        }
    }

    ReadingHistory history() {
        return history;
    }

    private void openSeriesNeighbour(int direction) {
        reader.openSeriesNeighbour(direction, List.of());
    }

    /** Selects an article in the list, once the library says where it stands there. */
    private void selectInList(String id) {
        TableView<ArticleRow> t = table.node();
        ArticleRow selected = t.getSelectionModel().getSelectedItem();
        if (selected != null && selected.id().equals(id)) {
            return;
        }
        if (t.getItems() instanceof PagedArticles paged) {
            paged.locate(id, 5000, index -> {
                if (t.getItems() == paged && id.equals(reader.currentId())) {
                    select(index);
                }
            });
            return;
        }
        if (t.getItems() instanceof SearchHitRows hits) {
            select(hits.indexOf(id));
            return;
        }
        for (int i = 0; i < t.getItems().size(); i++) {
            if (t.getItems().get(i).id().equals(id)) {
                select(i);
                return;
            }
        }
    }

    /** The article of a row as far as the list has it (null for a row not read yet), asking for no snippet. */
    private static kexuereader.model.ArticleSummary articleAt(TableView<ArticleRow> t, int i) {
        if (t.getItems() instanceof SearchHitRows hits) {
            return hits.article(i);
        }
        ArticleRow row = t.getItems().get(i);
        return row == null ? null : row.article();
    }

    private void select(int index) {
        if (index < 0) {
            return;
        }
        TableView<ArticleRow> t = table.node();
        selectionDelay.stop();
        t.getSelectionModel().clearAndSelect(index);
        t.scrollTo(Math.max(0, index - 3));
        selectionDelay.stop();
    }

    private void moveSelection(int delta) {
        TableView<ArticleRow> t = table.node();
        int size = t.getItems().size();
        if (size == 0) {
            return;
        }
        unaskedSelection = false;
        int at = t.getSelectionModel().getSelectedIndex();
        int to = at < 0 ? 0 : Math.max(0, Math.min(size - 1, at + delta));
        t.getSelectionModel().clearAndSelect(to);
        t.scrollTo(Math.max(0, to - 3));
    }

    // --- find, formulas, export, print, statistics ---------------------------------------------------------

    private void showFind() {
        if (reading.loadedIdProperty().get() != null) {
            findBar.show();
        }
    }

    /** Writes an article as Markdown or self-contained HTML, off the FX thread. */
    void exportTo(String id, Path target, boolean markdown) {
        output.exportTo(id, target, markdown);
    }

    private void showStatistics() {
        StatisticsView.show(services.owner(), service, settings, this::open, f -> {
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
                reading.run("window.kexueClearMarks()"); // the open article keeps no marks of a cleared search
                table.node().requestFocus();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() && !e.isAltDown() && zoomKey(e.getCode()) != null) {
            // Ctrl++ is EQUALS on a US keyboard and ADD on the keypad; the menu's accelerator matches neither
            actions.get(zoomKey(e.getCode())).run();
            e.consume();
            return;
        }
        if (e.isAltDown() && !e.isShortcutDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            actions.get(e.getCode() == KeyCode.LEFT ? "back" : "forward").run();
            e.consume();
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
                // at the end of an article Space goes on to the next unread one, as in NetNewsWire
                if (!e.isShiftDown() && reading.atEnd()) {
                    actions.get("next-unread").run();
                } else {
                    reading.scrollPage(e.isShiftDown() ? -0.9 : 0.9);
                }
                e.consume();
            }
            case N -> {
                actions.get("next-unread").run();
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

    /** The zoom action a key with Ctrl means, or null. */
    private static String zoomKey(KeyCode code) {
        return switch (code) {
            case EQUALS, ADD, PLUS -> "zoom-in";
            case SUBTRACT, MINUS -> "zoom-out";
            case NUMPAD0, DIGIT0 -> "zoom-reset";
            default -> null;
        };
    }

    /** A new search shows its hits by relevance, whatever column the list was sorted by before. */
    private void search(String text) {
        if (listModel.query().isEmpty() && text != null && !text.isBlank()) {
            table.clearSort();
        }
        listModel.search(text);
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
            showBanner(Messages.format("banner.readonly", library.file()));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooser.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.get("import.chooser.dumps"), "*.txt", "*.md"),
                new FileChooser.ExtensionFilter(Messages.get("import.chooser.all"), "*"));
        java.io.File folder = ImportFolder.usable(settings.importFolderProperty().get());
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
        List<java.io.File> files = chooser.showOpenMultipleDialog(services.owner());
        if (files != null && !files.isEmpty()) {
            java.io.File parent = files.get(0).getAbsoluteFile().getParentFile();
            if (parent != null) {
                settings.importFolderProperty().set(parent.getPath());
            }
            importFiles(files.stream().map(java.io.File::toPath).toList());
        }
    }

    /** Imports files and folders (their *.txt files) with a progress bar, then shows the per-file report. */
    void importFiles(List<Path> chosen) {
        if (importer.importingProperty().get()) {
            return;
        }
        List<Path> files = ImportModel.expand(chosen);
        if (files.isEmpty()) {
            banner.inform(Messages.get("banner.import.nothing"));
            return;
        }
        watcher.pause(true);
        importer.importFiles(files, outcomes -> {
            watcher.pause(false);
            refreshAll();
            banner.inform(ImportModel.headline(outcomes));
            ImportReport.show(services.owner(), outcomes);
        });
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importer.importingProperty();
    }

    // --- refresh, theme, zoom, reading mode ----------------------------------------------------------------

    /** Re-reads the sidebar and the list, e.g. after an import here or in another process. */
    void refreshAll() {
        watcher.caughtUp();
        sidebarModel.refresh();
        listModel.refresh(); // the open article is selected again when the new list arrives
    }

    /** Another process changed the library: show it as it is now, and follow the open article if it moved. */
    private void libraryChanged() {
        refreshAll();
        String was = reader.currentId();
        reader.follow(now -> history.renamed(was, now));
    }

    private void toggleTheme() {
        settings.themeProperty().set(settings.themeProperty().get() == Settings.Theme.DARK
                ? Settings.Theme.LIGHT : Settings.Theme.DARK);
    }

    /** The page's text a pixel larger (1) or smaller (-1); unlike zoom, the window and the formulas' scale stay. */
    private void textSize(int step) {
        settings.pageFontSizeProperty().set(Settings.clampFontSize(settings.pageFontSizeProperty().get() + step));
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
            top.setVisible(true);
            top.setManaged(true);
            statusBar.setVisible(true);
            statusBar.setManaged(true);
            restoreDividers();
        }
        if (services.owner() instanceof javafx.stage.Stage stage) {
            // no stock "Press Esc" banner over the text: F11 and Esc are the window's own keys
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
            stage.setFullScreen(on);
        }
    }

    void showBanner(String text) {
        banner.show(text);
    }

    /** Shows news in the banner, which goes by itself. */
    void inform(String text) {
        banner.inform(text);
    }

    // --- for tests -----------------------------------------------------------------------------------------

    ArticleListModel listModel() {
        return listModel;
    }

    ReadingView readingView() {
        return reading;
    }

    /** What the banner says, or null when it is hidden. */
    String bannerText() {
        return banner.text();
    }

    boolean bannerExpires() {
        return banner.expires();
    }

    FindBar findBar() {
        return findBar;
    }

    SidebarView sidebar() {
        return sidebar;
    }

    /** The split between the sidebar and the rest. */
    SplitPane panes() {
        return outer;
    }

    double listPaneWidth() {
        return listPane.getWidth();
    }

    String currentId() {
        return reader.currentId();
    }

    Node searchField() {
        return searchField;
    }

    LibraryService service() {
        return service;
    }

    ArticleStateModel stateModel() {
        return state;
    }

    ReadingController reader() {
        return reader;
    }

    /** Stops the window's timers and lanes (keeping the last reading position); it opens nothing afterwards. */
    void shutdown() {
        reader.shutdown();
        selectionDelay.stop();
        searchDelay.stop();
        banner.hide(); // stops news' expiry: no animation outlives the window
        watcher.stop();
        service.close(); // waits for the calls under way: the library may close right after
    }
}
