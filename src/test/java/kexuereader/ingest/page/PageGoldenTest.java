package kexuereader.ingest.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kexuereader.ingest.DumpParser;
import kexuereader.testing.ArticleText;
import kexuereader.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every capture under {@code pages/} — the real samples of the blog's article pages and index, the plain-text
 * form of one, and hand-written variations — parses into exactly the article of its {@code .expected} file:
 * facts, blocks and diagnostics, site chrome absent. The expected files were written down by reading the
 * captures (see docs/architecture.md, formats C and D).
 */
class PageGoldenTest {

    static final Path PAGES = Path.of("src/test/resources/kexuereader/ingest/pages");

    static Stream<Path> captures() throws IOException {
        try (Stream<Path> s = Files.list(PAGES)) {
            return s.filter(p -> !p.toString().endsWith(".expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void captureParsesIntoItsExpectedArticle(Path capture) {
        String name = capture.getFileName().toString();
        Golden.assertMatches(capture.resolveSibling(name + ".expected"), ArticleText.render(DumpParser.parse(capture)));
    }
}
