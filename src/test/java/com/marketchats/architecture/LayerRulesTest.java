package com.marketchats.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layer rules of DESIGN.md §2, kept by the build rather than by comments. */
class LayerRulesTest {

    private static JavaClasses main;
    private static JavaClasses tests;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.marketchats");
        tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("com.marketchats");
    }

    @Test
    void apiUsesNeitherJavaFxNorHigherLayers() {
        check(noClasses().that().resideInAPackage("com.marketchats.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.marketchats.sandbox..",
                        "com.marketchats.store..", "com.marketchats.service..", "com.marketchats.viewmodel..",
                        "com.marketchats.view..", "com.marketchats.app..", "com.marketchats.i18n.."));
    }

    @Test
    void sandboxUsesOnlyTheApiContract() {
        check(noClasses().that().resideInAPackage("com.marketchats.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.marketchats.store..",
                        "com.marketchats.service..", "com.marketchats.viewmodel..", "com.marketchats.view..",
                        "com.marketchats.app.."));
    }

    @Test
    void servicesUseNeitherJavaFxNorHigherLayers() {
        check(noClasses().that().resideInAPackage("com.marketchats.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.marketchats.sandbox..",
                        "com.marketchats.viewmodel..", "com.marketchats.view..", "com.marketchats.app.."));
    }

    @Test
    void storeUsesOnlyTheApiDtosAndSqlite() {
        check(noClasses().that().resideInAPackage("com.marketchats.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.net.http..",
                        "com.marketchats.api", "com.marketchats.sandbox..", "com.marketchats.service..",
                        "com.marketchats.viewmodel..", "com.marketchats.view..", "com.marketchats.app..",
                        "com.marketchats.i18n.."));
    }

    /** Plain-text helpers that every layer shares (such as {@code VisibleText}) depend on none of them. */
    @Test
    void textHelpersUseNoLayer() {
        check(noClasses().that().resideInAPackage("com.marketchats.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.marketchats.api..",
                        "com.marketchats.sandbox..", "com.marketchats.store..", "com.marketchats.service..",
                        "com.marketchats.viewmodel..", "com.marketchats.view..", "com.marketchats.app..",
                        "com.marketchats.i18n.."));
    }

    @Test
    void viewModelsHoldNoNodes() {
        check(noClasses().that().resideInAPackage("com.marketchats.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "com.marketchats.sandbox..", "com.marketchats.view..", "com.marketchats.app.."));
    }

    /**
     * View-models read through the service layer ({@code ChatInbox}); the rows it hands them are the
     * store's value records, but the store itself (its connections, tables and queries) stays out of reach.
     */
    @Test
    void viewModelsSeeOnlyTheStoresValueRecords() {
        DescribedPredicate<JavaClass> storeMachinery = DescribedPredicate.describe(
                "store classes other than value records and enums",
                type -> type.getPackageName().startsWith("com.marketchats.store")
                        && !type.isRecord() && !type.isEnum());
        check(noClasses().that().resideInAPackage("com.marketchats.viewmodel..")
                .should().dependOnClassesThat(storeMachinery));
    }

    @Test
    void viewsTalkOnlyToViewModels() {
        check(noClasses().that().resideInAPackage("com.marketchats.view..")
                .should().dependOnClassesThat().resideInAnyPackage("com.marketchats.api..",
                        "com.marketchats.sandbox..", "com.marketchats.store..", "com.marketchats.service..",
                        "com.marketchats.app.."));
    }

    @Test
    void testsWaitWithAwaitilityNotSleep() {
        ArchRule rule = noClasses().should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .because("DESIGN.md §6: no Thread.sleep in tests; wait for a condition with Awaitility");
        rule.check(tests);
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }
}
