package eu.cyberplan.infra.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The rules for a service's Deployment, each broken once on the real contact-points manifest. */
class DeploymentChecksTest {

    private static final ServiceSettings CONTACT_POINTS = Repository.settings("contact-points");

    static Stream<Arguments> brokenDeployments() {
        return Stream.of(
                arguments("no readiness probe", edit(c -> c.remove("readinessProbe")), "no readiness probe"),
                arguments("no liveness probe", edit(c -> c.remove("livenessProbe")), "no liveness probe"),
                arguments("liveness elsewhere", edit(c -> ((ObjectNode) c.at("/livenessProbe/httpGet")).put("path", "/")),
                        "liveness probe on /, not /health"),
                arguments("probe on another port", edit(c -> ((ObjectNode) c.at("/readinessProbe/httpGet")).put("port", 9999)),
                        "readiness probe not on the service's port"),
                arguments("no memory limit", edit(c -> ((ObjectNode) c.at("/resources/limits")).remove("memory")),
                        "no memory limit"),
                arguments("no cpu request", edit(c -> ((ObjectNode) c.at("/resources/requests")).remove("cpu")),
                        "no cpu request"),
                arguments("request above limit", edit(c -> ((ObjectNode) c.at("/resources/requests")).put("memory", "1Gi")),
                        "memory request above its limit"),
                arguments("another image", edit(c -> c.put("image", "cyberplan/contact-points:latest")),
                        "image cyberplan/contact-points:latest"),
                arguments("another port", edit(c -> ((ObjectNode) c.at("/ports/0")).put("containerPort", 8080)),
                        "no port named http on 8081"),
                arguments("a name no service reads", edit(c -> env(c).addObject().put("name", "CYBERPLAN_JDBC_URLL").put("value", "x")),
                        "contact-points does not read CYBERPLAN_JDBC_URLL"),
                arguments("no database URL", edit(c -> removeEnv(c, "CYBERPLAN_JDBC_URL")),
                        "contact-points needs CYBERPLAN_JDBC_URL"),
                arguments("no refresh secret", edit(c -> removeEnv(c, "CYBERPLAN_REFRESH_SECRET")),
                        "contact-points needs CYBERPLAN_REFRESH_SECRET"),
                arguments("no Kafka password", edit(c -> removeEnv(c, "CYBERPLAN_KAFKA_SASL_PASSWORD")),
                        "contact-points needs CYBERPLAN_KAFKA_SASL_PASSWORD"),
                arguments("names hidden in envFrom", edit(c -> c.putArray("envFrom").addObject().putObject("configMapRef")
                        .put("name", "cyberplan-node")), "envFrom hides which names are set"));
    }

    @Test
    void shouldFindNothingWrongWithTheShippedDeployment() {
        assertThat(DeploymentChecks.check(StrictYaml.read(shipped(), Deployment.class), CONTACT_POINTS)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDeployments")
    void shouldNameWhatIsWrongWithABrokenDeployment(String broken, JsonNode deployment, String finding) {
        assertThat(DeploymentChecks.check(StrictYaml.read(deployment, Deployment.class), CONTACT_POINTS))
                .anySatisfy(line -> assertThat(line).contains(finding));
    }

    @Test
    void shouldNotAskANationalNodeForTheExercisesPasswordButAskTheExercisesService() {
        assertThat(EnvironmentRules.required(CONTACT_POINTS, DeploymentChecks.KAFKA_SECURITY_ON_KUBERNETES))
                .doesNotContain("CYBERPLAN_EXERCISES_SERVICE_PASSWORD")
                .contains("CYBERPLAN_NODE_ID", "CYBERPLAN_COUNTRIES", "CYBERPLAN_JWT_KEY_DIR", "CYBERPLAN_SMTP_FROM");
        assertThat(EnvironmentRules.required(Repository.settings("exercises"), DeploymentChecks.KAFKA_SECURITY_ON_KUBERNETES))
                .contains("CYBERPLAN_EXERCISES_SERVICE_PASSWORD", "CYBERPLAN_INCIDENT_REPORTING_URL", "CYBERPLAN_NODE_ID",
                        "CYBERPLAN_EVENT_KEY_DIR");
        // contact-points publishes the node's keys itself (unset, its own /keys); every other service must be told where.
        assertThat(EnvironmentRules.required(CONTACT_POINTS, DeploymentChecks.KAFKA_SECURITY_ON_KUBERNETES)).doesNotContain("CYBERPLAN_JWKS_URL");
        assertThat(EnvironmentRules.required(Repository.settings("escalation"), DeploymentChecks.KAFKA_SECURITY_ON_KUBERNETES))
                .contains("CYBERPLAN_JWKS_URL");
        assertThat(EnvironmentRules.required(Repository.settings("console"), DeploymentChecks.KAFKA_SECURITY_ON_KUBERNETES))
                .doesNotContain("CYBERPLAN_KAFKA_SECURITY_PROTOCOL", "CYBERPLAN_JDBC_URL")
                .contains("CYBERPLAN_ESCALATION_URL");
    }

    private static JsonNode shipped() {
        return StrictYaml.documents(Repository.K8S.resolve("base/services/contact-points.yaml")).get(0);
    }

    private static JsonNode edit(Consumer<ObjectNode> onContainer) {
        JsonNode deployment = shipped().deepCopy();
        onContainer.accept((ObjectNode) deployment.at("/spec/template/spec/containers/0"));
        return deployment;
    }

    private static ArrayNode env(ObjectNode container) {
        return (ArrayNode) container.get("env");
    }

    private static void removeEnv(ObjectNode container, String name) {
        ArrayNode env = env(container);
        for (int i = env.size() - 1; i >= 0; i--) {
            if (env.get(i).path("name").asText().equals(name)) {
                env.remove(i);
            }
        }
    }
}
