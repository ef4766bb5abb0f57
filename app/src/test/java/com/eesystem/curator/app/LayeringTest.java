package com.eesystem.curator.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module table of STYLE.md, checked on the compiled classes of every module on app's class path
 * (domain, storage, ui, app): a forbidden import fails the build here, naming the class and the line.
 */
@AnalyzeClasses(packages = "com.eesystem.curator", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String DOMAIN = "com.eesystem.curator.domain..";
    private static final String STORAGE = "com.eesystem.curator.storage..";
    private static final String UI = "com.eesystem.curator.ui..";
    private static final String APP = "com.eesystem.curator.app..";

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdk = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", DOMAIN)
            .because("the domain is plain Java: rules and ports must run and be tested without any framework");

    @ArchTest
    static final ArchRule uiNeverSeesStorage = noClasses()
            .that()
            .resideInAPackage(UI)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(STORAGE)
            .because("views reach data only through domain ports; app hands the storage adapters in");

    @ArchTest
    static final ArchRule storageNeverSeesUi = noClasses()
            .that()
            .resideInAPackage(STORAGE)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(UI)
            .because("adapters serve the domain's ports and must work without a window (CLI, sync, tests)");

    @ArchTest
    static final ArchRule nothingDependsOnApp = noClasses()
            .that()
            .resideOutsideOfPackage(APP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APP)
            .because("app is the composition root: it knows every module, and no module may know it");

    @ArchTest
    static final ArchRule uiUsesNoDatabaseDrivers = noClasses()
            .that()
            .resideInAPackage(UI)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "com.datastax..", "io.lettuce..")
            .because("the UI talks to ports; SQL, CQL and Redis belong to storage adapters");

    @ArchTest
    static final ArchRule storageAndDomainHaveNoJavaFx = noClasses()
            .that()
            .resideInAnyPackage(STORAGE, DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.sun.javafx..", "atlantafx..", "org.controlsfx..")
            .because("only ui draws; storage and domain also run headless in the CLI and on servers");

    @ArchTest
    static final ArchRule viewModelsBuildNoNodes = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx.scene..")
            .because("a view model holds state and commands and is tested without a stage (STYLE.md, MVVM)");
}
