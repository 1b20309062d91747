package kexuereader.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words, from the bundle {@code kexuereader.ui.messages}: English ({@code messages.properties}) and
 * 简体中文 ({@code messages_zh_CN.properties}), read as UTF-8. The language is chosen once, before the window is
 * built ({@link #use}); what is already shown keeps its words until the window is built again.
 */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "kexuereader.ui.messages";
    /** The two languages the window speaks. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    // the system's language until the settings say otherwise
    private static volatile Locale locale = forSetting("");
    private static volatile ResourceBundle bundle = load(locale);

    private Messages() {
    }

    /** The text of {@code key} in the current language. */
    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key} in language {@code l}, whichever is spoken now. */
    public static String get(Locale l, String key) {
        try {
            return load(Messages.forLocale(l)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static Locale forLocale(Locale l) {
        return "zh".equals(l.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The pattern of {@code key} with its arguments, by {@link MessageFormat} (so {@code ''} is one quote). */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** Speaks {@code l} from now on: Chinese for any Chinese locale, English otherwise. */
    public static void use(Locale l) {
        Locale chosen = forLocale(l);
        locale = chosen;
        bundle = load(chosen);
    }

    /** The language spoken now. */
    public static Locale locale() {
        return locale;
    }

    /**
     * The language of a setting: {@code zh} or {@code en}, or empty for the system's (Chinese when the system
     * locale is Chinese, English otherwise).
     */
    public static Locale forSetting(String setting) {
        String s = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("zh")) {
            return CHINESE;
        }
        if (s.startsWith("en")) {
            return ENGLISH;
        }
        return systemIsChinese() ? CHINESE : ENGLISH;
    }

    /**
     * Whether the system speaks Chinese: the property {@code kexuereader.language} when set (the tests set
     * {@code en}), else the JVM's locale, else the POSIX variables. The JVM falls back to English when the C
     * library lacks the locale ({@code LANG=zh_CN.UTF-8} on a system without it generated), so the variables
     * are read too, in POSIX's order.
     */
    static boolean systemIsChinese() {
        String forced = System.getProperty("kexuereader.language");
        if (forced != null && !forced.isBlank()) {
            return forced.strip().toLowerCase(Locale.ROOT).startsWith("zh");
        }
        if ("zh".equals(Locale.getDefault().getLanguage())) {
            return true;
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = System.getenv(name);
            if (v != null && !v.isEmpty()) {
                return v.startsWith("zh");
            }
        }
        return false;
    }

    private static ResourceBundle load(Locale l) {
        // no fallback to the JVM's default locale: English is the base bundle itself
        return ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
