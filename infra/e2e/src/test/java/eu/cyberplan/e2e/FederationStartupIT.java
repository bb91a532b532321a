package eu.cyberplan.e2e;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A federation whose start fails half-way leaves no service JVM behind (they would hold PostgreSQL connections). The
 * browser tests' shared stack ({@link ConsoleStack}) may be running in this JVM meanwhile: its JVMs are not this test's.
 */
class FederationStartupIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldStopTheServicesAlreadyStartedWhenALaterOneFailsToStart() {
        List<Long> before = serviceJvms();

        // The JVM refuses an unknown -XX option at once: escalation dies while the others are still starting.
        assertThatThrownBy(() -> Federation.start(http, Map.of("escalation", Map.of("JAVA_TOOL_OPTIONS", "-XX:+CyberPlanNoSuchOption"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("escalation exited with 1")
                .hasMessageContaining("[contact-points, incident-reporting, escalation, exercises, console]");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(serviceJvms()).containsExactlyInAnyOrderElementsOf(before));
    }

    @Test
    void shouldStopEveryServiceOnClose() throws Exception {
        List<Long> before = serviceJvms();
        Federation federation = Federation.start(http);
        List<ServiceProcess> services = List.of(federation.contactPoints, federation.incidentReporting, federation.escalation,
                federation.exercises, federation.console);
        assertThat(services).allMatch(ServiceProcess::isAlive);

        federation.close();

        assertThat(services).noneMatch(ServiceProcess::isAlive);
        assertThat(serviceJvms()).containsExactlyInAnyOrderElementsOf(before);
    }

    /** The process ids of the service JVMs this test JVM started and that still run. */
    private static List<Long> serviceJvms() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(process -> {
                    String command = process.info().commandLine().orElse("");
                    return command.contains("/services/") && command.contains(".jar");
                })
                .map(ProcessHandle::pid)
                .toList();
    }
}
