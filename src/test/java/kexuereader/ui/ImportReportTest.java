package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Before the fix the report was one row high with a scrollbar, and a long reason was cut with "…". */
@ExtendWith(ApplicationExtension.class)
class ImportReportTest {

    static final String REASON = "rejected photo.txt: binary file (control bytes), not a text dump of kexue.fm; "
            + "export the page as text (Ctrl+A, Ctrl+C in the browser) and import that instead";

    @Start
    void start(Stage stage) {
        TableView<ImportModel.Outcome> t = ImportReport.table(List.of(
                new ImportModel.Outcome("photo.txt", false, REASON, List.of()),
                new ImportModel.Outcome("a.txt", true, "imported a.txt: 1 entry, 1 new article", List.of())));
        stage.setScene(new Scene(t, 760, t.getPrefHeight()));
        stage.show();
    }

    @Test
    void everyRowShowsItsWholeReasonWrapped(FxRobot robot) {
        WindowFixture.waitFor("the rows", () -> robot.lookup(".import-report-text").queryAll().size() >= 2);
        Text reason = WindowFixture.fx(() -> robot.lookup(".import-report-text").queryAllAs(Text.class).stream()
                .filter(x -> REASON.equals(x.getText())).findFirst().orElseThrow());
        double height = WindowFixture.fx(() -> reason.getLayoutBounds().getHeight());
        double line = WindowFixture.fx(() -> new Text("x").getLayoutBounds().getHeight());
        assertTrue(height > 1.5 * line, "wrapped over lines: " + height + " vs " + line);
        assertTrue(WindowFixture.fx(() -> robot.lookup("#import-report-table").queryAs(TableView.class)
                .getPrefHeight()) >= 160, "taller than one row");
        assertEquals(2, (int) WindowFixture.fx(() -> robot.lookup("#import-report-table").queryAs(TableView.class)
                .getItems().size()));
    }
}
