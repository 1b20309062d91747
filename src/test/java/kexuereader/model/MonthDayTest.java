package kexuereader.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * MonthDay replaced the key {@code month * 100 + day} in the merge and the library: the blocks must come in the
 * same order, and "later in the year" must mean what it meant, or years of archive dumps come out otherwise.
 */
class MonthDayTest {

    @Test
    void ordersAsTheOldKeyDid() {
        List<MonthDay> all = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            for (int d = 1; d <= 31; d++) {
                all.add(new MonthDay(m, d));
            }
        }
        for (MonthDay a : all) {
            for (MonthDay b : all) {
                int key = Integer.compare(a.month() * 100 + a.day(), b.month() * 100 + b.day());
                assertEquals(Integer.signum(key), Integer.signum(a.compareTo(b)), () -> a + " vs " + b);
                assertEquals(key > 0, a.isAfter(b), () -> a + " after " + b);
            }
        }
        TreeSet<MonthDay> sorted = new TreeSet<>(List.of(new MonthDay(12, 1), new MonthDay(1, 31), new MonthDay(2, 1),
                new MonthDay(1, 2)));
        assertEquals("[01-02, 01-31, 02-01, 12-01]", sorted.toString());
    }

    @Test
    void isTheDayOfAPublishDate() {
        assertEquals(new MonthDay(2, 29), MonthDay.of(new PublishDate(null, 2, 29)));
        assertEquals(MonthDay.of(new PublishDate(2020, 3, 4)), MonthDay.of(new PublishDate(2024, 3, 4)));
    }
}
