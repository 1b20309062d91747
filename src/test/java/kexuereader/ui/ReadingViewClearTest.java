package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pane cleared (as on a first start, before the seeds are in) loads an empty page; before the fix the page's
 * own script was then called on it and threw on the FX thread ("kexueStartReporting is not a function").
 */
@ExtendWith(ApplicationExtension.class)
class ReadingViewClearTest {

    ReadingView view;
    final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        view = new ReadingView();
        view.initialise(true);
        stage.setScene(new Scene(new StackPane(view.node()), 600, 400));
        stage.show();
    }

    @AfterEach
    void restore() {
        WindowFixture.fx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(before);
            return null;
        });
    }

    @Test
    void clearingThePaneCallsNoPageScript() {
        WindowFixture.fx(() -> {
            view.show("a", "<html><body><p>x</p></body></html>", null);
            view.clear();
            return null;
        });
        WindowFixture.waitFor("the empty page loaded", () -> view.webView().getEngine().getLoadWorker().getState()
                == Worker.State.SUCCEEDED && "".equals(String.valueOf(
                view.webView().getEngine().executeScript("document.body ? document.body.innerHTML : ''"))));
        assertEquals(List.of(), thrown);
        assertEquals(null, WindowFixture.fx(() -> view.loadedIdProperty().get()));
    }
}
