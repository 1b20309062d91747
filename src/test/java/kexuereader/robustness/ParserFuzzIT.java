package kexuereader.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kexuereader.ingest.DumpParser;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;
import kexuereader.model.Entry;
import kexuereader.model.PublishDate;
import kexuereader.testing.Mutations;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated dumps through the parser alone: nothing escapes as an exception, every file is either
 * rejected with a reason or yields well-formed entries, the same bytes parse the same way twice, and no input
 * takes long. Replay a failure with {@code mvn test -Dtest=ParserFuzzIT -Dfuzz.seed=S -Dfuzz.only=N}.
 */
class ParserFuzzIT {

    static final long DEFAULT_SEED = 20250321L;
    static final int INPUTS = Integer.getInteger("fuzz.parser.inputs", 4000);

    /** Generous: the largest mutant (10 MB) parses in about a second; a quadratic pass would take minutes. */
    static final Duration PER_INPUT = Duration.ofSeconds(20);

    @Test
    void mutatedDumpsAreAcceptedOrRejectedNeverThrown() {
        Mutations mutations = Mutations.ofSeeds(Mutations.seedFromProperty(DEFAULT_SEED));
        long only = Long.getLong("fuzz.only", -1L);
        long from = only >= 0 ? only : 0;
        long to = only >= 0 ? only + 1 : INPUTS;
        int accepted = 0;
        int rejected = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        long t0 = System.nanoTime();
        List<String> failures = new ArrayList<>();
        for (long n = from; n < to; n++) {
            Mutations.Mutant m = mutations.mutant(n);
            Dump d;
            try {
                d = parse(m);
                check(m, d);
                if (n % 10 == 0) {
                    assertEquals(d, parse(m), () -> "the same bytes must parse the same way: " + m);
                }
            } catch (AssertionError e) {
                // keep going: one run shows every kind of failure, each with its replay options
                failures.add(e.getMessage());
                continue;
            }
            if (d.rejected()) {
                rejected++;
                reasons.merge(d.rejection().replaceAll("[0-9][0-9,]*", "N").replaceAll("'[^']*'", "'…'"), 1, Integer::sum);
            } else {
                accepted++;
            }
        }
        System.out.printf("[robustness] parser fuzz: seed %d, %d inputs (%d accepted, %d rejected, %d failed) in %.1f s%n",
                mutations.seed(), to - from, accepted, rejected, failures.size(), (System.nanoTime() - t0) / 1e9);
        reasons.forEach((r, c) -> System.out.println("[robustness]   rejected " + c + "× " + r));
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + (to - from) + " inputs failed:\n" + String.join("\n",
                    failures.subList(0, Math.min(30, failures.size()))));
        }
        if (only < 0) {
            assertTrue(accepted > INPUTS / 4 && rejected > 10,
                    "the mutations should exercise both outcomes: " + accepted + " accepted, " + rejected + " rejected");
        }
    }

    private static Dump parse(Mutations.Mutant m) {
        try {
            return assertTimeoutPreemptively(PER_INPUT, () -> DumpParser.parse(m.fileName(), m.bytes()),
                    () -> "parsing took longer than " + PER_INPUT + ": " + m);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            e.printStackTrace();
            return fail("the parser threw " + e + " on " + m, e);
        }
    }

    /** What any parse must satisfy, whatever the input. */
    static void check(Mutations.Mutant m, Dump d) {
        String where = m.toString();
        assertNotNull(d, where);
        assertEquals(m.fileName(), d.fileName(), where);
        assertEquals(DumpParser.sha256(m.bytes()), d.sha256(), where);
        for (Diagnostic x : d.diagnostics()) {
            assertNotNull(x.severity(), where);
            assertTrue(x.line() >= 0, () -> "negative line in " + x + ": " + where);
            assertFalse(x.message() == null || x.message().isBlank(), () -> "a diagnostic without a message: " + where);
        }
        if (d.rejected()) {
            assertTrue(d.entries().isEmpty(), () -> "a rejected dump holds no entries: " + where);
            assertFalse(d.rejection().isBlank(), () -> "a rejection says why: " + where);
            return;
        }
        assertNotNull(d.format(), where);
        assertFalse(d.entries().isEmpty(), () -> "an accepted dump has at least one entry: " + where);
        for (Entry e : d.entries()) {
            PublishDate date = e.date();
            assertTrue(PublishDate.isValid(date.year(), date.month(), date.day()),
                    () -> "entry with an invalid date " + date + ": " + where);
            assertTrue(e.readers() == null || e.readers() >= 0, () -> "negative readers: " + where);
            assertTrue(e.line() >= 1, () -> "entry without a line number: " + where);
            assertTrue(e.title() == null || !e.title().isBlank(), () -> "a blank title: " + where);
            assertTrue(e.title() != null || !e.paragraphs().isEmpty(), () -> "an entry with neither title nor text: "
                    + where);
            for (String p : e.paragraphs()) {
                assertFalse(p.isBlank(), () -> "a blank paragraph: " + where);
            }
        }
    }
}
