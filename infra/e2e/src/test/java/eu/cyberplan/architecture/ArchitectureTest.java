package eu.cyberplan.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering STYLE.md asks for, kept true by the build. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private static final List<String> SERVICES = List.of("contactpoints", "incidentreporting", "escalation", "exercises");

    private JavaClasses classes;

    @BeforeAll
    void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("eu.cyberplan");
    }

    @ParameterizedTest(name = "{0} depends on no other service")
    @ValueSource(strings = {"contactpoints", "incidentreporting", "escalation", "exercises"})
    void shouldKeepServicesApartTalkingOnlyThroughEvents(String service) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "eu.cyberplan." + s + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("eu.cyberplan." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .check(classes);
    }

    @Test
    void shouldKeepTheEventContractsFreeOfAnythingButSerdeAnnotations() {
        classes().that().resideInAPackage("eu.cyberplan.events..").and().haveNameNotMatching(".*\\$.*Introspection.*")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "eu.cyberplan.events..",
                        "io.micronaut.serde.annotation..", "io.micronaut.serde.config.naming..", "io.micronaut.core.annotation..")
                .check(classes);
    }

    @Test
    void shouldKeepTheSharedLibrariesFreeOfServiceLogic() {
        noClasses().that().resideInAnyPackage("eu.cyberplan.platform..", "eu.cyberplan.events..", "eu.cyberplan.testing..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream().map(s -> "eu.cyberplan." + s + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void shouldKeepDomainRulesPlainJava() {
        classes().that().haveSimpleNameEndingWith("Routing").or().haveSimpleName("AcknowledgementSla").or().haveSimpleName("ReadPolicy")
                .or().haveSimpleName("ReportingDeadlines").or().haveSimpleName("EarlyWarningRules").or().haveSimpleName("CaseCounts")
                .or().haveSimpleName("FilingAuthority").or().haveSimpleName("AccountRules").or().haveSimpleName("PasswordPolicy")
                .or().haveSimpleName("Totp").or().haveSimpleName("LoginThrottle")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("io.micronaut.http..", "io.micronaut.data..",
                        "io.micronaut.context..", "io.micronaut.transaction..", "jakarta.inject..", "org.apache.kafka..")
                .check(classes);
    }
}
