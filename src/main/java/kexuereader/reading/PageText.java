package kexuereader.reading;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of an article page (notes, series navigation, tooltips) in the reader's language: the bundle
 * {@code kexuereader.reading.page}, English or 简体中文. The window passes its language; the CLI's exports are English.
 */
public final class PageText {

    private final Locale locale;
    private final ResourceBundle bundle;

    private PageText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("kexuereader.reading.page", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static final PageText ENGLISH = new PageText(Locale.ENGLISH);
    public static final PageText CHINESE = new PageText(Locale.SIMPLIFIED_CHINESE);

    /** Chinese for a Chinese locale, English otherwise. */
    public static PageText of(Locale l) {
        return "zh".equals(l.getLanguage()) ? CHINESE : ENGLISH;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
