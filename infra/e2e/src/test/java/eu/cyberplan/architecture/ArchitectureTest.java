package eu.cyberplan.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
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

    /** By name and by package, so a new rule class is held to it without anyone listing it here. */
    @Test
    void shouldKeepDomainRulesPlainJava() {
        classes().that(areDomainRules())
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(FRAMEWORK)
                .check(classes);
    }

    @Test
    void shouldNeverInjectOneControllerIntoAnother() {
        classes().that().haveSimpleNameEndingWith("Controller").should(new ArchCondition<JavaClass>("depend on no other controller") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                controller.getDirectDependenciesFromSelf().stream()
                        .filter(d -> d.getTargetClass().getSimpleName().endsWith("Controller") && !d.getTargetClass().isAnnotation()
                                && !d.getTargetClass().equals(controller))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        }).check(classes);
    }

    @Test
    void shouldBuildServicesOnlyOnTheSharedLibraries() {
        for (String service : SERVICES) {
            classes().that().resideInAPackage("eu.cyberplan." + service + "..")
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage("eu.cyberplan..")
                            .or(resideInAnyPackage("eu.cyberplan." + service + "..", "eu.cyberplan.platform..", "eu.cyberplan.events..")))
                    .check(classes);
        }
    }

    private static final String[] FRAMEWORK = {"io.micronaut.http..", "io.micronaut.data..", "io.micronaut.context..",
            "io.micronaut.transaction..", "io.micronaut.scheduling..", "io.micronaut.configuration.kafka..", "jakarta.inject..",
            "org.apache.kafka.."};

    /**
     * The plain rule classes (STYLE.md): *Rules, *Ladder, *Policy, *Routing, *Assessment, and every class of the
     * packages deadline and significance but their controller; generated introspections aside.
     */
    private static DescribedPredicate<JavaClass> areDomainRules() {
        DescribedPredicate<JavaClass> byName = simpleNameEndingWith("Rules").or(simpleNameEndingWith("Ladder"))
                .or(simpleNameEndingWith("Policy")).or(simpleNameEndingWith("Routing"))
                .or(simpleNameEndingWith("Assessment")).or(simpleName("AcknowledgementSla")).or(simpleName("CaseCounts"))
                .or(simpleName("FilingAuthority")).or(simpleName("Totp")).or(simpleName("LoginThrottle"));
        DescribedPredicate<JavaClass> byPackage = resideInAnyPackage("..deadline..", "..significance..")
                .and(DescribedPredicate.not(simpleNameEndingWith("Controller")));
        return byName.or(byPackage).and(resideInAnyPackage("eu.cyberplan.."))
                .and(DescribedPredicate.not(nameMatching(".*\\$.*(Introspection|Definition).*")));
    }
}
