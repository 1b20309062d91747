package kexuereader.library;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import kexuereader.ingest.TextKeys;

/**
 * The order of titles: Chinese in pinyin order, by the NFKC form of the display title. The library stores each
 * article's key for SQL to sort by; the window sorts search hits with the same comparison, so the two agree.
 */
public final class TitleOrder {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(Locale.CHINA);
        c.setStrength(Collator.SECONDARY);
        return c;
    });

    /** Display titles in the library's title order. */
    public static final Comparator<String> COMPARATOR =
            (a, b) -> COLLATOR.get().compare(TextKeys.nfkc(a), TextKeys.nfkc(b));

    private TitleOrder() {
    }

    /** The stored sort key of a display title. */
    static byte[] key(String displayTitle) {
        return COLLATOR.get().getCollationKey(TextKeys.nfkc(displayTitle)).toByteArray();
    }
}
