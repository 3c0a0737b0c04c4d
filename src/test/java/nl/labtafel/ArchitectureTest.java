package nl.labtafel;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The layers of {@code src/main/docs/architecture.md}, and the shape of the UI: {@code model} and {@code text}
 * are plain Java; services ({@code io}, {@code export}, {@code cluster}, {@code cli}, {@code room}) never reach
 * the UI; in the UI, the
 * feature packages (one per window or phase) meet only through the shared UI packages, and only the
 * composition root ({@code nl.labtafel.ui} itself) knows them all.
 */
@AnalyzeClasses(packages = "nl.labtafel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** UI packages every feature may use; they never use a feature package. */
    static final String[] SHARED_UI = {"nl.labtafel.ui.common..", "nl.labtafel.ui.capture..",
        "nl.labtafel.ui.edit..", "nl.labtafel.ui.look..", "nl.labtafel.ui.shortcuts..", "nl.labtafel.ui.undo.."};

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAnyPackage("nl.labtafel.model..",
            "nl.labtafel.text..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "nl.labtafel.ui..", "nl.labtafel.io..",
                    "nl.labtafel.export..", "nl.labtafel.cluster..", "nl.labtafel.cli..", "com.fasterxml..",
                    "org.apache.poi..");

    @ArchTest
    static final ArchRule servicesDoNotUseTheUi = noClasses()
            .that().resideInAnyPackage("nl.labtafel.io..", "nl.labtafel.export..", "nl.labtafel.cluster..",
                    "nl.labtafel.cli..", "nl.labtafel.importing..", "nl.labtafel.room..", "nl.labtafel.series..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "nl.labtafel.ui..",
                    "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule sharedUiKnowsNoFeature = noClasses().that().resideInAnyPackage(SHARED_UI)
            .should().dependOnClassesThat().resideOutsideOfPackages(concat(SHARED_UI, "java..", "javafx..",
                    "nl.labtafel.model..", "nl.labtafel.text..", "nl.labtafel.io..", "nl.labtafel.cluster..",
                    "nl.labtafel.export..", "nl.labtafel.room..", "nl.labtafel", "org.kordamp..", "atlantafx..",
                    "org.controlsfx.."))
            .because("shared UI pieces are used by every feature and must not lean on any one of them");

    @ArchTest
    static final ArchRule onlyTheRootKnowsTheRoot = noClasses().that().resideInAPackage("nl.labtafel.ui.*..")
            .should().dependOnClassesThat().resideInAPackage("nl.labtafel.ui")
            .because("nl.labtafel.ui is the composition root: it wires the features, they do not call it");

    @ArchTest
    static final ArchRule featuresMeetOnlyThroughSharedPackages = slices().matching("nl.labtafel.ui.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED_UI))
            .ignoreDependency(resideInAnyPackage(SHARED_UI), alwaysTrue());

    /**
     * {@code labtafel render} draws with the audience view, so it lives in {@code ui.audience} and the launcher hands
     * it to the command line (issue 12): the command line still knows no UI (rule above), and no other UI class
     * reaches into the command line.
     */
    @ArchTest
    static final ArchRule onlyRenderUsesTheCommandLine = noClasses().that().resideInAPackage("nl.labtafel.ui..")
            .and().doNotHaveFullyQualifiedName("nl.labtafel.ui.audience.RenderCommand")
            .should().dependOnClassesThat().resideInAPackage("nl.labtafel.cli..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("nl.labtafel.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInTheUi = slices().matching("nl.labtafel.ui.(*)..").should().beFreeOfCycles();

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
