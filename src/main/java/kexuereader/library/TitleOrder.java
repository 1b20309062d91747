package kexuereader.library;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import kexuereader.ingest.TextKeys;

/**
 * The order of titles as a person counts: numbers by value (Arabic digits, and Chinese numerals that count: a
 * run with 十, 百 or 千, or one after 第 or 之, or alone in brackets), so 二十二 before 二十八 before 二十九 and 6
 * before 17; the rest in pinyin order, by the NFKC form of the display title. The library stores each
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
            (a, b) -> COLLATOR.get().compare(countingForm(a), countingForm(b));

    /** Digits a number is padded to, so the collator's character order is the order of values. */
    private static final int WIDTH = 10;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[0-9]+|[" + kexuereader.ingest.ChineseNumerals.CHARS + "]+");

    private TitleOrder() {
    }

    /** The SQL function a schema step writes the stored keys with. */
    static final String SQL_FUNCTION = "kexue_title_key";

    /** Makes {@link #key} callable from SQL on this connection, as {@link #SQL_FUNCTION}(title). */
    static void register(java.sql.Connection c) throws java.sql.SQLException {
        org.sqlite.Function.create(c, SQL_FUNCTION, new org.sqlite.Function() {
            @Override
            protected void xFunc() throws java.sql.SQLException {
                String title = value_text(0);
                result(key(title == null ? "" : title));
            }
        });
    }

    /** The stored sort key of a display title. */
    static byte[] key(String displayTitle) {
        return COLLATOR.get().getCollationKey(countingForm(displayTitle)).toByteArray();
    }

    /** The NFKC title with each counting number written as zero-padded digits. */
    static String countingForm(String title) {
        String t = TextKeys.nfkc(title);
        java.util.regex.Matcher m = NUMBER.matcher(t);
        StringBuilder out = new StringBuilder(t.length() + 16);
        int last = 0;
        while (m.find()) {
            String run = m.group();
            String digits = null;
            if (run.charAt(0) <= '9') {
                digits = run.replaceFirst("^0+(?=.)", "");
            } else if (counts(t, m.start(), m.end(), run)) {
                java.util.OptionalInt value = kexuereader.ingest.ChineseNumerals.parse(run);
                digits = value.isPresent() ? Integer.toString(value.getAsInt()) : null;
            }
            out.append(t, last, m.start());
            if (digits != null && digits.length() <= WIDTH) {
                out.append("0".repeat(WIDTH - digits.length())).append(digits);
            } else {
                out.append(run);
            }
            last = m.end();
        }
        return out.append(t, last, t.length()).toString();
    }

    /** Whether a run of numeral characters counts something, rather than being a word (一种, 三角). */
    private static boolean counts(String t, int start, int end, String run) {
        if (run.chars().anyMatch(c -> c == '十' || c == '百' || c == '千')) {
            return true;
        }
        char before = start > 0 ? t.charAt(start - 1) : ' ';
        char after = end < t.length() ? t.charAt(end) : ' ';
        return before == '第' || before == '之' || (before == '(' && after == ')');
    }
}
