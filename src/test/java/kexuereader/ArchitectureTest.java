package kexuereader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, enforced: dependencies point one way, packages form no cycle, only ui
 * touches JavaFX, only library touches SQL, only cli prints. No rule may pass by matching nothing (a renamed
 * package would): ArchUnit fails a rule whose classes are empty.
 */
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
                .layer("merge").definedBy("kexuereader.merge..")
                .layer("ingest").definedBy("kexuereader.ingest..")
                .layer("model").definedBy("kexuereader.model..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("reading").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("math").mayOnlyBeAccessedByLayers("reading", "ui", "cli", "app")
                .whereLayer("library").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("merge").mayOnlyBeAccessedByLayers("library")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("merge", "library", "ui", "cli", "app")
                .whereLayer("model").mayOnlyBeAccessedByLayers("ingest", "merge", "library", "math", "reading", "ui",
                        "cli", "app")
                .check(classes);
    }

    @Test
    void theFormulaPipelinePointsOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("tools").definedBy("kexuereader.math.tools..")
                .layer("engine").definedBy("kexuereader.math")
                .layer("rewrite").definedBy("kexuereader.math.rewrite..")
                .layer("macro").definedBy("kexuereader.math.macro..")
                .layer("svg").definedBy("kexuereader.math.svg..")
                .layer("tex").definedBy("kexuereader.math.tex..")
                .whereLayer("tools").mayNotBeAccessedByAnyLayer()
                .whereLayer("engine").mayOnlyBeAccessedByLayers("tools")
                .whereLayer("rewrite").mayOnlyBeAccessedByLayers("engine")
                .whereLayer("macro").mayOnlyBeAccessedByLayers("engine")
                .whereLayer("svg").mayOnlyBeAccessedByLayers("engine")
                .whereLayer("tex").mayOnlyBeAccessedByLayers("engine", "rewrite", "macro")
                .check(classes);
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("kexuereader.ui..", "kexuereader.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theModelImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("kexuereader.model..")
                .should().dependOnClassesThat().resideInAnyPackage("kexuereader.ingest..", "kexuereader.library..",
                        "kexuereader.math..", "kexuereader.reading..", "kexuereader.ui..", "kexuereader.cli..",
                        "kexuereader.bench..", "kexuereader.app..", "kexuereader.merge..")
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("kexuereader.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theMergeNeedsNoStorage() {
        noClasses().that().resideInAPackage("kexuereader.merge..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "kexuereader.library..")
                .check(classes);
    }

    @Test
    void onlyTheLibraryTouchesSql() {
        noClasses().that().resideOutsideOfPackage("kexuereader.library..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyTheCommandsPrint() {
        // the window's measuring hooks print what the benchmarks read (--measure-startup), and its start-up trace
        // (-Dkexuereader.startup.trace) to stderr; the portable jar's natives warn before any command runs
        noClasses().that().resideOutsideOfPackage("kexuereader.cli..")
                .and().haveNameNotMatching(
                        "kexuereader\\.(ui\\.(StartupClock|StartupTrace|ReaderApp)|app\\.PortableNatives)(\\$.*)?")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }
}
