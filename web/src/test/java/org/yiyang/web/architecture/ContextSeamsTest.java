package org.yiyang.web.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The context seams of ARCHITECTURE.md, checked over the compiled classes of tenants, ejb and web: contexts talk
 * through each other's published faces ({@code application}) and events only, the model knows no infrastructure,
 * native SQL lives in {@code infrastructure}, and no two contexts depend on each other in a cycle.
 */
class ContextSeamsTest {

    /** The bounded contexts; {@code shared} and {@code tenancy} are the shared kernel. */
    static final String[] CONTEXTS = {"elders", "providers", "orders", "renovation", "visits", "coverage", "meals", "timebank"};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.yiyang");
    }

    @Test
    void noContextReachesIntoAnotherContextsModelOrInfrastructure() {
        for (String c : CONTEXTS) {
            noClasses().that().resideOutsideOfPackages("org.yiyang." + c + "..", "org.yiyang.web." + c + "..",
                            "org.yiyang.web.api." + c + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.yiyang." + c + ".domain..",
                            "org.yiyang." + c + ".infrastructure..")
                    .because("other contexts use only " + c + "'s published face (its application package) and events")
                    .check(classes);
        }
    }

    @Test
    void pagesAndResourcesUseNoInfrastructure() {
        noClasses().that().resideInAPackage("org.yiyang.web..")
                .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(CONTEXTS)
                        .map(c -> "org.yiyang." + c + ".infrastructure..").toArray(String[]::new))
                .because("pages and REST resources call the application services")
                .check(classes);
    }

    @Test
    void theModelKnowsNoInfrastructure() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .check(classes);
    }

    @Test
    void theSharedKernelKnowsNoContext() {
        noClasses().that().resideInAnyPackage("org.yiyang.shared..", "org.yiyang.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(CONTEXTS)
                        .map(c -> "org.yiyang." + c + "..").toArray(String[]::new))
                .because("a new context registers itself by CDI, it does not edit shared")
                .check(classes);
    }

    @Test
    void nativeSqlOnlyInInfrastructure() {
        noClasses().that().resideOutsideOfPackages("..infrastructure..", "org.yiyang.platform.health..")
                .should().callMethodWhere(target(name("createNativeQuery")))
                .orShould().callMethodWhere(target(owner(assignableTo(java.sql.Connection.class))))
                .orShould().callMethodWhere(target(owner(assignableTo(java.sql.Statement.class))))
                .orShould().callMethodWhere(target(owner(assignableTo(javax.sql.DataSource.class))))
                .because("native SQL is never tenant-filtered: it sits behind a store or repository in infrastructure "
                        + "(the health checks probe the database itself)")
                .check(classes);
    }

    @Test
    void contextsDependOnEachOtherWithoutCycles() {
        slices().matching("org.yiyang.(*)..").should().beFreeOfCycles().check(classes);
    }
}
