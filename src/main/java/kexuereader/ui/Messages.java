package kexuereader.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The window's words, from the bundles {@code kexuereader.ui.messages} (English, 简体中文), UTF-8. */
public final class Messages {

    private static final String BUNDLE = "kexuereader.ui.messages";

    private Messages() {
    }

    /** The text of a key in the default locale's bundle; the key itself when it is missing. */
    public static String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of a key with its {0}, {1}… filled in, as {@link MessageFormat} does. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }
}
