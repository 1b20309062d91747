package kexuereader.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

/**
 * The reading pane: a WebView showing the page the {@code reading} package builds. It is created after the
 * first frame (a WebView costs hundreds of milliseconds to start). Links on the page call back into Java
 * through a small bridge: another article opens in the reader, a web link opens in the system browser only
 * when clicked, and nothing else is ever navigated to.
 */
final class ReadingView {

    private final StackPane root = new StackPane();
    private final Label empty = new Label("Choose an article on the left to read it here.");
    private final ReadOnlyStringWrapper loadedId = new ReadOnlyStringWrapper(this, "loadedId");
    private final Bridge bridge;
    private WebView web;
    private String pendingHtml;
    private String pendingId;
    private String currentHtml;
    private double zoom = 1.0;
    private boolean dark;

    /**
     * @param onOpenArticle called with an article id when the page asks for another article
     * @param onExternal    called with an http(s) address the user clicked
     */
    ReadingView(Consumer<String> onOpenArticle, Consumer<String> onExternal) {
        this.bridge = new Bridge(onOpenArticle, onExternal);
        root.setId("reading-pane");
        root.getStyleClass().add("reading-pane");
        empty.getStyleClass().add("reading-empty");
        root.getChildren().add(empty);
    }

    Node node() {
        return root;
    }

    /** Creates the WebView; called once the window has shown its first frame. */
    void initialise() {
        if (web != null) {
            return;
        }
        web = new WebView();
        web.setId("reading-web");
        web.setContextMenuEnabled(false);
        web.setZoom(zoom);
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(true); // our own page script only: the data is escaped text
        engine.setUserDataDirectory(null);
        engine.getLoadWorker().stateProperty().addListener((obs, was, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                JSObject window = (JSObject) engine.executeScript("window");
                window.setMember("kexue", bridge);
                engine.executeScript("document.documentElement.classList.toggle('dark', " + dark + ");"
                        + "if (window.kexueReady) { window.kexueReady(); }");
                loadedId.set(pendingId);
            }
        });
        engine.locationProperty().addListener((obs, was, now) -> {
            // the page's script handles every link; anything else (a form, a typed URL) is refused
            if (now != null && !now.isEmpty() && !now.startsWith("about:") && !now.startsWith("data:")
                    && currentHtml != null) {
                javafx.application.Platform.runLater(() -> engine.loadContent(currentHtml));
            }
        });
        root.getChildren().setAll(web);
        if (pendingHtml != null) {
            load(pendingId, pendingHtml);
        } else {
            root.getChildren().add(empty);
        }
    }

    boolean isInitialised() {
        return web != null;
    }

    /** Shows a page; kept until the WebView exists when called before. */
    void show(String articleId, String html) {
        pendingId = articleId;
        pendingHtml = html;
        if (web != null) {
            load(articleId, html);
        }
    }

    private void load(String articleId, String html) {
        currentHtml = html;
        loadedId.set(null);
        root.getChildren().setAll(web);
        web.getEngine().loadContent(html, "text/html");
    }

    /** Clears the pane back to its empty state. */
    void clear() {
        pendingHtml = null;
        pendingId = null;
        currentHtml = null;
        loadedId.set(null);
        if (web != null) {
            web.getEngine().loadContent("");
        }
        root.getChildren().setAll(web == null ? new Node[] {empty} : new Node[] {web, empty});
    }

    /** The id of the article whose page has finished loading, or null while loading. */
    ReadOnlyStringProperty loadedIdProperty() {
        return loadedId.getReadOnlyProperty();
    }

    void setZoom(double z) {
        zoom = z;
        if (web != null) {
            web.setZoom(z);
        }
    }

    void setDark(boolean isDark) {
        dark = isDark;
        run("document.documentElement.classList.toggle('dark', " + isDark + ");");
    }

    /** Scrolls by a fraction of the visible height; negative goes up. */
    void scrollPage(double fraction) {
        run("window.scrollBy(0, Math.round(window.innerHeight * " + fraction + "));");
    }

    /** Runs a script of ours on the page, if one is loaded. */
    Object run(String script) {
        if (web == null || loadedId.get() == null) {
            return null;
        }
        return web.getEngine().executeScript(script);
    }

    WebView webView() {
        return web;
    }

    /**
     * What the page's script may call. Public because the WebView reaches it by reflection; kept in a field
     * so the garbage collector does not take it while the page holds only a weak reference.
     */
    public static final class Bridge {
        private final Consumer<String> onOpenArticle;
        private final Consumer<String> onExternal;

        Bridge(Consumer<String> onOpenArticle, Consumer<String> onExternal) {
            this.onOpenArticle = onOpenArticle;
            this.onExternal = onExternal;
        }

        /** Opens another article of the library. */
        public void open(String id) {
            if (id != null && id.matches("[0-9a-f]{4,40}")) {
                javafx.application.Platform.runLater(() -> onOpenArticle.accept(id));
            }
        }

        /** Opens a web address in the system browser; only http and https. */
        public void external(String url) {
            if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
                javafx.application.Platform.runLater(() -> onExternal.accept(url));
            }
        }
    }
}
