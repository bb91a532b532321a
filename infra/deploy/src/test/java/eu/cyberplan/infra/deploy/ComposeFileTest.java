package eu.cyberplan.infra.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** infra/compose: the same node as infra/k8s, with the same images, ports and CYBERPLAN_* names. */
class ComposeFileTest {

    /** On the Compose network Kafka is PLAINTEXT; the protocol is still said explicitly. */
    private static final Set<String> KAFKA_SECURITY_ON_COMPOSE = Set.of("CYBERPLAN_KAFKA_SECURITY_PROTOCOL");

    private static final ComposeFile COMPOSE = StrictYaml.read(
            StrictYaml.documents(Repository.COMPOSE.resolve("compose.yaml")).get(0), ComposeFile.class);

    @Test
    void shouldRunEveryServiceFromItsImageWithExactlyTheSettingsItReads() {
        for (String name : Repository.SERVICES) {
            ServiceSettings settings = Repository.settings(name);
            ComposeFile.ComposeService service = COMPOSE.services().get(name);
            assertThat(service).as(name).isNotNull();
            assertThat(service.image()).isEqualTo("cyberplan/" + name + ":" + DeploymentChecks.IMAGE_VERSION);
            assertThat(service.build().args()).containsEntry("SERVICE", name);
            assertThat(Files.isRegularFile(Repository.COMPOSE.resolve(service.build().context())
                    .resolve(service.build().dockerfile()))).as(name + " Dockerfile").isTrue();
            assertThat(service.ports()).as(name).anyMatch(port -> port.endsWith(":" + settings.port()));
            assertThat(EnvironmentRules.check(settings, service.environment().keySet(), KAFKA_SECURITY_ON_COMPOSE))
                    .as(name).isEmpty();
        }
    }

    @Test
    void shouldCheckEveryServiceHealthOnItsPortAndStartItAfterItsStores() {
        for (String name : Repository.SERVICES) {
            ComposeFile.ComposeService service = COMPOSE.services().get(name);
            String port = String.valueOf(Repository.settings(name).port());
            assertThat(String.join(" ", service.healthcheck().test())).as(name)
                    .contains("/" + port + " ").contains("GET /health ");
            if (Repository.settings(name).reads("CYBERPLAN_JDBC_URL")) {
                assertThat(service.dependsOn()).as(name)
                        .containsEntry("postgres", new ComposeFile.Dependency("service_healthy"))
                        .containsEntry("kafka-topics", new ComposeFile.Dependency("service_completed_successfully"));
            }
        }
    }

    @Test
    void shouldCreateEveryTopicOfTheContractBeforeTheServicesStart() {
        String script = String.join(" ", COMPOSE.services().get("kafka-topics").command());
        for (String topic : eu.cyberplan.events.v1.Topics.allQualified("cyberplan")) {
            assertThat(script).contains("--topic " + topic + " --partitions 6 ");
        }
        assertThat(COMPOSE.services().get("kafka").image()).isEqualTo("apache/kafka:3.9.1");
    }

    @Test
    void shouldTakeSecretsFromTheEnvironmentOrFilesNeverFromTheFile() throws IOException {
        String text = Files.readString(Repository.COMPOSE.resolve("compose.yaml"));
        for (var service : COMPOSE.services().values()) {
            if (service.environment() == null) {
                continue;
            }
            service.environment().forEach((name, value) -> {
                if (name.endsWith("PASSWORD") || name.endsWith("SECRET")) {
                    assertThat(value).as(name).startsWith("${");
                }
            });
        }
        assertThat(text).doesNotContain("BEGIN PRIVATE KEY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            enviroment   | services: {console: {image: a, enviroment: {A: b}}}
            healtcheck   | services: {console: {image: a, healtcheck: {test: [CMD, x]}}}
            dependsOn    | services: {console: {image: a, dependsOn: {postgres: {condition: service_healthy}}}}
            retries      | services: {console: {image: a, healthcheck: {test: [CMD, x], retries: many}}}
            """)
    void shouldRefuseAComposeFileWithAMisspeltKey(String field, String yaml) {
        assertThatThrownBy(() -> StrictYaml.read(StrictYaml.tree(yaml), ComposeFile.class))
                .hasMessageContaining(field);
    }
}
