package kexuereader.library;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the library lives: {@code --library FILE}, else {@code $KEXUE_READER_LIBRARY}, else
 * {@code $XDG_DATA_HOME/kexue-reader/library.db}, else {@code $HOME/.local/share/kexue-reader/library.db}.
 */
public final class LibraryLocation {

    public static final String ENV = "KEXUE_READER_LIBRARY";

    private LibraryLocation() {
    }

    /** The library file for this process. */
    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The home folder: {@code $HOME} when it is set (as every other program takes it: {@code HOME=/tmp/x kexue-reader}
     * must not read the real user's library), else the JVM's {@code user.home}, which comes from the password file.
     */
    static String home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? home : userHome;
    }

    static Path resolve(Path option, Map<String, String> env, String home) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(home(env, home), ".local", "share");
        return base.resolve("kexue-reader").resolve("library.db");
    }
}
