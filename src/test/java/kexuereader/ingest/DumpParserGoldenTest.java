package kexuereader.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kexuereader.model.Dump;
import kexuereader.testing.DumpYaml;
import kexuereader.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed dump and every hand-written excerpt under {@code cases/} parses into exactly the entries and
 * diagnostics of its golden {@code .yaml} beside it.
 */
class DumpParserGoldenTest {

    static final Path CASES = Path.of("src/test/resources/kexuereader/ingest/cases");
    static final Path SEED_GOLDENS = Path.of("src/test/resources/kexuereader/ingest/seeds");

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedParsesIntoItsGoldenEntries(Path seed) {
        Dump dump = DumpParser.parse(seed);
        Golden.assertMatches(SEED_GOLDENS.resolve(seed.getFileName().toString().replace(".txt", ".yaml")),
                DumpYaml.render(dump));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseParsesIntoItsGoldenEntries(Path input) {
        Dump dump = DumpParser.parse(input);
        Golden.assertMatches(input.resolveSibling(input.getFileName().toString().replace(".txt", ".yaml")),
                DumpYaml.render(dump));
    }
}
