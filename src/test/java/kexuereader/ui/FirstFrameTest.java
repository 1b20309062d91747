package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import kexuereader.library.ArticleFilter;
import kexuereader.library.SortOrder;
import kexuereader.model.ArticleSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first frame shows the rows the list will show, as the list shows them, and the sidebar as its tree will. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    WindowFixture f;
    FirstFrame first;
    List<ArticleSummary> newest;

    @Start
    void start(Stage stage) throws IOException {
        f = new WindowFixture(Files.createTempDirectory("first-frame"), true);
        newest = f.library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 0);
        f.library.setRead(newest.get(0).id(), true);
        f.library.setStarred(newest.get(1).id(), true);
        first = new FirstFrame(StartView.read(f.library), f.settings, 900);
        Scene scene = new Scene(first.root(), 1400, 900);
        ThemeStyles.apply(f.settings.themeProperty().get(), scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theRowsAreTheNewestArticlesAsTheListShowsThem() {
        List<HBox> rows = WindowFixture.fx(() -> first.root().lookupAll(".first-frame-row").stream()
                .map(HBox.class::cast).toList());
        // 900 px less the menu bar, tool bar and header row, in rows of 30 px: the 26 that can be seen
        assertEquals(26, rows.size());
        assertTrue(first.hasRows());
        List<ArticleSummary> list = f.library.list(ArticleFilter.ALL, SortOrder.DATE, false, 0, 0);
        for (int i = 0; i < rows.size(); i++) {
            ArticleSummary a = list.get(i);
            List<String> cells = texts(rows.get(i));
            String title = (a.starred() ? "★ " : "") + (a.titleDerived() ? "≈ " : "") + a.displayTitle();
            assertEquals(List.of(title, a.date().display(), a.readers() == null ? "—"
                    : String.format("%,d", a.readers()), ArticleListView.seriesText(a.series())), cells);
            boolean bold = rows.get(i).getChildren().get(0).getStyleClass().contains("unread");
            assertEquals(!a.read(), bold, "unread titles are bold: " + title);
        }
        assertFalse(rows.get(0).getChildren().get(0).getStyleClass().contains("unread"), "the one marked read");
        assertTrue(texts(rows.get(1)).get(0).startsWith("★ "), "the one starred");
    }

    @Test
    void theSidebarShowsTheCountsThenTheSeriesAndTheYearsAsTheTreeWill() {
        SidebarModel.Sections s = StartView.read(f.library).sidebar();
        List<String> expected = new java.util.ArrayList<>(List.of("All articles 32", "Unread 31", "Starred 1",
                "▾ Series"));
        s.series().forEach(x -> expected.add("▸ " + x.label() + (x.unread() > 0 ? " " + x.unread() : "") + " "
                + x.countText()));
        expected.add("▾ By year");
        s.years().forEach(y -> expected.add(y.label() + (y.unread() > 0 ? " " + y.unread() : "") + " "
                + y.countText()));
        assertFalse(s.series().isEmpty());
        assertFalse(s.years().isEmpty());
        // 900 px less the menu bar, tool bar and status bar, in rows of 27 px: 30 entries can be seen
        List<String> shown = WindowFixture.fx(() -> first.root().lookupAll(".first-frame-entry").stream()
                .map(n -> String.join(" ", texts((HBox) n))).toList());
        assertEquals(expected.subList(0, Math.min(30, expected.size())), shown);
    }

    @Test
    void theSidebarMakesOnlyTheEntriesThatCanBeSeen() {
        SidebarModel.Sections s = StartView.read(f.library).sidebar();
        assertEquals(5, WindowFixture.fx(() -> FirstFrame.sidebarRows(s, 5)).size());
        assertEquals(List.of("All articles", "32"), WindowFixture.fx(() -> texts(FirstFrame.sidebarRows(s, 5).get(0))));
    }

    /** The texts of a row, whole (a cell's text may be cut to its width with an ellipsis). */
    private static List<String> texts(HBox row) {
        return row.getChildren().stream().map(n -> n instanceof Label l ? l.getText()
                : (String) ((javafx.scene.text.Text) n).getUserData()).toList();
    }

    @Test
    void theColumnsStandWhereTheLastWindowsTableHadThem() {
        FirstFrame.Content measured = FirstFrame.Content.of(StartView.read(f.library))
                .withColumns(new FirstFrame.Columns(0.8, 10));
        double[] widths = WindowFixture.fx(() -> {
            FirstFrame frame = new FirstFrame(measured, f.settings, 900);
            Scene scene = new Scene(frame.root(), 1400, 900);
            ThemeStyles.applyFirstFrame(f.settings.themeProperty().get(), scene);
            frame.root().applyCss();
            frame.root().layout();
            HBox header = (HBox) frame.root().lookup(".first-frame-header");
            return header.getChildren().stream()
                    .mapToDouble(n -> ((javafx.scene.text.Text) n).getWrappingWidth()).toArray();
        });
        double side = 1400 * f.settings.sidebarDividerProperty().get();
        double flexible = (1400 - side) * f.settings.listDividerProperty().get() - ArticleListView.DATE_WIDTH
                - ArticleListView.READERS_WIDTH - 10;
        // each text is its column less the cell's padding on both sides
        assertEquals(flexible * 0.8, widths[0] + 16, 0.5);
        assertEquals(flexible * 0.2, widths[3] + 16, 0.5);
        assertEquals(FirstFrame.Columns.DEFAULT, FirstFrame.Content.of(StartView.read(f.library)).columns());
        assertEquals(FirstFrame.Columns.DEFAULT, new FirstFrame.Columns(Double.NaN, 10), "a share that is none");
        assertEquals(FirstFrame.Columns.DEFAULT, new FirstFrame.Columns(0.5, 1e9), "a rest that is no scroll bar");
    }

    @Test
    void aTitleWiderThanItsColumnIsCutWithAnEllipsisAsTheTableCutsIt() {
        List<javafx.scene.text.Text> titles = WindowFixture.fx(() -> first.root().lookupAll(".first-frame-row").stream()
                .map(r -> (javafx.scene.text.Text) ((HBox) r).getChildren().get(0)).toList());
        javafx.scene.text.Text cut = titles.stream().filter(t -> !t.getText().equals(t.getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError("a title too wide for its column"));
        assertTrue(cut.getText().endsWith("…"), cut.getText());
        assertTrue(((String) cut.getUserData()).startsWith(cut.getText().substring(0, cut.getText().length() - 1)));
        assertTrue(WindowFixture.fx(() -> cut.getLayoutBounds().getWidth()) <= cut.getWrappingWidth() + 0.5);
        assertTrue(titles.stream().anyMatch(t -> t.getText().equals(t.getUserData())), "short titles are whole");
    }

    @Test
    void withoutJavaFxsInternalsTheTextIsCutTheSameWay() {
        // mvn javafx:run puts JavaFX on the module path; without the export FitText cuts by measuring
        javafx.scene.text.Font font = javafx.scene.text.Font.font(13);
        for (String full : List.of("生成扩散模型漫谈(二十三):信噪比与大图生成(下)", "Transformer升级之路:18、RoPE的底数选择原则")) {
            for (double width : new double[] {40, 90, 160, 1000}) {
                String ours = WindowFixture.fx(() -> FitText.cut(full, font, width));
                String theirs = WindowFixture.fx(() -> FitText.clip(full, font, width));
                // within a character of JavaFX's own cut (its margin is a little wider), and it fits
                String what = full + " in " + width + ": " + ours + " against " + theirs;
                assertTrue(Math.abs(ours.length() - theirs.length()) <= 1, what);
                assertTrue(WindowFixture.fx(() -> {
                    javafx.scene.text.Text t = new javafx.scene.text.Text(ours);
                    t.setFont(font);
                    return t.getLayoutBounds().getWidth();
                }) <= width, what);
                assertEquals(full.equals(theirs), full.equals(ours), what);
            }
        }
    }
}
