package kexuereader.ui;

import static kexuereader.ui.WindowFixture.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's panes and the list's columns at the sizes people use (issue 15, defects 1 and 5): at 1400×900 a
 * title showed ~12 characters and the sidebar stayed ~100 px; at 900×600 Readers was clipped and Series gone;
 * leaving the reading mode collapsed the sidebar.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    WindowFixture f;

    @Start
    void start(Stage stage) throws IOException {
        f = new WindowFixture(Files.createTempDirectory("layout"), true);
        f.start(stage);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void size(double width, double height) {
        WindowFixture.fx(() -> {
            f.stage.setWidth(width);
            f.stage.setHeight(height);
            return null;
        });
        WindowFixture.waitFor("the window at " + width + "×" + height, () -> Math.abs(f.stage.getScene().getWidth()
                - width) < 20 && Math.abs(f.window.sidebar().node().getScene().getWidth() - width) < 20);
    }

    /** Every column lies inside the list's visible width, none cut, and the title has at least {@code minTitle}. */
    private void assertColumnsFit(FxRobot robot, double minTitle) {
        TableView<ArticleRow> t = table(robot);
        WindowFixture.waitFor("the list laid out", () -> t.getColumns().get(0).getWidth() > 0
                && !t.needsLayoutProperty().get());
        String report = WindowFixture.fx(() -> {
            StringBuilder sb = new StringBuilder();
            double right = 0;
            for (TableColumn<ArticleRow, ?> c : t.getColumns()) {
                sb.append(c.getText()).append('=').append(Math.round(c.getWidth())).append(' ');
                right += c.getWidth();
            }
            Bounds list = t.localToScene(t.getLayoutBounds());
            Bounds window = t.getScene().getRoot().getLayoutBounds();
            return sb.append("sum=").append(Math.round(right)).append(" table=").append(Math.round(t.getWidth()))
                    .append(" right=").append(Math.round(list.getMaxX())).append(" window=")
                    .append(Math.round(window.getWidth())).toString();
        });
        double[] w = WindowFixture.fx(() -> t.getColumns().stream().mapToDouble(TableColumn::getWidth).toArray());
        double tableWidth = WindowFixture.fx(() -> t.getWidth());
        double tableRight = WindowFixture.fx(() -> t.localToScene(t.getLayoutBounds()).getMaxX());
        double windowWidth = WindowFixture.fx(() -> t.getScene().getWidth());
        assertEquals(4, w.length, report);
        assertTrue(w[0] >= minTitle, "the title is wide enough: " + report);
        assertEquals(ArticleListView.DATE_WIDTH, w[1], 0.5, "the date whole: " + report);
        assertEquals(ArticleListView.READERS_WIDTH, w[2], 0.5, "the readers whole: " + report);
        assertTrue(w[3] >= ArticleListView.SERIES_MIN_WIDTH - 0.5, "the series in view: " + report);
        double sum = w[0] + w[1] + w[2] + w[3];
        assertTrue(sum <= tableWidth + 0.5, "no column past the list's edge: " + report);
        assertTrue(tableRight < windowWidth - MainWindow.READING_MIN_WIDTH + 1, "the list inside the window, the page"
                + " beside it: " + report);
    }

    private String state() {
        return WindowFixture.fx(() -> "sidebar=" + f.window.sidebar().node().getWidth() + " list="
                + f.window.listPaneWidth() + " dividers=" + java.util.Arrays.toString(f.window.panes()
                .getDividerPositions()) + " scene=" + f.stage.getScene().getWidth() + " full=" + f.stage.isFullScreen()
                + " saved=" + f.settings.sidebarDividerProperty().get() + "/" + f.settings.listDividerProperty().get()
                + " pressed=" + f.window.panes().isPressed());
    }

    private double sidebarWidth() {
        return WindowFixture.fx(() -> f.window.sidebar().node().getWidth());
    }

    @Test
    void theColumnsAllShowAt900x600(FxRobot robot) {
        size(900, 600);
        assertColumnsFit(robot, 140);
        assertTrue(sidebarWidth() >= MainWindow.SIDEBAR_MIN_WIDTH - 0.5, "sidebar " + sidebarWidth());
        // before the fix a year's label was cut like a series name ("2…" for 2025) at this size
        List<String> cut = WindowFixture.fx(() -> robot.lookup("#sidebar .tree-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TreeCell<?>) n)
                .filter(c -> c.getItem() instanceof SidebarItem.Year || c.getItem() instanceof SidebarItem.All)
                .map(c -> (javafx.scene.control.Label) ((javafx.scene.layout.HBox) c.getGraphic()).getChildren().get(0))
                .filter(l -> l.getWidth() < l.prefWidth(-1) - 0.5)
                .map(javafx.scene.control.Label::getText).toList());
        assertTrue(cut.isEmpty(), "labels cut at 900×600: " + cut);
        // and a series name keeps some characters: its "held / known" count gives way to it
        List<String> squeezed = WindowFixture.fx(() -> robot.lookup("#sidebar .tree-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TreeCell<?>) n)
                .filter(c -> c.getItem() instanceof SidebarItem.Series)
                .map(c -> (javafx.scene.control.Label) ((javafx.scene.layout.HBox) c.getGraphic()).getChildren().get(0))
                .filter(l -> l.getWidth() < Math.min(l.prefWidth(-1), 3 * l.getFont().getSize()))
                .map(javafx.scene.control.Label::getText).toList());
        assertTrue(squeezed.isEmpty(), "series names squeezed at 900×600: " + squeezed);
    }

    @Test
    void theTitleHasRoomAt1400x900(FxRobot robot) {
        size(1400, 900);
        assertColumnsFit(robot, 260); // ~18 characters; it was ~12
        assertTrue(sidebarWidth() >= 180, "sidebar " + sidebarWidth());
    }

    /** The sidebar follows the window: it grows with it instead of keeping the width of a first small layout. */
    @Test
    void theSidebarFollowsTheWindow(FxRobot robot) {
        size(900, 600);
        WindowFixture.waitFor("laid out at 900", () -> f.window.sidebar().node().getWidth() > 0
                && f.window.sidebar().node().getScene().getWidth() < 920);
        double small = sidebarWidth();
        size(1600, 1000);
        try {
            WindowFixture.waitFor("the sidebar wider", () -> f.window.sidebar().node().getWidth() > small + 50);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + state(), e);
        }
    }

    /** Before the fix leaving the reading mode left the sidebar at zero width (a fixed delay raced the layout). */
    @Test
    void theReadingModeRoundTripKeepsTheSidebarWidth(FxRobot robot) {
        Node sidebar = f.window.sidebar().node();
        WindowFixture.waitFor("laid out", () -> sidebar.getLayoutBounds().getWidth() > 100);
        double width = WindowFixture.fx(() -> sidebar.getLayoutBounds().getWidth());
        double list = WindowFixture.fx(() -> f.window.listPaneWidth());
        double saved = f.settings.sidebarDividerProperty().get();
        for (int round = 0; round < 3; round++) {
            WindowFixture.fx(() -> {
                table(robot).requestFocus();
                return null;
            });
            robot.type(KeyCode.F11);
            WindowFixture.waitFor("full screen", () -> f.stage.isFullScreen() && sidebar.getScene() == null);
            robot.type(KeyCode.F11);
            try {
                WindowFixture.waitFor("the sidebar back at its width", () -> !f.stage.isFullScreen()
                        && sidebar.getScene() != null && !sidebar.getParent().needsLayoutProperty().get()
                        && Math.abs(sidebar.getLayoutBounds().getWidth() - width) < 3
                        && Math.abs(f.window.listPaneWidth() - list) < 3);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + " " + width + "/" + list + ": " + state(), e);
            }
            assertEquals(saved, f.settings.sidebarDividerProperty().get(), 1e-9, "the saved divider stays");
        }
    }

    /** A divider the user drags is saved; the layout's own moves are not. */
    @Test
    void aDraggedDividerIsRemembered(FxRobot robot) {
        SplitPane outer = f.window.panes();
        WindowFixture.waitFor("laid out", () -> f.window.sidebar().node().getWidth() > 100);
        double before = f.settings.sidebarDividerProperty().get();
        Node divider = WindowFixture.fx(() -> outer.lookupAll(".split-pane-divider").stream()
                .filter(d -> d.getParent() == outer).findFirst().orElseThrow());
        robot.drag(divider).dropBy(80, 0);
        try {
            WindowFixture.waitFor("saved", () -> f.settings.sidebarDividerProperty().get() > before + 0.02);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + state(), e);
        }
        double dragged = f.settings.sidebarDividerProperty().get();
        size(1000, 700); // a resize moves no saved divider
        assertEquals(dragged, f.settings.sidebarDividerProperty().get(), 1e-9);
    }

    private void open(String title) {
        String id = f.library.idForTitle(title).orElseThrow();
        WindowFixture.fx(() -> {
            f.window.open(id);
            return null;
        });
        WindowFixture.waitFor("the page of " + title, () -> id.equals(f.window.readingView().loadedIdProperty().get()));
    }

    /**
     * Before the fix a long display formula was cut behind a scroll bar nobody saw (at 900×600 mid-glyph): now it
     * is scaled to the column, or at its smallest scale scrolls with a visible bar below it (a scaled formula kept
     * its full depth below the baseline and hung into the bar); its number stays in view.
     */
    @Test
    void aLongFormulaFitsTheColumnAt900x600(FxRobot robot) {
        size(900, 600);
        String probe = "(function(){var r=[];document.querySelectorAll('.math.display').forEach(function(b){"
                + "var f=b.querySelector('.formula'),s=f.querySelector('svg'),t=b.querySelector('.tags');if(!s){return;}"
                + "r.push([b.getAttribute('data-scale')||'1',"
                + "Math.round(s.getBoundingClientRect().right-f.getBoundingClientRect().right),"
                + "b.classList.contains('wide')&&f.scrollWidth>f.clientWidth,"
                + "t&&t.innerHTML.trim()?Math.round(t.getBoundingClientRect().right-document.documentElement.clientWidth):-99,"
                + "Math.floor(f.getBoundingClientRect().bottom-s.getBoundingClientRect().bottom)"
                + "].join(':'));});return r.join(' ');})()";
        open("通向概率分布之路:盘点Softmax及其替代品"); // its eq. (1) is wider than the column
        WindowFixture.waitFor("the formulas fitted", () -> String.valueOf(f.window.readingView().run(probe))
                .matches(".*0\\.\\d+:.*"));
        List<String> all = new java.util.ArrayList<>(List.of(WindowFixture.fx(() -> String.valueOf(
                f.window.readingView().run(probe))).split(" ")));
        open("重温SSM(二):HiPPO的一些遗留问题"); // numbered equations
        all.addAll(List.of(WindowFixture.fx(() -> String.valueOf(f.window.readingView().run(probe))).split(" ")));
        String[] formulas = all.toArray(String[]::new);
        boolean numbered = false;
        for (String one : formulas) {
            String[] p = one.split(":");
            double scale = Double.parseDouble(p[0]);
            assertTrue(scale >= 0.6 - 1e-9, "never smaller than the floor: " + one);
            assertTrue(Integer.parseInt(p[1]) <= 1 || Boolean.parseBoolean(p[2]),
                    "inside the column, or scrolling with its bar: " + one);
            if (Boolean.parseBoolean(p[2])) {
                // the scroll bar (8 px) lies below the formula, not over its last row
                assertTrue(Integer.parseInt(p[4]) >= 8, "the bar below the formula: " + one);
            }
            int tag = Integer.parseInt(p[3]);
            if (tag != -99) {
                numbered = true;
                assertTrue(tag <= 0, "the equation number in view: " + one);
            }
        }
        assertTrue(numbered, "a numbered formula was checked: " + String.join(" ", formulas));
    }

    /**
     * Before the fix an inline formula wider than its line (a long list of a state-space model's shapes, at
     * 900×600) pushed the page sideways: now the page never scrolls sideways and the formula scrolls on its own.
     */
    @Test
    void aLongInlineFormulaScrollsOnItsOwnAt900x600(FxRobot robot) throws IOException {
        String formula = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "u_{" + i + "}")
                .collect(java.util.stream.Collectors.joining(",")) + "\\in\\mathbb{R}";
        java.nio.file.Path dump = Files.writeString(Files.createTempDirectory("dumps").resolve("long.txt"), """
                一个很长的行内公式
                By 苏剑林 | 2025-03-21 | 7位读者 | 其中FORMULA都是实数,而正文照常换行,不随公式横向滚动。
                最近评论
                """.replace("FORMULA", "$" + formula + "$"), java.nio.charset.StandardCharsets.UTF_8);
        WindowFixture.fx(() -> {
            f.window.importFiles(List.of(dump));
            return null;
        });
        WindowFixture.waitFor("the import", () -> f.library.idForTitle("一个很长的行内公式").isPresent()
                && !f.window.importingProperty().get());
        size(900, 600);
        open("一个很长的行内公式");
        String probe = "(function(){var d=document.documentElement,w=document.querySelector('.math.inline.wide');"
                + "return [d.scrollWidth<=d.clientWidth, !!w&&w.scrollWidth>w.clientWidth,"
                + "!!w&&w.getBoundingClientRect().right<=d.clientWidth].join(':');})()";
        WindowFixture.waitFor("the formula scrolling on its own",
                () -> "true:true:true".equals(String.valueOf(f.window.readingView().run(probe))));
    }
}
