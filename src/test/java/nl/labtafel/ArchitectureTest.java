package nl.labtafel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of style.md: model is plain Java; services (io, export, cluster, cli, room) never reach the UI. */
@AnalyzeClasses(packages = "nl.labtafel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("nl.labtafel.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "nl.labtafel.ui..", "nl.labtafel.io..",
                    "nl.labtafel.export..", "nl.labtafel.cluster..", "nl.labtafel.cli..", "com.fasterxml..",
                    "org.apache.poi..");

    @ArchTest
    static final ArchRule servicesDoNotUseTheUi = noClasses()
            .that().resideInAnyPackage("nl.labtafel.io..", "nl.labtafel.export..", "nl.labtafel.cluster..",
                    "nl.labtafel.cli..", "nl.labtafel.room..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "nl.labtafel.ui..",
                    "org.controlsfx..", "atlantafx..");
}
