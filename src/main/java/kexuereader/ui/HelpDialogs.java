package kexuereader.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Help menu's two windows: the shortcuts, made from the action table, and About. */
final class HelpDialogs {

    /** A library bundled in the jar and the licence it comes under. */
    record Licence(String library, String licence) {
    }

    /** What the jar bundles (see pom.xml), with each licence. */
    static final List<Licence> LICENCES = List.of(
            new Licence("OpenJFX", "GPL-2.0 with the Classpath Exception"),
            new Licence("jsoup", "MIT"),
            new Licence("SnakeYAML", "Apache-2.0"),
            new Licence("JLaTeXMath", "GPL-2.0 with the Classpath Exception"),
            new Licence("sqlite-jdbc", "Apache-2.0"),
            new Licence("picocli", "Apache-2.0"),
            new Licence("AtlantaFX", "MIT"));

    private HelpDialogs() {
    }

    /** The version in the jar's manifest, or "dev" when run from the classes. */
    static String version() {
        String v = HelpDialogs.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Every action that has a shortcut, as the menus show it: so the list cannot drift from the keys. */
    static TableView<AppAction> shortcutTable(List<AppAction> actions) {
        TableView<AppAction> t = new TableView<>();
        t.setId("shortcuts-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AppAction, String> key = new TableColumn<>(Messages.get("shortcuts.key"));
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().shortcutText()));
        key.setPrefWidth(160);
        TableColumn<AppAction, String> what = new TableColumn<>(Messages.get("shortcuts.action"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        t.getColumns().setAll(List.of(key, what));
        t.getItems().setAll(actions.stream().filter(a -> !a.shortcutText().isEmpty()).toList());
        t.setPrefSize(460, Math.min(560, 36 + 26 * t.getItems().size()));
        return t;
    }

    static Alert shortcuts(Window owner, List<AppAction> actions) {
        Alert alert = dialog(owner, Messages.get("shortcuts.title"), Messages.get("shortcuts.header"));
        alert.getDialogPane().setId("shortcuts-dialog");
        Label keys = new Label(Messages.get("shortcuts.keys"));
        keys.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, shortcutTable(actions), keys));
        alert.show();
        return alert;
    }

    /** The about text: version, library, licences; selectable, so it can be copied into a report. */
    static String aboutText(Path library) {
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.format("about.version", version())).append('\n');
        sb.append(Messages.format("about.library", library)).append("\n\n");
        sb.append(Messages.get("about.licences")).append('\n');
        for (Licence l : LICENCES) {
            sb.append("  ").append(l.library()).append(" — ").append(l.licence()).append('\n');
        }
        return sb.toString();
    }

    static Alert about(Window owner, Path library) {
        Alert alert = dialog(owner, Messages.get("about.title"), Messages.get("about.header"));
        alert.getDialogPane().setId("about-dialog");
        TextArea text = new TextArea(aboutText(library));
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(13);
        text.setPrefColumnCount(56);
        alert.getDialogPane().setContent(text);
        alert.show();
        return alert;
    }

    private static Alert dialog(Window owner, String title, String header) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setStyle(CjkFont.style());
        alert.setResizable(true);
        // the dialog takes the window's stylesheet and theme, so a dark window gets a dark dialog
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            alert.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered(
                    c -> c.equals("dark") || c.equals("light")));
        }
        return alert;
    }
}
