package kexuereader.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** The per-file report after an import: what was imported, what was rejected and why, what was noticed. */
final class ImportReport {

    private ImportReport() {
    }

    static void show(Window owner, List<ImportModel.Outcome> outcomes) {
        Alert alert = new Alert(outcomes.stream().allMatch(ImportModel.Outcome::accepted)
                ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("import.report.title"));
        alert.setHeaderText(ImportModel.headline(outcomes));
        alert.getDialogPane().setContent(table(outcomes));
        alert.getDialogPane().setPrefWidth(760);
        alert.getDialogPane().setId("import-report");
        alert.getDialogPane().setStyle(CjkFont.style());
        alert.setResizable(true);
        alert.show();
    }

    /** A cell whose text wraps at its column's width, the row growing to hold it. */
    private static javafx.scene.control.TableCell<ImportModel.Outcome, String> wrapping(
            TableColumn<ImportModel.Outcome, String> column) {
        return new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                text.getStyleClass().add("import-report-text");
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? null : item);
                setGraphic(empty ? null : text);
            }
        };
    }

    static TableView<ImportModel.Outcome> table(List<ImportModel.Outcome> outcomes) {
        TableView<ImportModel.Outcome> t = new TableView<>();
        t.setId("import-report-table");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportModel.Outcome, String> result = new TableColumn<>(Messages.get("import.report.result"));
        result.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        result.setPrefWidth(430);
        TableColumn<ImportModel.Outcome, String> notes = new TableColumn<>(Messages.get("import.report.noticed"));
        notes.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("\n", c.getValue().notes())));
        notes.setPrefWidth(300);
        t.getColumns().setAll(List.of(result, notes));
        // whole reasons, wrapped in their column, in a table tall enough to show them without a scrollbar
        result.setCellFactory(c -> wrapping(result));
        notes.setCellFactory(c -> wrapping(notes));
        t.getItems().setAll(outcomes);
        int lines = 0;
        for (ImportModel.Outcome o : outcomes) {
            lines += Math.max(2, o.notes().size() + 1);
        }
        t.setPrefHeight(Math.min(480, Math.max(160, 40 + 22 * lines)));
        return t;
    }
}
