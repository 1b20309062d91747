package kexuereader.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import kexuereader.library.ArticleFilter;

/**
 * The sidebar: a tree of All articles, the series (each opening to its parts, gaps greyed) and the years.
 * Selecting an entry sets the list's filter; choosing a part opens its article.
 */
final class SidebarView {

    private final SidebarModel model;
    private final TreeView<SidebarItem> tree = new TreeView<>();
    private final Consumer<ArticleFilter> onFilter;
    private final Consumer<String> onOpenArticle;
    private boolean rebuilding;
    /** What "Mark all read" on an entry does, or null (no such menu). */
    private Consumer<ArticleFilter> onMarkRead;

    SidebarView(SidebarModel model, Consumer<ArticleFilter> onFilter, Consumer<String> onOpenArticle) {
        this.model = model;
        this.onFilter = onFilter;
        this.onOpenArticle = onOpenArticle;
        tree.setId("sidebar");
        tree.getStyleClass().add("sidebar");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new ItemCell(f -> {
            if (onMarkRead != null) {
                onMarkRead.accept(f);
            }
        }));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!rebuilding && now != null && now.getValue().filter() != null) {
                onFilter.accept(now.getValue().filter());
            }
        });
        tree.setOnMouseClicked(e -> {
            TreeItem<SidebarItem> item = tree.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && item != null) {
                openIfPart(item.getValue());
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<SidebarItem> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                openIfPart(item.getValue());
            }
        });
        model.sectionsProperty().addListener((obs, was, now) -> rebuild());
        rebuild();
    }

    TreeView<SidebarItem> node() {
        return tree;
    }

    /** Gives a series' and a year's entries a context menu that marks all their articles read. */
    void setOnMarkRead(Consumer<ArticleFilter> action) {
        onMarkRead = action;
    }

    private void openIfPart(SidebarItem item) {
        if (item instanceof SidebarItem.Part p && p.slot().article() != null) {
            onOpenArticle.accept(p.slot().article().id());
        }
    }

    /** Rebuilds the tree from the model, keeping the selected entry and the opened series. */
    private void rebuild() {
        SidebarModel.Sections s = model.sections();
        TreeItem<SidebarItem> selected = tree.getSelectionModel().getSelectedItem();
        SidebarItem keep = selected == null ? null : selected.getValue();
        java.util.Set<String> expanded = new java.util.HashSet<>();
        if (tree.getRoot() != null) {
            for (TreeItem<SidebarItem> section : tree.getRoot().getChildren()) {
                for (TreeItem<SidebarItem> child : section.getChildren()) {
                    if (child.isExpanded() && child.getValue() instanceof SidebarItem.Series ser) {
                        expanded.add(ser.name());
                    }
                }
            }
        }
        rebuilding = true;
        try {
            TreeItem<SidebarItem> root = new TreeItem<>(new SidebarItem.Heading(""));
            TreeItem<SidebarItem> all = new TreeItem<>(s.all());
            root.getChildren().add(all);
            root.getChildren().add(new TreeItem<>(s.unread()));
            root.getChildren().add(new TreeItem<>(s.starred()));
            TreeItem<SidebarItem> seriesHeading = new TreeItem<>(new SidebarItem.Heading(Messages.get("sidebar.series")));
            seriesHeading.setExpanded(true);
            for (SidebarItem.Series series : s.series()) {
                TreeItem<SidebarItem> item = seriesItem(series);
                if (expanded.contains(series.name())) {
                    item.setExpanded(true);
                }
                seriesHeading.getChildren().add(item);
            }
            root.getChildren().add(seriesHeading);
            TreeItem<SidebarItem> yearHeading = new TreeItem<>(new SidebarItem.Heading(Messages.get("sidebar.years")));
            yearHeading.setExpanded(true);
            for (SidebarItem.Year y : s.years()) {
                yearHeading.getChildren().add(new TreeItem<>(y));
            }
            root.getChildren().add(yearHeading);
            tree.setRoot(root);
            TreeItem<SidebarItem> reselect = keep == null ? all : find(root, keep);
            tree.getSelectionModel().select(reselect == null ? all : reselect);
        } finally {
            rebuilding = false;
        }
    }

    /** A series entry whose parts are loaded when it is first opened. */
    private TreeItem<SidebarItem> seriesItem(SidebarItem.Series series) {
        TreeItem<SidebarItem> item = new TreeItem<>(series);
        item.getChildren().add(new TreeItem<>(new SidebarItem.Heading("…")));
        item.expandedProperty().addListener((obs, was, now) -> {
            if (now && item.getChildren().size() == 1 && item.getChildren().get(0).getValue()
                    instanceof SidebarItem.Heading) {
                model.parts(series.name(), parts -> item.getChildren().setAll(parts.stream()
                        .map(p -> new TreeItem<SidebarItem>(p)).toList()));
            }
        });
        return item;
    }

    /** Selects the entry that filters the list by {@code filter}, if the tree has one. */
    void select(ArticleFilter filter) {
        TreeItem<SidebarItem> root = tree.getRoot();
        for (TreeItem<SidebarItem> section : root.getChildren()) {
            if (filter.equals(section.getValue().filter())) {
                tree.getSelectionModel().select(section);
                return;
            }
            for (TreeItem<SidebarItem> child : section.getChildren()) {
                if (filter.equals(child.getValue().filter())) {
                    tree.getSelectionModel().select(child);
                    tree.scrollTo(tree.getRow(child));
                    return;
                }
            }
        }
    }

    private static TreeItem<SidebarItem> find(TreeItem<SidebarItem> root, SidebarItem wanted) {
        for (TreeItem<SidebarItem> section : root.getChildren()) {
            if (same(section.getValue(), wanted)) {
                return section;
            }
            for (TreeItem<SidebarItem> child : section.getChildren()) {
                if (same(child.getValue(), wanted)) {
                    return child;
                }
            }
        }
        return null;
    }

    private static boolean same(SidebarItem a, SidebarItem b) {
        return a.filter() != null && a.filter().equals(b.filter());
    }

    /** A row of the tree: the label, and the count right-aligned. */
    private static final class ItemCell extends TreeCell<SidebarItem> {
        private final Label label = new Label();
        private final Label count = new Label();
        private final Label unread = new Label();
        private final HBox box;
        private final javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();

        ItemCell(Consumer<ArticleFilter> markRead) {
            javafx.scene.control.MenuItem all = new javafx.scene.control.MenuItem(Messages.get("sidebar.markRead"));
            all.setId("sidebar-mark-read");
            all.setOnAction(e -> {
                if (getItem() != null && getItem().filter() != null) {
                    markRead.accept(getItem().filter());
                }
            });
            menu.getItems().add(all);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            count.getStyleClass().add("sidebar-count");
            label.setMinWidth(0);
            count.setMinWidth(Region.USE_PREF_SIZE);
            unread.getStyleClass().add("sidebar-unread");
            unread.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(6, label, gap, unread, count);
            // a small preferred width keeps the tree from growing wider than the sidebar: long series names
            // are cut with an ellipsis (the tooltip shows them whole) and the counts stay in view
            box.setMinWidth(0);
            box.setPrefWidth(1);
            widthProperty().addListener((obs, was, now) -> fitCount());
        }

        /** Below this width a series row drops its "held / known" count (its tooltip keeps it) for the name. */
        static final double NARROW = 200;

        private void fitCount() {
            boolean show = !(getItem() instanceof SidebarItem.Series) || getWidth() <= 0 || getWidth() >= NARROW;
            count.setVisible(show);
            count.setManaged(show);
        }

        @Override
        protected void updateItem(SidebarItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("sidebar-heading", "sidebar-gap", "sidebar-part");
            if (empty || item == null) {
                setContextMenu(null);
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            label.setText(item.label());
            // only names (series, their parts) give way to the counts; a year or "All articles" is short and whole
            label.setMinWidth(item instanceof SidebarItem.Series || item instanceof SidebarItem.Part
                    ? 0 : Region.USE_PREF_SIZE);
            count.setText(item.countText());
            boolean some = item.unread() > 0;
            unread.setText(some ? String.valueOf(item.unread()) : "");
            unread.setVisible(some);
            unread.setManaged(some);
            unread.setTooltip(some ? new javafx.scene.control.Tooltip(Messages.format("sidebar.tooltip.unread",
                    item.unread())) : null);
            setContextMenu(item instanceof SidebarItem.Series || item instanceof SidebarItem.Year ? menu : null);
            setText(null);
            setGraphic(box);
            setTooltip(item instanceof SidebarItem.Series
                    ? new javafx.scene.control.Tooltip(item.label() + "  " + item.countText()) : null);
            fitCount();
            if (item instanceof SidebarItem.Heading) {
                getStyleClass().add("sidebar-heading");
            } else if (item instanceof SidebarItem.Part p) {
                getStyleClass().add(p.slot().isGap() ? "sidebar-gap" : "sidebar-part");
                String full = p.slot().onKexue() ? Messages.format("sidebar.tooltip.onKexue", p.slot().article().displayTitle())
                        : p.slot().isGap() ? (p.slot().referencedAs() == null
                        ? Messages.format("sidebar.gap.part", p.slot().label())
                        : Messages.format("sidebar.gap.cited", p.slot().referencedAs()))
                        : p.slot().article().displayTitle();
                setTooltip(new javafx.scene.control.Tooltip(full));
            }
        }
    }
}
