package kexuereader.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Back and forward as a browser has them, without a toolkit. */
class ReadingHistoryTest {

    @Test
    void backAndForwardWalkTheVisitsAndANewVisitDropsWhatWasAhead() {
        ReadingHistory h = new ReadingHistory();
        assertFalse(h.canBackProperty().get());
        h.visit("a");
        h.visit("b");
        h.visit("b"); // the same article again is no new step
        h.visit("c");
        assertEquals("b", h.back());
        assertEquals("a", h.back());
        assertNull(h.back());
        assertTrue(h.canForwardProperty().get());
        assertEquals("b", h.forward());
        h.visit("d");
        assertFalse(h.canForwardProperty().get(), "c was ahead and is dropped");
        assertEquals("b", h.back());
        h.renamed("a", "a2");
        assertEquals("a2", h.back());
    }
}
