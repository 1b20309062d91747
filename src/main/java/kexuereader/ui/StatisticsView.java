package kexuereader.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import kexuereader.library.ArticleFilter;
import kexuereader.library.Library;
import kexuereader.library.MonthCount;
import kexuereader.library.SeriesSummary;
import kexuereader.library.SortOrder;
import kexuereader.model.Article;
import kexuereader.model.ArticleSummary;
import kexuereader.model.ReaderCount;

/**
 * The statistics window: articles per month stacked by series, the most read articles, a series' readers part
 * by part, and one article's readers across the dumps that saw it. The charts take the theme's colours;
 * clicking a bar opens its article, or lists the month's articles.
 */
final class StatisticsView {

    /** Series drawn with a colour of their own in the monthly chart; the rest are stacked as "other series". */
    static final int NAMED_SERIES = 6;
    static final int TOP_ARTICLES = 20;

    /**
     * What the charts show, read off the FX thread in one go: the articles per month, how many have no known
     * year, the most read, the series, and the articles more than one dump saw (or the preferred one).
     */
    record Figures(List<MonthCount> months, int unknownYear, List<ArticleSummary> mostRead, List<SeriesSummary> series,
                   List<Article> seenTwice) {

        static Figures read(Library library, String preferred) {
            List<Article> seenTwice = new ArrayList<>();
            library.forEachArticle(a -> {
                if (a.readerHistory().size() > 1 || a.id().equals(preferred)) {
                    seenTwice.add(a);
                }
            });
            return new Figures(library.monthCounts(), library.count(ArticleFilter.yearUnknown()),
                    library.list(ArticleFilter.ALL, SortOrder.READERS, false, 0, TOP_ARTICLES), library.series(),
                    seenTwice);
        }
    }

    private final LibraryService service;
    private final Figures figures;
    private final Consumer<String> openArticle;
    private final Consumer<ArticleFilter> showArticles;

    private StatisticsView(LibraryService service, Figures figures, Consumer<String> openArticle,
                           Consumer<ArticleFilter> showArticles) {
        this.service = service;
        this.figures = figures;
        this.openArticle = openArticle;
        this.showArticles = showArticles;
    }

    /** Opens the statistics window over the main one; its charts appear once the library has been read. */
    static Stage show(Window owner, LibraryService service, Settings settings, Consumer<String> openArticle,
                      Consumer<ArticleFilter> showArticles) {
        BorderPane content = new BorderPane(new Label(Messages.get("statistics.loading")));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("statistics.title"));
        Scene scene = new Scene(content, 1100, 720);
        // Esc closes the window, unless a control (an open choice) used the key itself
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        content.setStyle(CjkFont.style());
        String preferred = settings.lastArticleProperty().get();
        service.read(library -> Figures.read(library, preferred), figures -> {
            StatisticsView view = new StatisticsView(service, figures, openArticle, showArticles);
            TabPane tabs = new TabPane(
                    new Tab(Messages.get("statistics.tab.perMonth"), view.perMonth()),
                    new Tab(Messages.get("statistics.tab.mostRead"), view.mostRead()),
                    new Tab(Messages.get("statistics.tab.series"), view.seriesReaders()),
                    new Tab(Messages.get("statistics.tab.dumps"), view.acrossDumps(preferred)));
            tabs.setId("statistics-tabs");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            content.setCenter(tabs);
        });
        ThemeStyles.apply(settings.themeProperty().get(), scene);
        settings.themeProperty().addListener((obs, was, now) -> ThemeStyles.apply(now, scene));
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    // --- articles per month, stacked by series -------------------------------------------------------------

    Node perMonth() {
        List<MonthCount> counts = figures.months();
        Map<String, Integer> bySeries = new LinkedHashMap<>();
        for (MonthCount c : counts) {
            if (c.series() != null) {
                bySeries.merge(c.series(), c.articles(), Integer::sum);
            }
        }
        List<String> named = bySeries.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMED_SERIES).map(Map.Entry::getKey).toList();
        TreeSet<String> months = new TreeSet<>();
        for (MonthCount c : counts) {
            months.add(c.label());
        }
        ChartPeriod period = months.isEmpty() ? ChartPeriod.MONTH : ChartPeriod.forSpan(months.first(), months.last());
        List<String> periods = months.isEmpty() ? List.of() : period.axis(months.first(), months.last());
        CategoryAxis x = new CategoryAxis();
        x.setCategories(javafx.collections.FXCollections.observableArrayList(periods));
        x.setLabel(Messages.get(period == ChartPeriod.MONTH ? "statistics.axis.month" : "statistics.axis.year"));
        NumberAxis y = integerAxis(Messages.get("statistics.axis.articles"));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId("chart-per-month");
        chart.setTitle(Messages.get("statistics.perMonth.title." + period.noun()));
        chart.setAnimated(false);
        if (periods.size() > 40) {
            chart.setCategoryGap(2); // the default 10 px would leave little of each bar
        }
        Map<String, XYChart.Series<String, Number>> series = new LinkedHashMap<>();
        for (String name : named) {
            series.put(name, new XYChart.Series<>());
            series.get(name).setName(name);
        }
        XYChart.Series<String, Number> other = new XYChart.Series<>();
        other.setName(Messages.get("statistics.series.other"));
        XYChart.Series<String, Number> none = new XYChart.Series<>();
        none.setName(Messages.get("statistics.series.none"));
        Map<String, Map<String, Integer>> cells = new TreeMap<>();
        for (MonthCount c : counts) {
            String key = c.series() == null ? "\u0000none" : named.contains(c.series()) ? c.series() : "\u0000other";
            cells.computeIfAbsent(key, k -> new TreeMap<>()).merge(period.label(c.year(), c.month()), c.articles(),
                    Integer::sum);
        }
        for (Map.Entry<String, Map<String, Integer>> cell : cells.entrySet()) {
            XYChart.Series<String, Number> target = cell.getKey().equals("\u0000none") ? none
                    : cell.getKey().equals("\u0000other") ? other : series.get(cell.getKey());
            String seriesName = cell.getKey().startsWith("\u0000") ? null : cell.getKey();
            for (Map.Entry<String, Integer> m : cell.getValue().entrySet()) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(m.getKey(), m.getValue());
                ArticleFilter filter = seriesName == null ? period.filter(m.getKey())
                        : period.filter(m.getKey()).inSeries(seriesName);
                onClick(d, Messages.format("statistics.perMonth.bar", m.getKey() + (seriesName == null ? "" : " · " + seriesName),
                        m.getValue()), () -> showArticles.accept(filter));
                target.getData().add(d);
            }
        }
        chart.getData().addAll(series.values());
        if (!other.getData().isEmpty()) {
            chart.getData().add(other);
        }
        if (!none.getData().isEmpty()) {
            chart.getData().add(none);
        }
        int unknown = figures.unknownYear();
        String click = Messages.format("statistics.perMonth.click." + period.noun(), ChartPeriod.MAX_MONTHS);
        Label note = new Label(unknown == 0 ? click : Messages.format("statistics.perMonth.unknown", unknown, click));
        return framed(chart, note);
    }

    // --- the most read articles ----------------------------------------------------------------------------

    Node mostRead() {
        List<ArticleSummary> top = figures.mostRead().stream().filter(a -> a.readers() != null).toList();
        NumberAxis x = integerAxis(Messages.get("statistics.mostRead.axis"));
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("chart-most-read");
        chart.setTitle(Messages.format("statistics.mostRead.title", top.size()));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        List<ArticleSummary> bottomUp = new ArrayList<>(top);
        java.util.Collections.reverse(bottomUp);
        for (ArticleSummary a : bottomUp) {
            XYChart.Data<Number, String> d = new XYChart.Data<>(a.readers(), shorten(a.displayTitle(), 28));
            onClick(d, Messages.format("statistics.bar.open", a.displayTitle(), a.readers()),
                    () -> openArticle.accept(a.id()));
            s.getData().add(d);
        }
        chart.getData().add(s);
        return framed(chart, new Label(Messages.get("statistics.mostRead.note")));
    }

    // --- one series, part by part --------------------------------------------------------------------------

    Node seriesReaders() {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("series-choice");
        List<SeriesSummary> all = figures.series();
        all.forEach(s -> choice.getItems().add(s.name()));
        BorderPane pane = new BorderPane();
        choice.valueProperty().addListener((obs, was, now) -> {
            pane.setCenter(null);
            if (now != null) {
                service.read(library -> library.seriesOverview(now).articles(), parts -> {
                    if (now.equals(choice.getValue())) {
                        pane.setCenter(seriesChart(now, parts));
                    }
                });
            }
        });
        HBox top = new HBox(8, new Label(Messages.get("statistics.series.label")), choice);
        top.setPadding(new Insets(10));
        pane.setTop(top);
        if (!choice.getItems().isEmpty()) {
            choice.getSelectionModel().select(all.stream()
                    .max(Comparator.comparingInt(s -> s.articles())).orElseThrow().name());
        }
        return pane;
    }

    private Node seriesChart(String name, List<ArticleSummary> parts) {
        BarChart<String, Number> chart = readersChart("chart-series", Messages.get("statistics.series.axis"),
                Messages.format("statistics.series.title", name));
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (ArticleSummary a : parts) {
            String part = a.series().partLabel().isEmpty() ? a.date().display() : a.series().partLabel();
            XYChart.Data<String, Number> d = new XYChart.Data<>(part, a.readers() == null ? 0 : a.readers());
            onClick(d, a.readers() == null ? Messages.format("statistics.bar.noCount", a.displayTitle())
                    : Messages.format("statistics.bar.open", a.displayTitle(), a.readers()), () -> openArticle.accept(a.id()));
            s.getData().add(d);
        }
        chart.getData().add(s);
        return framed(chart, new Label(Messages.get("statistics.series.note")));
    }

    // --- one article across the dumps ----------------------------------------------------------------------

    Node acrossDumps(String preferred) {
        List<Article> seenTwice = figures.seenTwice();
        ComboBox<Article> choice = new ComboBox<>();
        choice.setId("article-choice");
        choice.getItems().setAll(seenTwice);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Article a) {
                return a == null ? "" : a.displayTitle();
            }

            @Override
            public Article fromString(String s) {
                return null;
            }
        });
        BorderPane pane = new BorderPane();
        choice.valueProperty().addListener((obs, was, now) -> pane.setCenter(now == null ? null : articleChart(now)));
        HBox top = new HBox(8, new Label(Messages.get("statistics.dumps.label")), choice);
        HBox.setHgrow(choice, Priority.ALWAYS);
        top.setPadding(new Insets(10));
        pane.setTop(top);
        seenTwice.stream().filter(a -> a.id().equals(preferred)).findFirst()
                .or(() -> seenTwice.stream().findFirst()).ifPresent(choice::setValue);
        if (seenTwice.isEmpty()) {
            pane.setCenter(new Label(Messages.get("statistics.dumps.empty")));
        }
        return pane;
    }

    private Node articleChart(Article a) {
        if (a.readerHistory().isEmpty()) {
            // the open article may have no count in any dump: an empty 0–100 chart would say nothing
            Label none = new Label(Messages.get("statistics.dumps.noCounts"));
            none.setId("chart-article-none");
            return none;
        }
        BarChart<String, Number> chart = readersChart("chart-article", Messages.get("statistics.dumps.axis"),
                Messages.format("statistics.dumps.title", shorten(a.displayTitle(), 40)));
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (ReaderCount r : a.readerHistory()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(r.source(), r.readers());
            onClick(d, Messages.format("statistics.dumps.bar", r.source(), r.readers()), () -> openArticle.accept(a.id()));
            s.getData().add(d);
        }
        chart.getData().add(s);
        return framed(chart, new Label(Messages.get("statistics.dumps.note")));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static <X, Y> void onClick(XYChart.Data<X, Y> d, String tip, Runnable action) {
        d.nodeProperty().addListener((obs, was, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip));
                node.setOnMouseClicked(e -> action.run());
                node.setStyle("-fx-cursor: hand;");
            }
        });
    }

    /** A bar chart of reader counts by category, one series, no legend. */
    private static BarChart<String, Number> readersChart(String id, String categories, String title) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(categories);
        BarChart<String, Number> chart = new BarChart<>(x, integerAxis(Messages.get("statistics.axis.readers")));
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        return chart;
    }

    private static NumberAxis integerAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.format("%,d", n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }

    private static Node framed(Node chart, Label note) {
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        VBox box = new VBox(6, chart, note);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(8, 12, 10, 12));
        return box;
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
