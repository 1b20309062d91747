package kexuereader.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.nio.file.Path;
import kexuereader.library.Library;
import kexuereader.library.LibraryException;

/**
 * The JavaFX application: builds the window around the library the launcher opened, restores its size and
 * theme, and saves the settings when they change. With {@code --measure-startup} it prints when the first frame
 * and the first frame with the populated list were shown (milliseconds since the JVM started) and exits.
 */
public final class ReaderApp extends Application {

    private Library library;
    /** The window's stage, for the picture of the next start's first frame. */
    private Stage stage;
    /** What the window shows first, read with the library. */
    private StartView start;
    private Settings settings;
    private SettingsSaver saver;
    private MainWindow window;

    /**
     * Names the program "kexue-reader" for the window manager (WM_CLASS, which the desktop entry's StartupWMClass
     * matches, so docks group the window under the icon). JavaFX names it after the application class, unless a
     * name is set first: the constructor runs on the FX thread just before JavaFX does so.
     */
    public ReaderApp() {
        try {
            com.sun.glass.ui.Application glass = com.sun.glass.ui.Application.GetApplication();
            if (glass != null) {
                glass.setName("kexue-reader");
            }
        } catch (IllegalAccessError e) {
            // JavaFX on the module path without the export (pom.xml gives it to javafx:run): the default name
        }
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start: toolkit up");
        ReaderLauncher.Launch launch = ReaderLauncher.current();
        FirstFrame.Content content;
        if (launch.snapshot() != null) {
            // the library opens once the frame drawn from the snapshot is out; the window waits for it
            settings = launch.snapshot().settings();
            content = launch.snapshot().content();
        } else {
            if (!joinLibrary(launch)) {
                return;
            }
            content = FirstFrame.Content.of(start);
        }
        saver = new SettingsSaver(settings, problem -> {
            System.err.println("warning: " + problem);
            if (window != null) {
                window.showBanner(problem);
            }
        });
        StartupTrace.mark("start: settings read");
        fitToScreens();
        StartupTrace.mark("start: fitted to screens");
        // the first frame is the picture the last window left of it (PictureFrame), else the list drawn with
        // labels, styled by a small stylesheet of its own (FirstFrame); the window, which costs several times as
        // much to create and style, replaces it once that frame is out, with the theme (ThemeStyles.applyFirstFrame)
        ThemeStyles.applyFirstFrame(settings.themeProperty().get(), null);
        StartupTrace.mark("start: first frame's styles set");
        double frameHeight = firstFrameHeight();
        StartFrame[] frame = {null};
        StartPicture picture = launch.picture().join().orElse(null);
        launch.picture().obtrudeValue(java.util.Optional.empty()); // its pixels are the image's now: not kept twice
        if (picture != null) {
            frame[0] = new PictureFrame(picture, !content.rows().isEmpty());
            StartupTrace.mark("start: first frame's picture made");
        } else {
            frame[0] = new FirstFrame(content, settings, frameHeight);
            StartupTrace.mark("start: first frame built");
        }
        Scene scene = new Scene(frame[0].root(), settings.windowWidthProperty().get(),
                settings.windowHeightProperty().get());
        ThemeStyles.applyFirstFrame(settings.themeProperty().get(), scene);
        // the frame's own background, should the window system show the scene before its root is drawn
        scene.setFill(ThemeStyles.background(settings.themeProperty().get()));
        settings.themeProperty().addListener((obs, was, now) -> {
            ThemeStyles.apply(now, scene);
            scene.setFill(ThemeStyles.background(now));
        });
        StartupTrace.mark("start: scene made");
        this.stage = stage;
        stage.setTitle("kexue-reader · 科学空间");
        stage.setScene(scene);
        WindowSize.restore(stage, settings.windowWidthProperty().get(), settings.windowHeightProperty().get(),
                720, 480);
        placeOnScreen(stage);
        watchWindow(stage);
        saveOnChange();

        StartupTrace.mark("start: stage set");
        StartupClock clock = new StartupClock(launch.measure());
        // a picture drawn for another size or scale than the scene got is not shown: the texts are drawn instead
        java.util.function.BooleanSupplier settled = () -> {
            if (frame[0] instanceof PictureFrame p
                    && !p.fits(scene.getWidth(), scene.getHeight(), stage.getOutputScaleX())) {
                StartupTrace.mark("first frame: the picture does not fit " + scene.getWidth() + "x"
                        + scene.getHeight() + " at " + stage.getOutputScaleX());
                frame[0] = new FirstFrame(content, settings, frameHeight);
                scene.setRoot(frame[0].root());
                ThemeStyles.markRoot(settings.themeProperty().get(), scene);
                return false;
            }
            return true;
        };
        clock.watchFirstFrame(scene, settled, () -> frame[0].hasRows(), () -> StartupClock.whenOnScreen(scene, () -> {
            StartFrame onScreen = frame[0];
            setIcons(stage);
            // the first article's page, built meanwhile on a thread of its own (FirstArticle), is shown in the
            // frame's reading pane before the window, which costs several times as much, is built and takes the
            // pane over; the window waits for that page a little at most
            ReadingView reading = new ReadingView();
            reading.setZoom(settings.zoomProperty().get());
            reading.setPageText(settings.pageFontSizeProperty().get(), settings.pageLineHeightProperty().get(),
                    settings.pageMeasureProperty().get());
            reading.setDark(settings.themeProperty().get() == Settings.Theme.DARK);
            onScreen.showReading(reading.node());
            reading.initialise(false); // no "choose an article" while the first one is on its way
            StartupTrace.mark("first frame: web view made");
            clock.watchArticle(scene, reading);
            Runnable build = () -> buildWindow(stage, scene, reading, clock);
            earlyPage = launch.page().join().orElse(null);
            launch.page().obtrudeValue(java.util.Optional.empty()); // kept here until the window's own page comes
            if (earlyPage != null) {
                // the page the last window left: shown now; the library opens, and the window is built, once
                // it is drawn, so neither takes a core from the WebView meanwhile
                reading.show(earlyPage.articleId(), earlyPage.html(), earlyPage.position());
                StartupClock.afterLoaded(scene, reading, () -> {
                    launch.openLibrary();
                    launch.firstArticle().start();
                    launch.library().whenComplete((opened, failure) -> Platform.runLater(build));
                });
            } else {
                launch.openLibrary();
                launch.firstArticle().start();
            }
            PauseTransition patience = new PauseTransition(WINDOW_WAITS_AT_MOST);
            patience.setOnFinished(e -> build.run());
            patience.play();
            launch.firstArticle().page().thenAccept(shown -> Platform.runLater(() -> {
                firstArticle = shown.orElse(null);
                if (firstArticle == null) {
                    patience.stop();
                    if (window == null || window.nothingOpen()) {
                        reading.clear(); // the empty pane's words, until the window opens something
                    }
                    if (window == null) {
                        build.run();
                    } else {
                        window.openFirst();
                    }
                    return;
                }
                ReadingController.Page page = firstArticle.page();
                if ((window == null || window.nothingOpen())
                        && !shownEarly(firstArticle.opening().id(), page.built().html())) {
                    reading.show(firstArticle.opening().id(), page.built().html(), page.state().position());
                }
                earlyPage = null;
                if (window != null) {
                    window.adoptFirst(firstArticle);
                } else {
                    // the page is in the WebView: the window comes once it is drawn (or loading takes too long)
                    patience.stop();
                    patience.setDuration(WINDOW_WAITS_AT_MOST);
                    patience.playFromStart();
                    StartupClock.afterLoaded(scene, reading, () -> {
                        patience.stop();
                        // WebKit paints the loaded page over the next pulses: the window, which holds the FX
                        // thread for a while, is built once it has
                        PauseTransition painting = new PauseTransition(PAINTING);
                        painting.setOnFinished(e -> build.run());
                        painting.play();
                    });
                }
            }));
        }));
        stage.show();
        StartupTrace.mark("start: shown");
    }

    /**
     * How long the window waits for the first article's page to come, then to be drawn, before it is built all
     * the same: a page whose formulas are slow must not keep the list from taking input for long. In
     * milliseconds, {@code -Dkexuereader.startup.articleWait} (a test makes the order certain with it).
     */
    private static final javafx.util.Duration WINDOW_WAITS_AT_MOST = javafx.util.Duration.millis(
            Long.getLong("kexuereader.startup.articleWait", 1000));

    /** How long WebKit is given to paint a loaded page before the window is built. */
    private static final javafx.util.Duration PAINTING = javafx.util.Duration.millis(100);

    /** The first article's page as the last window left it, shown before the library was open; or null. */
    private StartPage earlyPage;

    /** Whether the reading pane shows this page already, as the last window left it. */
    private boolean shownEarly(String id, String html) {
        return earlyPage != null && earlyPage.articleId().equals(id) && earlyPage.samePage(html);
    }

    /** The first article's page as the start-up showed it, or null (none yet, or none to show). */
    private FirstArticle.Shown firstArticle;

    /** Builds the window around the reading pane the start-up made, once, and puts it in place of the frame. */
    private void buildWindow(Stage stage, Scene scene, ReadingView reading, StartupClock clock) {
        if (window != null || (library == null && !joinLibrary(launch()))) {
            return;
        }
        launch().firstArticle().start(); // begun already, unless the early page never loaded
        // the theme before the window's first control, which would otherwise load JavaFX's Modena
        ThemeStyles.apply(settings.themeProperty().get(), null);
        StartupTrace.mark("window: theme set");
        window = new MainWindow(library, settings, new MainWindow.Services() {
            @Override
            public void showDocument(String url) {
                getHostServices().showDocument(url);
            }

            @Override
            public Window owner() {
                return stage;
            }
        }, start, reading);
        StartupTrace.mark("window: built");
        if (firstArticle != null) {
            window.adoptFirst(firstArticle);
        } else if (!launch().firstArticle().page().isDone()) {
            window.expectFirst(); // it comes: adoptFirst, or openFirst when there is none
        }
        scene.setRoot(window.root());
        ThemeStyles.apply(settings.themeProperty().get(), scene);
        StartupTrace.mark("window: in the scene");
        // the slow parts (fonts, the sample) start once the window's first frame is out
        clock.watch(scene, window, window::afterFirstFrame);
    }

    /**
     * Waits for the library the launcher is opening and takes it, what the window shows first, and its settings
     * (unless they came from the snapshot); when it cannot be opened, says why and exits.
     *
     * @return whether it is open
     */
    private boolean joinLibrary(ReaderLauncher.Launch launch) {
        launch.openLibrary(); // begun already, unless the first frame never came
        try {
            ReaderLauncher.Opened opened = launch.library().join();
            StartupTrace.mark("start: library joined");
            library = opened.library();
            start = opened.start();
            settings = opened.settings();
            return true;
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof LibraryException ? cause.getMessage()
                    : Messages.format("open.failed", cause);
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
            alert.setTitle("kexue-reader");
            alert.setHeaderText(Messages.get("open.failed.header"));
            alert.getDialogPane().setStyle(CjkFont.style());
            if (!launch.measureStartup()) {
                alert.showAndWait();
            } else {
                System.err.println("error: " + message);
            }
            ReaderLauncher.exitCode(1);
            Platform.exit();
            return false;
        }
    }

    private static ReaderLauncher.Launch launch() {
        return ReaderLauncher.current();
    }

    /**
     * The title bar's and the task list's icon (src/dist/icon), given once the first frame is out: decoding
     * four PNGs and handing them to the window system cost ~50-70 ms of CPU before it; the window manager
     * shows the icon as soon as the window has it.
     */
    static void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    ReaderApp.class.getResource("icon-" + size + ".png").toExternalForm()));
        }
    }

    /** The saved size and place, fitted to the screens of today (and saved back so). */
    private void fitToScreens() {
        WindowBounds b = WindowBounds.fit(settings.windowXProperty().get(), settings.windowYProperty().get(),
                settings.windowWidthProperty().get(), settings.windowHeightProperty().get(),
                screensPrimaryFirst(), 720, 480);
        settings.windowXProperty().set(b.x());
        settings.windowYProperty().set(b.y());
        settings.windowWidthProperty().set(b.width());
        settings.windowHeightProperty().set(b.height());
    }

    private static java.util.List<javafx.geometry.Rectangle2D> screensPrimaryFirst() {
        java.util.List<javafx.geometry.Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(javafx.stage.Screen.getPrimary().getVisualBounds());
        for (javafx.stage.Screen s : javafx.stage.Screen.getScreens()) {
            if (!s.equals(javafx.stage.Screen.getPrimary())) {
                screens.add(s.getVisualBounds());
            }
        }
        return screens;
    }

    private void placeOnScreen(Stage stage) {
        double x = settings.windowXProperty().get();
        double y = settings.windowYProperty().get();
        if (!Double.isNaN(x) && !Double.isNaN(y) && !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100)
                .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.maximizedProperty().get());
    }

    private void watchWindow(Stage stage) {
        stage.xProperty().addListener((obs, was, now) -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                settings.windowXProperty().set(now.doubleValue());
            }
        });
        stage.yProperty().addListener((obs, was, now) -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                settings.windowYProperty().set(now.doubleValue());
            }
        });
        stage.widthProperty().addListener((obs, was, now) -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                settings.windowWidthProperty().set(now.doubleValue());
            }
        });
        stage.heightProperty().addListener((obs, was, now) -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                settings.windowHeightProperty().set(now.doubleValue());
            }
        });
        stage.maximizedProperty().addListener((obs, was, now) -> settings.maximizedProperty().set(now));
    }

    /** Saves the settings half a second after the last change, so dragging a divider writes once. */
    private void saveOnChange() {
        saveLater.setOnFinished(e -> {
            if (!stopped) {
                saver.save();
            }
        });
        for (var o : settings.observables()) {
            o.addListener(x -> {
                if (!stopped) {
                    saveLater.playFromStart();
                }
            });
        }
    }

    /** The save half a second after the last change; none once the window has stopped (it saves last). */
    private final PauseTransition saveLater = new PauseTransition(javafx.util.Duration.millis(500));
    private boolean stopped;

    @Override
    public void stop() {
        if (saver != null) {
            saver.save();
        }
        if (window != null) {
            window.shutdown();
        }
        // the last save: what the window's shutdown changed, and no later one over it (the start snapshot is
        // stamped with the settings file as it stays)
        stopped = true;
        saveLater.stop();
        if (saver != null) {
            saver.save();
        }
        ReaderLauncher.Launch launch = launch();
        if (library == null && launch != null) { // opened after a snapshot's frame, but no window was made
            ReaderLauncher.Opened opened = launch.library().isDone() && !launch.library().isCompletedExceptionally()
                    ? launch.library().join() : null;
            library = opened == null ? null : opened.library();
        }
        if (library != null) {
            StartupTrace.mark("stop: writing the start snapshot");
            StartView view = startViewNow();
            FirstFrame.Content content = view == null ? null : FirstFrame.Content.of(view);
            if (content != null && window != null) { // the next frame's columns where this table had them
                content = window.listColumns().map(content::withColumns).orElse(content);
            }
            ReadingController.Page page = view == null ? null : openingPage(view);
            library.close();
            // what the next start draws first, once the library's files are as they stay
            if (content != null && launch != null) {
                Path path = launch.libraryPath();
                long key = StartSnapshot.write(path, settings, content);
                writePicture(path, content, key);
                if (page != null && key >= 0) {
                    new StartPage(key, view.opening().id(), page.state().position(), page.built().html())
                            .write(path);
                } else {
                    StartPage.remove(path);
                }
                StartupTrace.mark("stop: start snapshot written");
            } else if (launch != null) {
                StartSnapshot.remove(launch.libraryPath());
                StartPicture.remove(launch.libraryPath());
                StartPage.remove(launch.libraryPath());
            }
        }
    }

    /** The height the first frame lays its rows and entries out for: the window's, or the screen's when maximized. */
    private double firstFrameHeight() {
        return settings.maximizedProperty().get()
                ? javafx.stage.Screen.getPrimary().getVisualBounds().getHeight()
                : settings.windowHeightProperty().get();
    }

    /**
     * Draws the next start's first frame, as the texts of {@code content} give it, at the size and scale of this
     * window's scene (which the next start gives it again from the settings), and writes it beside the library.
     */
    private void writePicture(Path libraryPath, FirstFrame.Content content, long key) {
        Scene scene = stage == null ? null : stage.getScene();
        if (scene == null || key < 0 || !(scene.getWidth() > 0) || !(scene.getHeight() > 0)) {
            StartPicture.remove(libraryPath);
            return;
        }
        try {
            StartPicture.draw(new FirstFrame(content, settings, firstFrameHeight()), settings.themeProperty().get(),
                    scene.getWidth(), scene.getHeight(), stage.getOutputScaleX(), key).write(libraryPath);
        } catch (RuntimeException e) {
            StartPicture.remove(libraryPath); // the next start draws its frame from the texts
        }
    }

    /** What the next window shows first, as the library stands now; null when it cannot be read. */
    private StartView startViewNow() {
        try {
            return StartView.read(library, settings.lastArticleProperty().get());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The page the next window opens on, as it would build it now; null when there is none or it fails. */
    private ReadingController.Page openingPage(StartView view) {
        if (view.opening() == null) {
            return null;
        }
        try {
            return ReadingController.Page.read(library, new ReaderPages(library, kexuereader.math.MathEngine.shared()),
                    view.opening().id(), java.util.List.of()).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Milliseconds from the process's start to now. On Linux it is read from /proc (the start in clock ticks
     * since boot against the time since boot), to within a tick: {@code ProcessHandle}'s start instant adds the
     * boot time, which Linux gives to the whole second only, so its figures were off by a constant of up to a
     * second (about 600 ms on the benchmark machine), the same for every process since that boot.
     */
    static long sinceJvmStart() {
        long precise = sinceStartFromProc();
        if (precise >= 0) {
            return precise;
        }
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis();
    }

    /** Since the process started, from /proc/self/stat and /proc/uptime; -1 where they are not to be had. */
    private static long sinceStartFromProc() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
            // fields after the command name (in parentheses, which may hold spaces): state is field 3
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            long startTicks = Long.parseLong(f[22 - 3]);
            double upSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
            long ticksPerSecond = 100; // USER_HZ: 100 on every Linux that exposes it to user space
            return Math.round(upSeconds * 1000) - startTicks * 1000 / ticksPerSecond;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
