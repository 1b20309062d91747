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
final class ArticleTable {

    static final double ROW = 30;
    static final double SEARCH_ROW = 52;
    /** The fixed widths of the date and readers columns, which FirstFrame lays its labels out by too. */
    static final double DATE_WIDTH = 100;
    static final double READERS_WIDTH = 86;

    private final TableView<ArticleRow> table = new TableView<>();
    private final ArticleListModel model;
    /** The column the user sorted by last, or null. */
    private TableColumn<ArticleRow, ?> lastSorted;
    private boolean clearing;

    ArticleTable(ArticleListModel model) {
        this.model = model;
        table.setId("article-list");
        table.getStyleClass().add("article-list");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(ROW);
        Label placeholder = new Label();
        placeholder.setId("article-list-placeholder");
        // a search without hits is no empty library: it should not suggest importing
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.searchingProperty())
                .then("No article contains every word searched for. Try fewer words, or other spellings.")
                .otherwise("No articles here. Import dumps with Ctrl+O or drop them on the window."));
        table.setPlaceholder(placeholder);

        TableColumn<ArticleRow, ArticleRow> title = column("Title", SortOrder.TITLE, r -> r);
        title.setCellFactory(c -> new TitleCell());
        title.setPrefWidth(420);
        title.setMinWidth(160);
        TableColumn<ArticleRow, ArticleRow> date = column("Date", SortOrder.DATE, r -> r);
        date.setCellFactory(c -> textCell(r -> r.article().date().display(), Pos.CENTER_LEFT));
        fixedWidth(date, DATE_WIDTH);
        TableColumn<ArticleRow, ArticleRow> readers = column("Readers", SortOrder.READERS, r -> r);
        readers.setCellFactory(c -> textCell(r -> readersText(r.article()), Pos.CENTER_RIGHT));
        fixedWidth(readers, READERS_WIDTH);
        TableColumn<ArticleRow, ArticleRow> series = column("Series · part", SortOrder.SERIES, r -> r);
        series.setCellFactory(c -> textCell(r -> seriesText(r.article().series()), Pos.CENTER_LEFT));
        series.setPrefWidth(170);
        series.setMinWidth(110);
        table.getColumns().setAll(java.util.List.of(title, date, readers, series));

        // each column starts in its natural direction (newest, most read, A→Z), shown by its arrow
        date.setSortType(TableColumn.SortType.DESCENDING);
        readers.setSortType(TableColumn.SortType.DESCENDING);
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                if (lastSorted != null && !clearing) {
                    // the table's third click takes the column out of the order; a person expects every click
                    // to reverse it, so it goes back in, flipped
                    TableColumn<ArticleRow, ?> c = lastSorted;
                    javafx.application.Platform.runLater(() -> {
                        if (t.getSortOrder().isEmpty() && lastSorted == c) {
                            c.setSortType(c.getSortType() == TableColumn.SortType.ASCENDING
                                    ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                            t.getSortOrder().setAll(java.util.List.of(c));
                        }
                    });
                    return true;
                }
                model.resetOrder();
                return true;
            }
            TableColumn<ArticleRow, ?> c = t.getSortOrder().get(0);
            lastSorted = c;
            SortOrder order = (SortOrder) c.getUserData();
            boolean descending = c.getSortType() == TableColumn.SortType.DESCENDING;
            boolean naturalDescending = order == SortOrder.DATE || order == SortOrder.READERS;
            model.sortByUser(order, descending != naturalDescending);
            return true;
        });

        table.itemsProperty().bind(model.rowsProperty());
        model.searchingProperty().addListener((obs, was, now) -> table.setFixedCellSize(now ? SEARCH_ROW : ROW));
    }

    TableView<ArticleRow> node() {
        return table;
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
            title.getStyleClass().removeAll("derived", "unread", "starred");
            if (a.titleDerived()) {
                title.getStyleClass().add("derived");
            }
            if (!a.read()) {
                title.getStyleClass().add("unread");
            }
            if (a.starred()) {
                title.getStyleClass().add("starred");
            }
            setTooltip(a.titleDerived() ? new Tooltip("No dump showed a title; this one is the start of the text")
                    : null);
            if (row.snippet() == null) {
                snippet.getChildren().clear();
                box.getChildren().setAll(title);
            } else {
                snippet.getChildren().setAll(highlighted(lead(row.snippet())));
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
