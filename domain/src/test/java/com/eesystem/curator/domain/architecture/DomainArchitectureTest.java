package com.eesystem.curator.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain module is plain Java: it depends on java.* and itself, nothing else. */
class DomainArchitectureTest {

    static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.eesystem.curator.domain");

    static final String[] CORE_PACKAGES = {
        "com.eesystem.curator.domain.content..",
        "com.eesystem.curator.domain.review..",
        "com.eesystem.curator.domain.schedule..",
        "com.eesystem.curator.domain.template..",
        "com.eesystem.curator.domain.brand..",
        "com.eesystem.curator.domain.platform..",
        "com.eesystem.curator.domain.user..",
        "com.eesystem.curator.domain.audit..",
        "com.eesystem.curator.domain.policy..",
        "com.eesystem.curator.domain.paging..",
        "com.eesystem.curator.domain.score..",
        "com.eesystem.curator.domain.invariant.."
    };

    @Test
    void domainClassesDependOnlyOnTheJdkAndTheDomain() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.eesystem.curator.domain..")
                .because("domain depends on the JDK only (STYLE.md, module table)")
                .check(DOMAIN);
    }

    @Test
    void domainUsesNoSqlDesktopOrReflection() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "java.awt..", "javax.swing..", "java.lang.reflect..")
                .because("storage and UI live in their own modules")
                .check(DOMAIN);
    }

    @Test
    void corePackagesUseNoVagueClassNames() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE_PACKAGES)
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
                .because("a noun is missing (STYLE.md, naming)")
                .check(DOMAIN);
    }
}
