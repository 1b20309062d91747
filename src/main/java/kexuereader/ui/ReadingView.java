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
import kexuereader.reading.ScriptText;

/**
 * The reading pane: a WebView showing the page the {@code reading} package builds. It is created after the
 * first frame (a WebView costs hundreds of milliseconds to start). Links on the page call back into Java
 * through a small bridge: another article opens in the reader, a web link opens in the system browser only
 * when clicked, and nothing else is ever navigated to.
 */
final class ReadingView {

    private final StackPane root = new StackPane();
    private final Label empty = new Label(Messages.get("reading.empty"));
    private final ReadOnlyStringWrapper loadedId = new ReadOnlyStringWrapper(this, "loadedId");
    /** The formulas that came after the shown page: put in as they come, and again if the page loads again. */
    private final java.util.List<String> fills = new java.util.ArrayList<>();
    private final Bridge bridge;
    private WebView web;
    private String pendingHtml;
    private String pendingId;
    private String currentHtml;
    private String pendingPosition;
    private ContextMenuRequest contextMenu;

    /** A right-click (or the menu key) at a point of the view, with its screen position for the menu. */
    @FunctionalInterface
    interface ContextMenuRequest {
        void at(double x, double y, double screenX, double screenY);
    }
    private double zoom = 1.0;
    private boolean dark;
    private String pageStyle = "";

    /**
     * @param onOpenArticle called with an article id when the page asks for another article
     * @param onExternal    called with an http(s) address the user clicked
     */
    ReadingView(Consumer<String> onOpenArticle, Consumer<String> onExternal, Consumer<String> onPosition) {
        this();
        bind(onOpenArticle, onExternal, onPosition);
    }

    /**
     * A pane whose page's links and position reports do nothing until {@link #bind}: the one the start-up shows
     * the first article in before the window is built, which the window then takes over.
     */
    ReadingView() {
        this.bridge = new Bridge();
        root.setId("reading-pane");
        root.getStyleClass().add("reading-pane");
        empty.getStyleClass().add("reading-empty");
        root.getChildren().add(empty);
    }

    /** What the page's links and position reports do from now on (the window's). */
    void bind(Consumer<String> onOpenArticle, Consumer<String> onExternal, Consumer<String> onPosition) {
        bridge.onOpenArticle = onOpenArticle;
        bridge.onExternal = onExternal;
        bridge.onPosition = onPosition;
    }

    /** Whether the WebView exists ({@link #initialise} ran). */
    boolean initialised() {
        return web != null;
    }

    Node node() {
        return root;
    }

    /** Pixels one notch of the mouse wheel scrolls the page. */
    static final int SCROLL_STEP = 100;

    /** Creates the WebView; called once the first frame is out. */
    void initialise() {
        initialise(true);
    }

    /**
     * Creates the WebView, unless it exists; {@code sayEmpty} false leaves out the empty pane's words while a
     * page is on its way (the start-up's first article).
     */
    void initialise(boolean sayEmpty) {
        if (web != null) {
            return;
        }
        web = new WebView();
        web.setId("reading-web");
        web.setContextMenuEnabled(false); // ours instead: formulas get Copy LaTeX and Copy as image
        // the menu opens on the secondary button's press (as Linux desktops do, and as headless Glass reports it)
        // and on the platform's context-menu request (the menu key); the handler ignores a second request
        web.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && contextMenu != null) {
                contextMenu.at(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        web.setOnContextMenuRequested(e -> {
            if (contextMenu != null) {
                contextMenu.at(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        // a wheel notch scrolls about 100 px, as a browser does; WebView's own step is 40, tiring over a long page
        web.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.getDeltaY() == 0 || loadedId.get() == null) {
                return;
            }
            // deltaY is the notches times the platform's multiplier (40 on Linux)
            double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40.0);
            run("window.scrollBy(0, " + Math.round(-notches * SCROLL_STEP) + ");");
            e.consume();
        });
        web.setZoom(zoom);
        web.setPageFill(pageFill());
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(true); // our own page script only: the data is escaped text
        engine.setUserDataDirectory(null);
        engine.setCreatePopupHandler(features -> null); // window.open must never load anything, anywhere
        engine.getLoadWorker().stateProperty().addListener((obs, was, now) -> {
            // the empty page clear() loads has none of the page's script: nothing to call there
            if (now == Worker.State.SUCCEEDED && currentHtml != null) {
                JSObject window = (JSObject) engine.executeScript("window");
                window.setMember("kexue", bridge);
                engine.executeScript("document.documentElement.classList.toggle('dark', " + dark + ");");
                engine.executeScript(pageStyle);
                String restore = pendingPosition;
                boolean marks = Boolean.TRUE.equals(engine.executeScript("document.querySelector('mark') !== null"));
                if (marks) {
                    // a search opened this page: show the first match rather than where reading stopped
                    engine.executeScript("window.kexueReady(); window.kexueStartReporting();");
                } else if (restore != null) {
                    engine.executeScript("window.kexueRestore('" + restore.replaceAll("[^0-9.:]", "") + "');");
                } else {
                    engine.executeScript("window.kexueStartReporting();");
                }
                loadedId.set(pendingId);
                StartupTrace.mark("page loaded " + pendingId);
                Object left = null;
                for (String fill : fills) { // all of them: a page loaded again (a refused navigation) starts bare
                    left = engine.executeScript(fill);
                }
                if (left == null ? Boolean.TRUE.equals(engine.executeScript("document.querySelector('[data-fill]') === null"))
                        : left instanceof Number n && n.intValue() == 0) {
                    StartupTrace.mark("page filled " + pendingId);
                }
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
        } else if (sayEmpty) {
            root.getChildren().add(empty);
        }
    }

    /** What resting the pointer on a link to an article does (the window reads it, then {@link #showPreview}). */
    void setOnPreview(Consumer<String> handler) {
        bridge.onPreview = handler;
    }

    /** Shows the preview of a linked article, if the pointer is still on its link. */
    void showPreview(String id, String title, String date, String text) {
        run("window.kexueShowPreview(" + ScriptText.literal(id) + "," + ScriptText.literal(title) + ","
                + ScriptText.literal(date) + "," + ScriptText.literal(text) + ")");
    }

    /** What a right-click on the page does. */
    void setOnContextMenu(ContextMenuRequest handler) {
        contextMenu = handler;
    }

    /**
     * Shows a page, scrolled to {@code position} (where reading stopped, or null for the top); kept until the
     * WebView exists when called before.
     */
    void show(String articleId, String html, String position) {
        pendingId = articleId;
        pendingHtml = html;
        pendingPosition = position;
        if (web != null) {
            load(articleId, html);
        }
    }

    /**
     * Puts formulas that came after the page into it ({@code DeferredFormulas}'s script); kept until the page has
     * loaded when it has not yet, dropped when another page is shown.
     */
    void fill(String articleId, String script) {
        if (!articleId.equals(pendingId)) {
            return;
        }
        fills.add(script);
        if (web != null && articleId.equals(loadedId.get())) {
            Object left = web.getEngine().executeScript(script);
            if (left instanceof Number n && n.intValue() == 0) {
                StartupTrace.mark("page filled " + articleId);
            }
        }
    }

    private void load(String articleId, String html) {
        currentHtml = html;
        fills.clear();
        loadedId.set(null);
        root.getChildren().setAll(web);
        StartupTrace.mark("page handed to the WebView " + articleId + ", " + html.length() + " chars");
        web.getEngine().loadContent(html, "text/html");
    }

    /** Clears the pane back to its empty state. */
    void clear() {
        pendingHtml = null;
        pendingId = null;
        currentHtml = null;
        fills.clear();
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

    /**
     * The page's text size (px), line height and measure (Chinese characters a line, 0 for the pane's width), as
     * CSS variables of the page: applied to the page shown and to every page after.
     */
    void setPageText(double fontSize, double lineHeight, double measure) {
        pageStyle = "(function(s){s.setProperty('--page-font-size','" + fontSize + "px');"
                + "s.setProperty('--page-line-height','" + lineHeight + "');"
                + "s.setProperty('--page-measure','" + (measure > 0 ? measure + "em" : "none") + "');"
                + "if(window.kexueFitFormulas){window.kexueFitFormulas();}})(document.documentElement.style);";
        run(pageStyle);
    }

    void setDark(boolean isDark) {
        dark = isDark;
        if (web != null) {
            web.setPageFill(pageFill());
        }
        run("document.documentElement.classList.toggle('dark', " + isDark + ");");
    }

    /**
     * What the WebView shows where no page is drawn yet: the page's own background (page.css), so a dark
     * theme's pane is not white while its first page loads.
     */
    private javafx.scene.paint.Color pageFill() {
        return ThemeStyles.background(dark ? Settings.Theme.DARK : Settings.Theme.LIGHT);
    }

    /** Scrolls by a fraction of the visible height; negative goes up. */
    void scrollPage(double fraction) {
        run("window.scrollBy(0, Math.round(window.innerHeight * " + fraction + "));");
    }

    /** Whether the page is scrolled to its end (or has no page). */
    boolean atEnd() {
        Object end = run("window.innerHeight + window.pageYOffset >= document.documentElement.scrollHeight - 2");
        return !Boolean.FALSE.equals(end);
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

    /** Where reading stands now (the first visible block and how far into it), or null without a page. */
    String position() {
        Object p = run("window.kexuePosition()");
        return p instanceof String s ? s : null;
    }

    /** Marks every occurrence of {@code query} in the text; returns how many there are. */
    int find(String query) {
        Object n = run("window.kexueFind(" + ScriptText.literal(query) + ")");
        return n instanceof Number number ? number.intValue() : 0;
    }

    /** Moves to the next (1) or previous (-1) occurrence; returns its 1-based number, or 0. */
    int findStep(int direction) {
        Object n = run("window.kexueFindStep(" + direction + ")");
        return n instanceof Number number ? number.intValue() : 0;
    }

    void findClear() {
        run("window.kexueFindClear()");
    }

    /** The LaTeX source of the formula at a point of the view (in view coordinates), or null. */
    String formulaAt(double x, double y) {
        Object tex = run("window.kexueFormulaAt(" + x / zoom + "," + y / zoom + ")");
        return tex instanceof String s ? s : null;
    }

    /** A picture of the formula at a point of the view, as the page shows it, or null. */
    javafx.scene.image.WritableImage formulaImage(double x, double y) {
        Object box = run("window.kexueFormulaBox(" + x / zoom + "," + y / zoom + ")");
        if (!(box instanceof String s)) {
            return null;
        }
        String[] p = s.split(",");
        double pad = 4;
        double left = Double.parseDouble(p[0]) * zoom - pad;
        double top = Double.parseDouble(p[1]) * zoom - pad;
        double width = Double.parseDouble(p[2]) * zoom + 2 * pad;
        double height = Double.parseDouble(p[3]) * zoom + 2 * pad;
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setViewport(new javafx.geometry.Rectangle2D(Math.max(0, left), Math.max(0, top),
                Math.max(1, width), Math.max(1, height)));
        return web.snapshot(params, null);
    }

    /** The text the user has selected on the page, or empty. */
    String selectedText() {
        Object t = run("window.getSelection().toString()");
        return t instanceof String s ? s : "";
    }

    /** Prints the page with the given job (the job's dialog has been shown by the caller). */
    void print(javafx.print.PrinterJob job) {
        if (web != null) {
            web.getEngine().print(job);
        }
    }

    /**
     * What the page's script may call. Public because the WebView reaches it by reflection; kept in a field
     * so the garbage collector does not take it while the page holds only a weak reference.
     */
    public static final class Bridge {
        // until the window binds them (a page shown before the window is built), the page's calls do nothing
        private Consumer<String> onOpenArticle = id -> { };
        private Consumer<String> onExternal = url -> { };
        private Consumer<String> onPosition = where -> { };
        private Consumer<String> onPreview;

        private Bridge() {
        }

        /** Where reading stands, reported as the reader scrolls: {@code block:fraction}. */
        public void position(String position) {
            if (position != null && position.matches("\\d{1,6}:[0-9.]{1,8}")) {
                javafx.application.Platform.runLater(() -> onPosition.accept(position));
            }
        }

        /** Opens another article of the library. */
        public void open(String id) {
            if (id != null && id.matches("[0-9a-f]{4,40}")) {
                javafx.application.Platform.runLater(() -> onOpenArticle.accept(id));
            }
        }

        /** The pointer rests on a link to another article: the window reads it for a preview. */
        public void preview(String id) {
            if (id != null && id.matches("[0-9a-f]{4,40}") && onPreview != null) {
                javafx.application.Platform.runLater(() -> onPreview.accept(id));
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
