package org.freqbias;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/DEVELOPING.md as rules on the compiled main classes: a pure-Java core, a
 * command line that uses the app only to render and export charts, and views nothing else knows.
 */
class LayeringTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.freqbias");
    }

    @Test
    void theCoreImportsNoJavaFx() {
        noClasses().that().resideInAPackage("org.freqbias.core..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(main);
    }

    @Test
    void withinTheCoreOnlyTheImageReaderTouchesAwtAndImageIo() {
        noClasses().that().resideInAPackage("org.freqbias.core..")
                .and().doNotHaveFullyQualifiedName("org.freqbias.core.target.ImageTarget")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
                .check(main);
    }

    @Test
    void theCommandLineUsesTheAppOnlyToRenderAndExportCharts() {
        noClasses().that().resideInAPackage("org.freqbias.cli..")
                .should().dependOnClassesThat(resideInAPackage("org.freqbias.app..")
                        .and(resideOutsideOfPackages("org.freqbias.app.chart..", "org.freqbias.app.export..")))
                .check(main);
    }

    @Test
    void nothingOutsideTheViewsImportsThem() {
        noClasses().that().resideOutsideOfPackage("org.freqbias.app.view..")
                .should().dependOnClassesThat().resideInAPackage("org.freqbias.app.view..")
                .check(main);
    }
}
