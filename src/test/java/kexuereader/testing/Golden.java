package kexuereader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: an expected output kept beside its input and compared in full. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change, then review the diff
 * before committing it.
 */
public final class Golden {

    private Golden() {
    }

    public static void assertMatches(Path expectedFile, String actual) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(expectedFile)) {
                throw new AssertionError("missing golden file " + expectedFile
                        + " (run with -Dgolden.update=true to create it, then review it)");
            }
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual,
                    "output differs from " + expectedFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
