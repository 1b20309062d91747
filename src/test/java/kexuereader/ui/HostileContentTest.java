package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import kexuereader.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Dumps written to attack the reader (markup and script in titles, bodies, 《…》 citations and formulas; links to
 * the network and the file system) against the real window. Everything from the data shows as text: the page's
 * DOM holds no element the data named, no script of the data runs, and nothing reaches a local HTTP server that
 * every payload points at. The page's Content-Security-Policy is checked on its own by injecting such elements
 * with our privileged script (as an escaping bug would): the server still sees no request and a local image does
 * not load. A web link reaches the system browser only through the bridge, after a click.
 */
@ExtendWith(ApplicationExtension.class)
class HostileContentTest {

    /** Elements that would load, run or navigate if the data could create them. */
    static final List<String> FORBIDDEN = List.of("script", "img", "iframe", "object", "embed", "link", "meta", "base",
            "form", "input", "video", "audio", "source", "frame", "frameset", "applet", "image", "foreignObject");

    /** Titles are at most 100 characters, so these stay short. */
    static final String TITLE1 = "<script>window.pwned='title'</script><img src=x onerror=\"window.pwned='img'\">标题一";

    WindowFixture f;
    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> opened = new CopyOnWriteArrayList<>();
    String base;

    @Start
    void start(Stage stage) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "window.pwned = 'network';".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        f = new WindowFixture(Files.createTempDirectory("hostile"), true);
        f.stage = stage;
        f.window = new MainWindow(f.windowLibrary(), f.settings, new MainWindow.Services() {
            @Override
            public void showDocument(String url) {
                opened.add(url); // what would go to the system browser
            }

            @Override
            public Window owner() {
                return stage;
            }
        });
        Scene scene = new Scene(f.window.root(), 1400, 900);
        stage.setScene(scene);
        stage.show();
        f.window.afterFirstFrame();
    }

    @AfterEach
    void close() {
        f.close();
        server.stop(0);
    }

    /** A listing dump whose every field attacks; each payload points at the local server. */
    private Path hostileDump() throws IOException {
        String b = base;
        String title1 = TITLE1;
        String title2 = "</title></head><body onload=\"window.pwned='body'\"><a href=\"javascript:window.pwned='a'\">标题二</a>";
        String text = """
                TITLE1
                By 苏剑林 | 2025-03-21 | 7位读者 | 引用<iframe src="BASE/iframe"></iframe>第一段<object data="BASE/object"></object><embed src="BASE/embed">
                <link rel="stylesheet" href="BASE/link.css"><meta http-equiv="refresh" content="0;url=BASE/refresh"><base href="BASE/">
                <style>@import url(BASE/import.css); body { background: url(BASE/bg.png); display: none }</style></body></html>
                <svg onload="window.pwned='svg'"><script>window.pwned='svg-script'</script><image href="BASE/svg.png"/></svg>
                <form action="BASE/form"><input type="submit"></form><video src="BASE/video.mp4" autoplay></video>
                <a href="javascript:window.pwned='js'">javascript链接</a> <a href="BASE/link">网络链接</a> <img src="file:///etc/hostname">
                <img src=BASE/plain.png> 参见《TITLE2》和《<b onmouseover="window.pwned='cite'">粗体</b>》。
                TITLE2
                By 苏剑林 | 2025-03-20 | 8位读者 | 引用公式$\\href{javascript:window.pwned='href'}{x}$与$\\url{BASE/url}$,又见$<img src=x onerror="window.pwned='math'">$。
                \\begin{equation}\\text{<script>window.pwned='text'</script>} = \\style{background:url(BASE/style)}{y}\\end{equation}
                $$\\unicode{x3c}script\\unicode{x3e} \\htmlClass{x}{y} \\require{BASE/require}$$
                还引用了《TITLE1》,并提到{\\color{red}<iframe src="BASE/color"></iframe>}。
                最近评论
                """.replace("BASE", b).replace("TITLE1", title1).replace("TITLE2", title2);
        return Files.writeString(Files.createTempDirectory("dumps").resolve("hostile.txt"), text, StandardCharsets.UTF_8);
    }

    private Article importHostile() throws IOException {
        Path dump = hostileDump();
        WindowFixture.fx(() -> {
            f.window.importFiles(List.of(dump));
            return null;
        });
        WindowFixture.waitFor("the import", () -> f.library.articleCount() == 34 && !f.window.importingProperty().get());
        return f.library.article(f.library.idForTitle(TITLE1).orElseThrow()).orElseThrow();
    }

    private Document open(String id) {
        WindowFixture.fx(() -> {
            f.window.open(id);
            return null;
        });
        WindowFixture.waitFor("the page of " + id, () -> id.equals(f.window.readingView().loadedIdProperty().get()));
        return WindowFixture.fx(() -> f.window.readingView().webView().getEngine().getDocument());
    }

    private Object js(String script) {
        return WindowFixture.fx(() -> f.window.readingView().run(script));
    }

    /** The DOM holds only the page's own script and style, and no element of the FORBIDDEN list. */
    private void assertOnlyOurElements(Document dom, String what) {
        WindowFixture.fx(() -> {
            for (String tag : FORBIDDEN) {
                int expected = tag.equals("script") || tag.equals("meta") ? ownCount(dom, tag) : 0;
                assertEquals(expected, dom.getElementsByTagName(tag).getLength(), what + ": <" + tag + "> elements");
            }
            assertEquals(1, dom.getElementsByTagName("style").getLength(), what + ": only the page's own <style>");
            NodeList all = dom.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                var attributes = e.getAttributes();
                for (int k = 0; k < attributes.getLength(); k++) {
                    String name = attributes.item(k).getNodeName().toLowerCase();
                    String value = attributes.item(k).getNodeValue();
                    assertFalse(name.startsWith("on"), what + ": an event handler " + name + " on <" + e.getTagName() + ">");
                    // references inside the page itself (#clip-1 of an SVG formula) are fine; nothing else is
                    boolean link = name.equals("href") || name.equals("src") || name.equals("xlink:href")
                            || name.equals("action") || name.equals("data-href") || name.equals("formaction");
                    assertFalse(link && !value.startsWith("#"),
                            what + ": a " + name + "=" + value + " on <" + e.getTagName() + ">");
                    // data-* and title attributes are inert text (the formula's source, an error's reason)
                    boolean inert = name.startsWith("data-") || name.equals("title");
                    assertFalse(!inert && value.matches("(?s).*url\\(\\s*['\"]?(?!#).*"),
                            what + ": a url() to outside the page in " + name + "=" + value);
                }
            }
            return null;
        });
    }

    /** The page's own script (one, with the nonce) and metas (charset and the CSP). */
    private static int ownCount(Document dom, String tag) {
        return tag.equals("script") ? 1 : 2;
    }

    @Test
    void hostileTitlesBodiesCitationsAndFormulasShowAsText(FxRobot robot) throws IOException {
        Article first = importHostile();
        Document dom = open(first.id());
        assertOnlyOurElements(dom, "article 1");
        String text = (String) js("document.body.textContent");
        assertTrue(text.contains("<iframe src=\"" + base + "/iframe\"></iframe>第一段"), text);
        assertTrue(text.contains("<svg onload=\"window.pwned='svg'\">"), text);
        assertTrue(text.contains("</body></html>"), text);
        assertEquals(first.displayTitle(), WindowFixture.fx(() -> dom.getElementById("title").getTextContent()));
        assertFalse("none".equals(js("getComputedStyle(document.body).display")), "the data's CSS is not applied");
        // the citation of the other hostile article is a link, and its markup is its text
        String cite = String.valueOf(js("Array.from(document.querySelectorAll('a.cite')).map(a => a.textContent).join('|')"));
        assertTrue(cite.contains("《</title></head><body onload=\"window.pwned='body'\">"), cite);

        String second = f.library.idForTitle("</title></head><body onload=\"window.pwned='body'\"><a href=\""
                + "javascript:window.pwned='a'\">标题二</a>").orElseThrow();
        Document dom2 = open(second);
        assertOnlyOurElements(dom2, "article 2 (formulas)");
        String tex = String.valueOf(js("Array.from(document.querySelectorAll('[data-tex]')).map(e => e.getAttribute('data-tex')).join('|')"));
        assertTrue(tex.contains("\\href{javascript:window.pwned='href'}{x}"), tex);
        assertTrue(tex.contains("<img src=x onerror=\"window.pwned='math'\">"), tex);
        assertEquals("undefined", String.valueOf(js("typeof window.pwned")), "no script of the data ran");
        assertEquals(0, ((Number) js("document.images.length")).intValue());
        // the page counts as loaded after its load event, which waits for every image, frame and style sheet
        // it asked for, and no script of the data ran to ask later: any request would have been made by now
        assertEquals(List.of(), requests, "nothing from the data reached the network");
        assertEquals(List.of(), opened, "nothing was opened in the browser without a click");
    }

    @Test
    void searchSnippetsShowMarkupAsText(FxRobot robot) throws IOException {
        importHostile();
        // set as typing would (after an import the report may hold the keyboard focus)
        WindowFixture.fx(() -> {
            ((javafx.scene.control.TextField) f.window.searchField()).setText("iframe");
            return null;
        });
        try {
            // the hits, and the cells that show their snippets: the table draws them at its next pulse
            WindowFixture.waitFor("search hits", () -> f.window.listModel().searchingProperty().get()
                    && !table().getItems().isEmpty() && table().getItems().get(0).snippet() != null
                    && WindowFixture.snippetTexts(robot).stream().anyMatch(s -> s.contains("iframe")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + WindowFixture.fx(() -> f.window.listModel().query()
                    + " searching=" + f.window.listModel().searchingProperty().get() + " items=" + table().getItems()), e);
        }
        List<String> snippets = WindowFixture.fx(() -> WindowFixture.snippetTexts(robot));
        assertTrue(snippets.stream().anyMatch(s -> s.contains("<") && s.contains("iframe")), snippets.toString());
        assertEquals(List.of(), requests);
    }

    /**
     * Defence in depth: elements injected by our own (privileged) script, as an escaping bug would let the data
     * create them, are still stopped by the page's Content-Security-Policy.
     */
    @Test
    void theContentSecurityPolicyStopsLoadsEvenIfMarkupGotThrough(FxRobot robot) throws IOException {
        Path png = Files.write(Files.createTempDirectory("local").resolve("local.png"), tinyPng());
        String id = f.library.idForTitle("MoE环游记:1、从几何意义出发").orElseThrow();
        open(id);
        js("""
                window.loaded = [];
                window.refused = 0;
                document.addEventListener('securitypolicyviolation', function () { window.refused++; });
                function add(html) { var d = document.createElement('div'); d.innerHTML = html; document.body.appendChild(d); }
                add('<img id="net" src="BASE/injected.png" onload="window.loaded.push(\\'net\\')">');
                add('<img id="file" src="FILE" onload="window.loaded.push(\\'file\\')">');
                add('<iframe src="BASE/injected-frame"></iframe>');
                add('<link rel="stylesheet" href="BASE/injected.css">');
                add('<div style="background:url(BASE/injected-bg.png);width:10px;height:10px"></div>');
                var s = document.createElement('script'); s.src = 'BASE/injected.js'; document.head.appendChild(s);
                try { var x = new XMLHttpRequest(); x.open('GET', 'BASE/xhr'); x.send(); } catch (e) {}
                try { fetch('BASE/fetch').catch(function () {}); } catch (e) {}
                """.replace("BASE", base).replace("FILE", png.toUri().toString()));
        // the policy refuses each of the seven loads that would reach the network (image, frame, style sheet,
        // background, script, XHR, fetch) and says so with an event: once all seven are refused, none is on its way
        WindowFixture.waitFor("the policy's refusals", () -> ((Number) f.window.readingView().run("window.refused"))
                .intValue() >= 7);
        assertEquals(List.of(), requests, "the CSP lets nothing reach the network");
        assertEquals("[]", String.valueOf(js("JSON.stringify(window.loaded)")), "no injected image loaded");
        assertEquals(0, ((Number) js("document.getElementById('file').naturalWidth")).intValue(),
                "a local file does not load");
        assertEquals("undefined", String.valueOf(js("typeof window.pwned")), "the injected script did not run");
    }

    /** A web link goes to the system browser only when clicked, and only an http(s) one. */
    @Test
    void anOutsideLinkGoesThroughTheBridgeOnlyWhenClicked(FxRobot robot) {
        String id = f.library.idForTitle("MoE环游记:1、从几何意义出发").orElseThrow();
        open(id);
        js("""
                function link(id, href) { var a = document.createElement('a'); a.id = id; a.textContent = id;
                  a.setAttribute('data-href', href); a.style.cssText = 'display:block;font-size:40px;padding:10px';
                  document.body.insertBefore(a, document.body.firstChild); }
                link('web', 'https://example.com/paper');
                link('js', 'javascript:window.pwned=1');
                link('file', 'file:///etc/passwd');
                window.scrollTo(0, 0);
                """);
        for (String link : List.of("js", "file", "web")) {
            click(robot, link);
        }
        // the clicks reach the bridge in order: once the last one has, the others have had their turn
        WindowFixture.waitFor("the click on the web link", () -> !opened.isEmpty());
        assertEquals(List.of("https://example.com/paper"), opened,
                "only the http(s) link reached the browser, once, and only by its click");
        assertEquals("undefined", String.valueOf(js("typeof window.pwned")));
        assertEquals(id, WindowFixture.fx(() -> f.window.readingView().loadedIdProperty().get()), "the page stays");
        assertEquals(List.of(), requests);
    }

    /** Clicks the element with this id with the mouse, as a person would. */
    private void click(FxRobot robot, String elementId) {
        Point2D p = WindowFixture.fx(() -> {
            WebView web = f.window.readingView().webView();
            String rect = (String) web.getEngine().executeScript("(function(){var r=document.getElementById('"
                    + elementId + "').getBoundingClientRect();return (r.left+r.width/4)+','+(r.top+r.height/2);})()");
            String[] xy = rect.split(",");
            double zoom = web.getZoom();
            return web.localToScreen(Double.parseDouble(xy[0]) * zoom, Double.parseDouble(xy[1]) * zoom);
        });
        robot.moveTo(p).clickOn(MouseButton.PRIMARY);
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.TableView<ArticleRow> table() {
        return (javafx.scene.control.TableView<ArticleRow>) f.stage.getScene().lookup("#article-list");
    }


    /** A valid 1×1 PNG. */
    private static byte[] tinyPng() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    }
}
