package kexuereader.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One sentence for a person, kept as a key of the bundle {@code kexuereader.model.notices} and its arguments, so
 * the window can say it in its own language while the command line and the stored notes keep the English.
 *
 * @param key  the pattern's key ({@link MessageFormat} syntax), or {@link #PLAIN} for text that has no key
 * @param args the pattern's arguments, already as text (numbers formatted by whoever made the notice)
 */
public record Notice(String key, List<String> args) {

    /** The key of a sentence given as text: its one argument is the whole sentence, in every language. */
    public static final String PLAIN = "plain";

    private static final String BUNDLE = "kexuereader.model.notices";

    public Notice {
        args = List.copyOf(args);
    }

    /** The sentence of {@code key} with these arguments, each kept as {@link String#valueOf} gives it. */
    public static Notice of(String key, Object... args) {
        List<String> list = new ArrayList<>(args.length);
        for (Object a : args) {
            list.add(String.valueOf(a));
        }
        return new Notice(key, list);
    }

    /** A sentence with no key: shown as it is in either language (a system's error message, an old stored note). */
    public static Notice plain(String text) {
        return new Notice(PLAIN, List.of(text));
    }

    /** The sentence in English, as the command line prints it and the library stores it. */
    public String english() {
        return text(Locale.ROOT);
    }

    /** The sentence in {@code locale}'s language where the bundle has it, else in English. */
    public String text(Locale locale) {
        if (PLAIN.equals(key)) {
            return args.isEmpty() ? "" : args.get(0);
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a key unknown to this version (a note stored by a newer one): its arguments are all there is
            return key + " " + String.join(", ", args);
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    @Override
    public String toString() {
        return english();
    }
}
