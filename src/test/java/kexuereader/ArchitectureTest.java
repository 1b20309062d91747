package kexuereader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced: dependencies point one way, and only ui touches JavaFX. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kexuereader");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("kexuereader.app..")
                .layer("ui").definedBy("kexuereader.ui..")
                .layer("cli").definedBy("kexuereader.cli..")
                .layer("reading").definedBy("kexuereader.reading..")
                .layer("math").definedBy("kexuereader.math..")
                .layer("library").definedBy("kexuereader.library..")
                .layer("ingest").definedBy("kexuereader.ingest..")
                .layer("model").definedBy("kexuereader.model..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("reading").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("math").mayOnlyBeAccessedByLayers("reading", "ui", "cli", "app")
                .whereLayer("library").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("library", "ui", "cli", "app")
                .whereLayer("model").mayOnlyBeAccessedByLayers("ingest", "library", "math", "reading", "ui", "cli",
                        "app")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("kexuereader.ui..", "kexuereader.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theModelImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("kexuereader.model..")
                .should().dependOnClassesThat().resideInAnyPackage("kexuereader.ingest..", "kexuereader.library..",
                        "kexuereader.math..", "kexuereader.reading..", "kexuereader.ui..", "kexuereader.cli..",
                        "kexuereader.bench..", "kexuereader.app..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
