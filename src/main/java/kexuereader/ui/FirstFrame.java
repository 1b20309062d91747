package kexuereader.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import kexuereader.model.ArticleSummary;

/**
 * What the window shows in its very first frame: the newest articles as they will stand in the list, in the
 * window's layout, drawn with labels only. The real window (a table, a tree, menus, a tool bar) costs twice a
 * bare window to create and style on its own; this costs a little more than one. The real window replaces it
 * as soon as that frame is out, in the same places, so the list the user sees does not move.
 */
final class FirstFrame implements StartFrame {

    /** Heights of the menu bar, the tool bar and the table's header row, as the theme draws them. */
    private static final double MENU = 40;
    private static final double TOOLBAR = 48;
    private static final double HEADER = 38;
    /** The height of a row of the sidebar's tree, and of the status bar, as the theme draws them. */
    static final double SIDE_ROW = 27;
    private static final double STATUS = 28;
    /** The space left and right of a cell's text, as the table's cells have it. */
    private static final double CELL_PADDING = 8;

    private final BorderPane root = new BorderPane();
    private final boolean hasRows;
    /** Where the reading pane stands: empty in the first frame, then the first article, before the window. */
    private final StackPane reading = new StackPane();

    /**
     * What the first frame shows, as texts: the list's first rows, the sidebar's entries with its sections open,
     * and the number of articles. It is read from the library, or from the snapshot the last window left
     * ({@link StartSnapshot}), so the frame needs neither the library nor its driver.
     */
    record Content(List<Row> rows, List<Entry> entries, int count, Columns columns) {

        /** The most sidebar entries a frame can show: a window 5,000 px tall. */
        static final int MAX_ENTRIES = 200;

        Content {
            rows = List.copyOf(rows);
            entries = List.copyOf(entries);
        }

        Content(List<Row> rows, List<Entry> entries, int count) {
            this(rows, entries, count, Columns.DEFAULT);
        }

        /** The same, with the columns as the window's table shares them. */
        Content withColumns(Columns measured) {
            return new Content(rows, entries, count, measured);
        }

        /** What the window shows first, as the frame draws it. */
        static Content of(StartView start) {
            List<Row> rows = new java.util.ArrayList<>();
            for (ArticleSummary a : start.list().firstPage()) {
                // a post known only from the index is not there to be read: never unread
                rows.add(new Row(ArticleListView.titleText(a), a.date().display(), ArticleListView.readersText(a),
                        ArticleListView.seriesText(a.series()), !a.read() && !a.indexOnly()));
            }
            List<Entry> entries = entries(start.sidebar());
            // no window is tall enough for more: a library of thousands of series keeps its snapshot small
            return new Content(rows, entries.subList(0, Math.min(MAX_ENTRIES, entries.size())),
                    start.sidebar().all().count());
        }

        private static List<Entry> entries(SidebarModel.Sections s) {
            List<Entry> entries = new java.util.ArrayList<>();
            entries.add(Entry.of(s.all(), Entry.TOP));
            entries.add(Entry.of(s.unread(), Entry.TOP));
            entries.add(Entry.of(s.starred(), Entry.TOP));
            entries.add(new Entry(Entry.HEADING, Messages.get("sidebar.series"), 0, ""));
            for (SidebarItem item : s.series()) {
                entries.add(Entry.of(item, Entry.SERIES));
            }
            entries.add(new Entry(Entry.HEADING, Messages.get("sidebar.years"), 0, ""));
            for (SidebarItem item : s.years()) {
                entries.add(Entry.of(item, Entry.YEAR));
            }
            return entries;
        }
    }

    /**
     * How the list's width is shared: the title's part of what the date and readers columns leave
     * ({@code titleShare}, the series has the rest), less {@code rest} (the scroll bar and the borders). The
     * default is about what the table's constrained policy gives; a window that closed measured its own
     * ({@link ArticleListView#columns}), so the next frame's columns stand where the table's will.
     */
    record Columns(double titleShare, double rest) {
        static final Columns DEFAULT = new Columns(0.664, 18);

        Columns {
            if (!(titleShare > 0 && titleShare < 1) || !(rest >= 0 && rest < 100)) {
                titleShare = DEFAULT.titleShare;
                rest = DEFAULT.rest;
            }
        }
    }

    /** A row of the list: its cells' texts, and whether its title is drawn as unread. */
    record Row(String title, String date, String readers, String series, boolean unread) {
    }

    /**
     * An entry of the sidebar: its kind ({@link #TOP}, {@link #HEADING}, {@link #SERIES}, {@link #YEAR}: the
     * tree's disclosure arrows and indents), its name, its unread count (0: no pill), its count's text.
     */
    record Entry(int kind, String label, int unread, String count) {
        static final int TOP = 0;
        static final int HEADING = 1;
        static final int SERIES = 2;
        static final int YEAR = 3;

        static Entry of(SidebarItem item, int kind) {
            return new Entry(kind, item.label(), item.unread(), item.countText());
        }
    }

    /**
     * @param height the window's height, for how many rows are visible
     */
    FirstFrame(StartView start, Settings settings, double height) {
        this(Content.of(start), settings, height);
    }

    /**
     * @param height the window's height, for how many rows are visible
     */
    FirstFrame(Content content, Settings settings, double height) {
        int visible = (int) Math.max(1, Math.ceil((height - MENU - TOOLBAR - HEADER) / ArticleListView.ROW));
        List<Row> rows = content.rows().subList(0, Math.min(visible, content.rows().size()));
        hasRows = !rows.isEmpty();
        root.getStyleClass().add("first-frame");
        root.setStyle(CjkFont.style());

        HBox menus = new HBox(row(Messages.get("menu.file")), row(Messages.get("menu.view")),
                row(Messages.get("menu.article")), row(Messages.get("menu.go")), row(Messages.get("menu.insight")), row(Messages.get("menu.help")));
        menus.getStyleClass().add("first-frame-menus");
        menus.setMinHeight(MENU);
        menus.setAlignment(Pos.CENTER_LEFT);
        Label search = new Label(Messages.get("search.prompt"));
        search.getStyleClass().add("first-frame-search");
        search.setPrefWidth(360);
        HBox toolbar = new HBox(8, row(Messages.get("toolbar.import")), search);
        toolbar.getStyleClass().add("first-frame-toolbar");
        toolbar.setMinHeight(TOOLBAR);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new VBox(menus, toolbar));

        int count = content.count();
        VBox sidebar = new VBox();
        sidebar.getChildren().addAll(sidebarRows(content.entries(),
                (int) Math.ceil((height - MENU - TOOLBAR - STATUS) / SIDE_ROW)));
        sidebar.getStyleClass().add("first-frame-sidebar");
        sidebar.setMinHeight(0); // entries beyond the window's height are cut, as the tree cuts them
        // the split panes' dividers, as the window will place them in whatever width the stage gets
        DoubleBinding sideWidth = root.widthProperty().multiply(settings.sidebarDividerProperty().get());
        sidebar.minWidthProperty().bind(sideWidth);
        sidebar.prefWidthProperty().bind(sideWidth);
        DoubleBinding listWidth = root.widthProperty().subtract(sideWidth)
                .multiply(settings.listDividerProperty().get());
        // the table's columns: date and readers fixed; title and series share the rest (less the scroll bar) as
        // the table's constrained resize policy shares it
        Columns columns = content.columns();
        DoubleBinding flexible = Bindings.createDoubleBinding(() -> Math.max(0, listWidth.get()
                - ArticleListView.DATE_WIDTH - ArticleListView.READERS_WIDTH - columns.rest()), listWidth);
        DoubleBinding[] widths = {flexible.multiply(columns.titleShare()), constant(ArticleListView.DATE_WIDTH),
                constant(ArticleListView.READERS_WIDTH), flexible.multiply(1 - columns.titleShare())};
        VBox list = new VBox(cells(widths, "first-frame-header", Messages.get("column.title"),
                Messages.get("column.date"), Messages.get("column.readers"), Messages.get("column.series")));
        for (Row a : rows) {
            HBox r = cells(widths, "first-frame-row", a.title(), a.date(), a.readers(), a.series());
            if (a.unread()) {
                r.getChildren().get(0).getStyleClass().add("unread");
            }
            list.getChildren().add(r);
        }
        list.getStyleClass().add("first-frame-list");
        list.prefWidthProperty().bind(listWidth);
        list.minWidthProperty().bind(listWidth);
        list.setMinHeight(0); // rows beyond the window's height are cut, as the table cuts them
        reading.getStyleClass().add("reading-pane");
        HBox.setHgrow(reading, Priority.ALWAYS);
        HBox center = new HBox(sidebar, list, reading);
        center.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(center.widthProperty());
        clip.heightProperty().bind(center.heightProperty());
        center.setClip(clip);
        root.setCenter(center);

        Label status = new Label(Messages.format("status.articles", count));
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(bar);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void showReading(javafx.scene.Node pane) {
        reading.getChildren().setAll(pane);
    }

    /** Where the reading pane stands in the scene, once the frame is laid out. */
    javafx.geometry.Bounds readingBounds() {
        return reading.localToScene(reading.getLayoutBounds());
    }

    @Override
    public boolean hasRows() {
        return hasRows;
    }

    private static Label row(String text) {
        Label l = new Label(text);
        l.setPadding(new Insets(0, 10, 0, 10));
        return l;
    }

    /**
     * The sidebar's entries as its tree shows them with its sections open, as many as {@code visible} rows:
     * all, unread and starred articles, then the series, then the years, each under its heading.
     */
    static List<HBox> sidebarRows(SidebarModel.Sections s, int visible) {
        return sidebarRows(Content.entries(s), visible);
    }

    private static List<HBox> sidebarRows(List<Entry> entries, int visible) {
        return entries.stream().limit(visible).map(FirstFrame::sideRow).toList();
    }

    /** One entry: its name, its unread count as a pill when some are unread, its count. */
    private static HBox sideRow(Entry entry) {
        int kind = entry.kind();
        Label label = new Label(entry.label());
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(0);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox box = new HBox(6);
        box.getStyleClass().add("first-frame-entry");
        if (kind == Entry.HEADING || kind == Entry.SERIES) {
            Label arrow = new Label(kind == Entry.HEADING ? "▾" : "▸");
            arrow.getStyleClass().add("first-frame-arrow");
            arrow.setMinWidth(12);
            box.getChildren().add(arrow);
        }
        box.getChildren().add(label);
        if (kind == Entry.HEADING) {
            box.getStyleClass().add("sidebar-heading");
        } else {
            if (entry.unread() > 0) {
                Label unread = new Label(String.valueOf(entry.unread()));
                unread.getStyleClass().add("sidebar-unread");
                unread.setMinWidth(Region.USE_PREF_SIZE);
                box.getChildren().add(unread);
            }
            Label number = new Label(entry.count());
            number.getStyleClass().add("sidebar-count");
            number.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(number);
        }
        double left = switch (kind) {
            case Entry.TOP -> 24;
            case Entry.HEADING -> 10;
            case Entry.SERIES -> 26;
            default -> 44;
        };
        box.setPadding(new Insets(3, 8, 3, left));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinHeight(SIDE_ROW);
        box.setMaxHeight(SIDE_ROW);
        return box;
    }

    private static DoubleBinding constant(double value) {
        return Bindings.createDoubleBinding(() -> value);
    }

    private static HBox cells(DoubleBinding[] widths, String styleClass, String... texts) {
        HBox box = new HBox();
        box.getStyleClass().add(styleClass);
        for (int i = 0; i < texts.length; i++) {
            // a text, not a label: the list's ~100 cells are most of the frame's nodes (FitText)
            javafx.scene.text.Text cell = FitText.of(texts[i], widths[i], CELL_PADDING,
                    i == 2 ? javafx.scene.text.TextAlignment.RIGHT : javafx.scene.text.TextAlignment.LEFT);
            HBox.setMargin(cell, new Insets(0, CELL_PADDING, 0, CELL_PADDING));
            cell.getStyleClass().add("first-frame-cell");
            box.getChildren().add(cell);
        }
        box.setMinHeight(styleClass.equals("first-frame-header") ? HEADER : ArticleListView.ROW);
        box.setMaxHeight(box.getMinHeight());
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
