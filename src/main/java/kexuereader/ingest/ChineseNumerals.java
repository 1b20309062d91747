package kexuereader.ingest;

import java.util.OptionalInt;

/**
 * Reads the numbers series titles use: Arabic digits or Chinese numerals such as 二十三, 九十九, 一百零五, 两.
 */
public final class ChineseNumerals {

    /** Characters that may make up a Chinese numeral, for patterns. */
    public static final String CHARS = "零〇一二两三四五六七八九十百千";

    private ChineseNumerals() {
    }

    /** The value of {@code text}, or empty when it is not a well-formed numeral below 10,000. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() <= 4 ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
        }
        int total = 0;
        int digit = -1;          // pending digit, -1 when none
        int lastUnit = 10_000;   // units must decrease: 三百十 is fine, 十百 is not
        boolean zeroSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digitOf(c);
            int unit = unitOf(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return OptionalInt.empty(); // two digits in a row: 二三
                }
                if (d == 0) {
                    zeroSeen = true;
                    continue;
                }
                digit = d;
            } else if (unit > 0) {
                if (unit >= lastUnit) {
                    return OptionalInt.empty();
                }
                // 十 alone means 一十 at the start (十二), but 零十 is not a numeral
                int factor = digit >= 0 ? digit : (total == 0 && !zeroSeen && unit == 10 ? 1 : -1);
                if (factor < 0) {
                    return OptionalInt.empty();
                }
                total += factor * unit;
                lastUnit = unit;
                digit = -1;
                zeroSeen = false;
            } else {
                return OptionalInt.empty();
            }
        }
        if (digit >= 0) {
            // 三百五 is colloquial for 350; 一百零五 is 105
            total += lastUnit > 10 && lastUnit < 10_000 && !zeroSeen ? digit * lastUnit / 10 : digit;
        }
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unitOf(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
