package com.eesystem.curator.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The packages helper ops owns stay plain Java: JDK and domain types only, no vague class names. */
class OpsPackagesArchitectureTest {

    static final String[] OPS_PACKAGES = {
        "com.eesystem.curator.domain.session..",
        "com.eesystem.curator.domain.cache..",
        "com.eesystem.curator.domain.generation..",
        "com.eesystem.curator.domain.batch..",
        "com.eesystem.curator.domain.agent..",
        "com.eesystem.curator.domain.embedding..",
        "com.eesystem.curator.domain.queue..",
        "com.eesystem.curator.domain.sync..",
        "com.eesystem.curator.domain.id.."
    };

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.eesystem.curator.domain");

    @Test
    void opsPackagesDependOnTheJdkAndTheDomainOnly() {
        classes()
                .that()
                .resideInAnyPackage(OPS_PACKAGES)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.eesystem.curator.domain..")
                .because("domain is pure Java (STYLE.md: domain depends on the JDK only)")
                .check(MAIN);
    }

    @Test
    void opsPackagesUseNoSqlNoDesktopAndNoReflectionHacks() {
        noClasses()
                .that()
                .resideInAnyPackage(OPS_PACKAGES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "java.awt..", "javax.swing..", "sun..", "java.lang.reflect..")
                .check(MAIN);
    }

    @Test
    void noVagueClassNames() {
        noClasses()
                .that()
                .resideInAnyPackage(OPS_PACKAGES)
                .should()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Impl")
                .check(MAIN);
    }
}
