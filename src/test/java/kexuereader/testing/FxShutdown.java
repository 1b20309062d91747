package kexuereader.testing;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Window;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends the JavaFX toolkit when a test JVM's tests are done, as the reader's own last window does, before the JVM
 * exits. Left running, WebKit's threads and timers could still fire while the JVM shut down, and a test JVM
 * once aborted there after every test had passed (cf. JDK-8301712, a WebKit crash at exit on Linux).
 */
public final class FxShutdown implements LauncherSessionListener {

    private static final long WAIT_SECONDS = 30;

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        CountDownLatch hidden = new CountDownLatch(1);
        AtomicReference<Thread> fx = new AtomicReference<>();
        try {
            Platform.runLater(() -> {
                try {
                    fx.set(Thread.currentThread());
                    for (Window w : List.copyOf(Window.getWindows())) {
                        w.hide();
                    }
                } finally {
                    hidden.countDown();
                }
            });
        } catch (IllegalStateException notStarted) {
            return; // no test of this JVM started the toolkit
        }
        try {
            hidden.await(WAIT_SECONDS, TimeUnit.SECONDS);
            Platform.exit();
            if (fx.get() != null) {
                fx.get().join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
