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
final class FirstFrame {

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
     * @param height the window's height, for how many rows are visible
     */
    FirstFrame(StartView start, Settings settings, double height) {
        int visible = (int) Math.max(1, Math.ceil((height - MENU - TOOLBAR - HEADER) / ArticleListView.ROW));
        List<ArticleSummary> first = start.list().firstPage();
        List<ArticleSummary> rows = first.subList(0, Math.min(visible, first.size()));
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

        int count = start.sidebar().all().count();
        VBox sidebar = new VBox();
        sidebar.getChildren().addAll(sidebarRows(start.sidebar(),
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
        // the table's constrained resize policy shares it, about two to one
        DoubleBinding flexible = Bindings.createDoubleBinding(() -> Math.max(0, listWidth.get()
                - ArticleListView.DATE_WIDTH - ArticleListView.READERS_WIDTH - 18), listWidth);
        DoubleBinding[] widths = {flexible.multiply(0.664), constant(ArticleListView.DATE_WIDTH),
                constant(ArticleListView.READERS_WIDTH), flexible.multiply(0.336)};
        VBox list = new VBox(cells(widths, "first-frame-header", Messages.get("column.title"),
                Messages.get("column.date"), Messages.get("column.readers"), Messages.get("column.series")));
        for (ArticleSummary a : rows) {
            HBox r = cells(widths, "first-frame-row", ArticleListView.titleText(a), a.date().display(),
                    ArticleListView.readersText(a), ArticleListView.seriesText(a.series()));
            if (!a.read() && !a.indexOnly()) { // a post known only from the index is not there to be read
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

    /** The node to show until the real window is built. */
    Parent root() {
        return root;
    }

    /** Shows the reading pane (its first article) where the window will show it, until the window is built. */
    void showReading(javafx.scene.Node pane) {
        reading.getChildren().setAll(pane);
    }

    /** Whether the frame shows rows of the list (an empty library shows none until the sample is imported). */
    boolean hasRows() {
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
        List<HBox> rows = new java.util.ArrayList<>();
        rows.add(sideRow(s.all(), 0));
        rows.add(sideRow(s.unread(), 0));
        rows.add(sideRow(s.starred(), 0));
        for (var section : List.of(
                java.util.Map.entry(Messages.get("sidebar.series"), List.<SidebarItem>copyOf(s.series())),
                java.util.Map.entry(Messages.get("sidebar.years"), List.<SidebarItem>copyOf(s.years())))) {
            if (rows.size() >= visible) {
                break;
            }
            rows.add(sideRow(new SidebarItem.Heading(section.getKey()), 1));
            for (SidebarItem item : section.getValue()) {
                if (rows.size() >= visible) {
                    break;
                }
                rows.add(sideRow(item, item instanceof SidebarItem.Series ? 2 : 3));
            }
        }
        return rows;
    }

    /**
     * One entry: its name, its unread count as a pill when some are unread, its count. {@code kind}: 0 a top
     * entry, 1 a section's heading (open), 2 a series (closed), 3 a year; the tree's disclosure arrows and
     * indents.
     */
    private static HBox sideRow(SidebarItem item, int kind) {
        Label label = new Label(item.label());
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(0);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox box = new HBox(6);
        box.getStyleClass().add("first-frame-entry");
        if (kind == 1 || kind == 2) {
            Label arrow = new Label(kind == 1 ? "▾" : "▸");
            arrow.getStyleClass().add("first-frame-arrow");
            arrow.setMinWidth(12);
            box.getChildren().add(arrow);
        }
        box.getChildren().add(label);
        if (kind == 1) {
            box.getStyleClass().add("sidebar-heading");
        } else {
            if (item.unread() > 0) {
                Label unread = new Label(String.valueOf(item.unread()));
                unread.getStyleClass().add("sidebar-unread");
                unread.setMinWidth(Region.USE_PREF_SIZE);
                box.getChildren().add(unread);
            }
            Label number = new Label(item.countText());
            number.getStyleClass().add("sidebar-count");
            number.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(number);
        }
        double left = switch (kind) {
            case 0 -> 24;
            case 1 -> 10;
            case 2 -> 26;
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
