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
        t.getItems().setAll(outcomes);
        t.setPrefHeight(Math.min(420, 60 + 28 * outcomes.size()));
        return t;
    }
}
