package kexuereader.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: a JavaFX window holding one label, started from the same jars as the
 * reader. It prints {@code bare: first-frame N ms} (milliseconds since the JVM started, as the reader's
 * {@code --measure-startup} counts) once its first frame is out, then {@code bare: first-frame-cpu N ms} (the
 * process's CPU time up to that frame, as the reader's {@code list-ready-cpu}), and exits. With {@code --webview}
 * it then adds a WebView, loads a one-line page and prints {@code bare: webview-painted N ms} once that page is drawn: the
 * floor of "first article readable" (with the process's resident memory then, the floor of the memory figure).
 * With {@code --table} the window holds a populated 200-row table instead of the label: what a table costs.
 * Not an {@code Application} itself, so it starts from the class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("bare: main");
        Application.launch(App.class, args);
    }

    /** The bare application. Public because JavaFX instantiates it by reflection. */
    public static final class App extends Application {

        private boolean firstSeen;

        @Override
        public void start(Stage stage) {
            StartupTrace.mark("bare: toolkit up");
            boolean webview = getParameters().getRaw().contains("--webview");
            StackPane root = new StackPane(getParameters().getRaw().contains("--table") ? table()
                    : new Label("kexue-reader"));
            Scene scene = new Scene(root, 1200, 800);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (firstSeen) {
                    return;
                }
                firstSeen = true;
                long firstFrame = ReaderApp.sinceJvmStart();
                long cpu = StartupTrace.cpuMillis();
                StartupTrace.mark("bare: first frame laid out");
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                // one more pulse so the frame just laid out has been drawn, as StartupClock does
                Platform.runLater(() -> Platform.runLater(() -> {
                    System.out.println("bare: first-frame " + firstFrame + " ms");
                    System.out.println("bare: first-frame-cpu " + cpu + " ms");
                    System.out.flush();
                    if (webview) {
                        addWebView(root, scene);
                    } else {
                        Platform.exit();
                    }
                }));
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setTitle("bare");
            stage.setScene(scene);
            stage.show();
        }

        /** 200 rows of four columns of Chinese text, in the CJK font the reader uses: a table's own cost. */
        private static TableView<String[]> table() {
            TableView<String[]> table = new TableView<>();
            String[] names = {"Title", "Date", "Readers", "Series"};
            for (int c = 0; c < names.length; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>(names[c]);
                col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue()[column]));
                table.getColumns().add(col);
            }
            for (int i = 0; i < 200; i++) {
                table.getItems().add(new String[] {"生成扩散模型漫谈(二十三):信噪比与大图生成(下)" + i, "2024-04-17",
                    "31,926", "生成扩散模型漫谈 · 23"});
            }
            table.setStyle(CjkFont.style());
            return table;
        }

        private void addWebView(StackPane root, Scene scene) {
            WebView web = new WebView();
            root.getChildren().setAll(web);
            web.getEngine().getLoadWorker().stateProperty().addListener((obs, was, now) -> {
                if (now == javafx.concurrent.Worker.State.SUCCEEDED) {
                    Platform.runLater(() -> Platform.runLater(() -> {
                        System.out.println("bare: webview-painted " + ReaderApp.sinceJvmStart() + " ms, rss "
                                + (MemoryProbe.rssKb() >> 10) + " MB");
                        System.out.flush();
                        Platform.exit();
                    }));
                }
            });
            web.getEngine().loadContent("<html><body><p>科学空间 kexue.fm</p></body></html>");
        }
    }
}
