package kexuereader.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import kexuereader.library.SearchHit;
import kexuereader.library.SortOrder;
import kexuereader.model.ArticleSummary;
import kexuereader.model.SeriesPart;

/**
 * The article list: title, date, readers, series · part, sortable by each column. The table is virtualised
 * and its rows come from {@link PagedArticles}, so a library of 100,000 articles scrolls as smoothly as one
 * of 30. During a search each row also shows the snippet around the match.
 */
final class ArticleListView {

    static final double ROW = 30;
    static final double SEARCH_ROW = 52;
    /** The fixed widths of the date and readers columns, which FirstFrame lays its labels out by too. */
    static final double DATE_WIDTH = 92;
    static final double READERS_WIDTH = 78;
    /** The title's and the series' shares of the rest of the width (five to two), and their bounds. */
    static final double TITLE_SHARE = 700;
    static final double SERIES_SHARE = 280;
    static final double TITLE_MIN_WIDTH = 120;
    static final double SERIES_MIN_WIDTH = 76;
    static final double SERIES_MAX_WIDTH = 240;

    private final TableView<ArticleRow> table = new TableView<>();
    private final ArticleListModel model;
    /** The column the user sorted by last, or null. */
    private TableColumn<ArticleRow, ?> lastSorted;
    /** The arrow of {@link #lastSorted}, and whether that order is the reverse of its natural one. */
    private TableColumn.SortType lastType;
    private boolean reversedNow;
    private boolean clearing;
    /** True while the table's sort state is set here, which must not count as a click. */
    private boolean adjusting;
    private boolean flipPending;

    ArticleListView(ArticleListModel model) {
        this.model = model;
        table.setId("article-list");
        table.getStyleClass().add("article-list");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(ROW);
        Label placeholder = new Label();
        placeholder.setId("article-list-placeholder");
        // a search without hits is no empty library: it should not suggest importing
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.searchingProperty())
                .then(Messages.get("list.placeholder.search"))
                .otherwise(Messages.get("list.placeholder.empty")));
        table.setPlaceholder(placeholder);

        // the title takes what the fixed date and readers columns leave, five parts to the series' two (the
        // constrained policy shares by preferred width); the series is cut in its middle so its part stays
        TableColumn<ArticleRow, ArticleRow> title = column(Messages.get("column.title"), SortOrder.TITLE, r -> r);
        title.setCellFactory(c -> new TitleCell());
        title.setPrefWidth(TITLE_SHARE);
        title.setMinWidth(TITLE_MIN_WIDTH);
        TableColumn<ArticleRow, ArticleRow> date = column(Messages.get("column.date"), SortOrder.DATE, r -> r);
        date.setCellFactory(c -> textCell(r -> r.article().date().display(), Pos.CENTER_LEFT));
        fixedWidth(date, DATE_WIDTH);
        TableColumn<ArticleRow, ArticleRow> readers = column(Messages.get("column.readers"), SortOrder.READERS, r -> r);
        readers.setCellFactory(c -> textCell(r -> readersText(r.article()), Pos.CENTER_RIGHT));
        fixedWidth(readers, READERS_WIDTH);
        TableColumn<ArticleRow, ArticleRow> series = column(Messages.get("column.series"), SortOrder.SERIES, r -> r);
        series.setCellFactory(c -> {
            TableCell<ArticleRow, ArticleRow> cell = textCell(r -> seriesText(r.article().series()), Pos.CENTER_LEFT);
            cell.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS); // 生成扩…漫谈 · 28
            return cell;
        });
        series.setPrefWidth(SERIES_SHARE);
        series.setMinWidth(SERIES_MIN_WIDTH);
        series.setMaxWidth(SERIES_MAX_WIDTH);
        table.getColumns().setAll(java.util.List.of(title, date, readers, series));

        // every column starts in its natural direction (newest, most read, A→Z) and every click reverses it,
        // its arrow showing which way; the table's own cycle (ascending, descending, unsorted) is not a person's
        table.setSortPolicy(t -> {
            if (adjusting) {
                return true;
            }
            if (t.getSortOrder().isEmpty()) {
                if (lastSorted != null && !clearing) {
                    flipLater(t);
                    return true;
                }
                lastSorted = null;
                model.resetOrder();
                return true;
            }
            TableColumn<ArticleRow, ?> c = t.getSortOrder().get(0);
            boolean reversed = c != lastSorted ? false : c.getSortType() != lastType ? !reversedNow : reversedNow;
            apply(c, reversed);
            return true;
        });

        showRows(model.rows());
        model.rowsProperty().addListener((obs, was, now) -> showRows(now));
        model.searchingProperty().addListener((obs, was, now) -> table.setFixedCellSize(now ? SEARCH_ROW : ROW));
    }

    TableView<ArticleRow> node() {
        return table;
    }

    /**
     * Puts new rows in the table, keeping the column sort: a TableView clears its sort order whenever its items
     * are replaced by a list that is no SortedList, which undid every sort at the list's next page of rows (the
     * reason a second click never reversed).
     */
    private void showRows(javafx.collections.ObservableList<ArticleRow> rows) {
        java.util.List<TableColumn<ArticleRow, ?>> keep = new java.util.ArrayList<>(table.getSortOrder());
        adjusting = true;
        try {
            table.setItems(rows);
            table.getSortOrder().setAll(keep);
        } finally {
            adjusting = false;
        }
    }

    /** Orders the list by a column, the arrow pointing the way it goes (down: newest, most read, Z→A). */
    private void apply(TableColumn<ArticleRow, ?> c, boolean reversed) {
        SortOrder order = (SortOrder) c.getUserData();
        boolean naturalDescending = order == SortOrder.DATE || order == SortOrder.READERS;
        TableColumn.SortType arrow = naturalDescending != reversed ? TableColumn.SortType.DESCENDING
                : TableColumn.SortType.ASCENDING;
        if (c.getSortType() != arrow) {
            adjusting = true;
            c.setSortType(arrow);
            adjusting = false;
        }
        boolean same = c == lastSorted && reversed == reversedNow && model.order() == order
                && model.reversed() == reversed;
        lastSorted = c;
        lastType = arrow;
        reversedNow = reversed;
        if (!same) {
            model.sortByUser(order, reversed);
        }
    }

    /** The table's third click took the column out of the order: it goes back in, reversed. */
    private void flipLater(TableView<ArticleRow> t) {
        if (flipPending) {
            return;
        }
        flipPending = true;
        TableColumn<ArticleRow, ?> c = lastSorted;
        javafx.application.Platform.runLater(() -> {
            flipPending = false;
            if (t.getSortOrder().isEmpty() && lastSorted == c) {
                adjusting = true;
                t.getSortOrder().setAll(java.util.List.of(c));
                adjusting = false;
                apply(c, !reversedNow);
            }
        });
    }

    /** Takes any column sort away (a search shows its hits by relevance), without a flipped sort coming back. */
    void clearSort() {
        clearing = true;
        lastSorted = null;
        table.getSortOrder().clear();
        clearing = false;
    }

    private static TableColumn<ArticleRow, ArticleRow> column(String name, SortOrder order,
                                                             Function<ArticleRow, ArticleRow> value) {
        TableColumn<ArticleRow, ArticleRow> c = new TableColumn<>(name);
        c.setUserData(order);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? null
                : value.apply(cd.getValue())));
        c.setReorderable(false);
        return c;
    }

    /**
     * How the table shares its width now (the first frame's columns at the next start), or empty while it is not
     * laid out.
     */
    java.util.Optional<FirstFrame.Columns> columns() {
        var c = table.getColumns();
        double title = c.get(0).getWidth();
        double series = c.get(c.size() - 1).getWidth();
        double all = 0;
        for (TableColumn<ArticleRow, ?> column : c) {
            all += column.getWidth();
        }
        double width = table.getWidth();
        if (!(title > 0) || !(series > 0) || width < all) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FirstFrame.Columns(title / (title + series), width - all));
    }

    /** Dates and counts have one width; they never need more and must never be cut. */
    private static void fixedWidth(TableColumn<?, ?> c, double width) {
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setMaxWidth(width);
        c.setResizable(false);
    }

    /** A title as the list shows it: marked when starred, and when derived from the text. */
    static String titleText(ArticleSummary a) {
        return (a.starred() ? "★ " : "") + (a.titleDerived() ? "≈ " : "") + a.displayTitle();
    }

    /** A reader count as the list shows it; a dash for none. */
    static String readersText(ArticleSummary a) {
        return a.readers() == null ? "—" : String.format("%,d", a.readers());
    }

    static String seriesText(SeriesPart s) {
        if (s == null) {
            return "";
        }
        String label = s.partLabel();
        return label.isEmpty() ? s.series() : s.series() + " · " + label;
    }

    private static TableCell<ArticleRow, ArticleRow> textCell(Function<ArticleRow, String> text, Pos alignment) {
        TableCell<ArticleRow, ArticleRow> cell = new TableCell<>() {
            @Override
            protected void updateItem(ArticleRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        };
        cell.setAlignment(alignment);
        return cell;
    }

    /** The title, italic and marked ≈ when derived; during a search, the snippet under it. */
    private static final class TitleCell extends TableCell<ArticleRow, ArticleRow> {
        /** Characters of context kept before the first match, so the match is in view in a narrow column. */
        static final int LEAD = 10;

        private final Label title = new Label();
        private final HBox snippet = new HBox();
        private final Pane snippetLine = new Pane(snippet);
        private final VBox box = new VBox(2, title, snippetLine);

        TitleCell() {
            title.getStyleClass().add("article-title");
            title.setMinWidth(0);
            snippet.getStyleClass().add("article-snippet");
            // one line, cut at the column's edge: a snippet must never wrap over the title
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(snippetLine.widthProperty());
            clip.heightProperty().bind(snippetLine.heightProperty());
            snippetLine.setClip(clip);
            snippetLine.setMinWidth(0);
            snippetLine.setPrefWidth(1);
            snippetLine.setPrefHeight(20);
            snippetLine.setMinHeight(20);
        }

        @Override
        protected void updateItem(ArticleRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            ArticleSummary a = row.article();
            title.setText(titleText(a));
            title.getStyleClass().removeAll("derived", "unread", "starred", "index-only");
            if (a.titleDerived()) {
                title.getStyleClass().add("derived");
            }
            if (a.indexOnly()) {
                title.getStyleClass().add("index-only");
            } else if (!a.read()) {
                title.getStyleClass().add("unread");
            }
            if (a.starred()) {
                title.getStyleClass().add("starred");
            }
            setTooltip(a.indexOnly() ? new Tooltip(Messages.get("list.tooltip.indexOnly"))
                    : a.titleDerived() ? new Tooltip(Messages.get("list.tooltip.derived"))
                    : null);
            if (row.snippet() == null) {
                snippet.getChildren().clear();
                box.getChildren().setAll(title);
            } else {
                snippet.getChildren().setAll(highlighted(lead(SnippetText.readable(row.snippet()))));
                box.getChildren().setAll(title, snippetLine);
            }
            setGraphic(box);
        }

        /** The snippet from a little before its first match. */
        static String lead(String s) {
            int open = s.indexOf(SearchHit.MARK_OPEN);
            return open > LEAD ? "…" + s.substring(open - LEAD) : s;
        }

        /** The snippet with the matches between « and » as highlighted runs. */
        private static java.util.List<Text> highlighted(String s) {
            java.util.List<Text> runs = new java.util.ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                int open = s.indexOf(SearchHit.MARK_OPEN, i);
                int close = open < 0 ? -1 : s.indexOf(SearchHit.MARK_CLOSE, open + 1);
                if (open < 0 || close < 0) {
                    runs.add(run(s.substring(i), false));
                    break;
                }
                if (open > i) {
                    runs.add(run(s.substring(i, open), false));
                }
                runs.add(run(s.substring(open + 1, close), true));
                i = close + 1;
            }
            return runs;
        }

        private static Text run(String text, boolean hit) {
            Text t = new Text(text);
            t.getStyleClass().add(hit ? "snippet-hit" : "snippet-text");
            return t;
        }
    }
}
