package kexuereader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"一,1", "二,2", "两,2", "九,9", "十,10", "十一,11", "十九,19", "二十,20", "二十三,23", "二十九,29",
            "三十,30", "四十二,42", "九十,90", "九十九,99", "一百,100", "一百零五,105", "一百一十,110",
            "一百二十三,123", "三百五,350", "一千零五十,1050", "1,1", "17,17", "123,123"})
    void reads(String text, int value) {
        assertEquals(OptionalInt.of(value), ChineseNumerals.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "零", "S4", "二三", "十十", "百十", "上", "12345", "一a"})
    void refusesWhatIsNotANumeral(String text) {
        assertTrue(ChineseNumerals.parse(text).isEmpty(), text);
    }

    @Test
    void everyNumberUpTo99RoundTrips() {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        for (int n = 1; n <= 99; n++) {
            int tens = n / 10;
            int ones = n % 10;
            String text = (tens == 0 ? "" : (tens == 1 ? "" : digits[tens]) + "十") + digits[ones];
            assertEquals(OptionalInt.of(n), ChineseNumerals.parse(text), text);
        }
    }
}
