package kexuereader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kexuereader.app.Main;
import org.junit.jupiter.api.Test;

/**
 * The product (src/main) carries no benchmark: the harness, the bare window, the memory probe, the formula timing
 * and the formula corpus live in src/bench, which only the tests and the bench jar see.
 */
class ProductContentsTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kexuereader");

    @Test
    void noBenchmarkClassIsPartOfTheProduct() {
        noClasses().should().resideInAPackage("kexuereader.bench..")
                .orShould().haveSimpleName("BareWindow").orShould().haveSimpleName("MemoryProbe")
                .orShould().haveSimpleName("MemoryRun").orShould().haveSimpleName("FormulaBench")
                .check(PRODUCT);
    }

    @Test
    void theFormulaCorpusIsNotInTheProduct() {
        // the product's classes come from one folder or jar; the corpus must not be beside them
        java.net.URL here = Main.class.getProtectionDomain().getCodeSource().getLocation();
        try (java.net.URLClassLoader product = new java.net.URLClassLoader(new java.net.URL[] {here}, null)) {
            assertNull(product.getResource("kexuereader/math/corpus/generated.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
