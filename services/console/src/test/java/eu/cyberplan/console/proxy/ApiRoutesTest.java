package eu.cyberplan.console.proxy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiRoutesTest {

    private final ApiRoutes routes = new ApiRoutes(Map.of("contact-points", URI.create("http://cp"), "incident-reporting", URI.create("http://ir"),
            "escalation", URI.create("http://es"), "exercises", URI.create("http://ex")));

    @ParameterizedTest(name = "{0} ?service={1} → {2}")
    @CsvSource(value = {
            "/api/v1/inbox|null|contact-points",
            "/api/v1/inbox/changes|null|contact-points",
            "/api/v1/incidents/123/stix|null|incident-reporting",
            "/api/v1/cases/changes|null|escalation",
            "/api/v1/exercises/scenario-checks|null|exercises",
            "/api/v1/audit|null|contact-points",
            "/api/v1/audit|escalation|escalation",
            "/api/v1/audit/verify|exercises|exercises",
            "/api/v1/parked-events/42|incident-reporting|incident-reporting",
            "/api/v1/quarantine|escalation|escalation",
            "/api/v1/audit|console|null",
            "/api/v1/audit|http://elsewhere|null",
            "/api/v1/incidents|escalation|incident-reporting",
            "/api/v1/nothing|null|null",
            "/health|null|null",
    }, delimiter = '|', nullValues = "null")
    void shouldSendEachPathToTheServiceThatOwnsIt(String path, String service, String owner) {
        assertThat(routes.serviceFor(path, service).orElse(null)).isEqualTo(owner);
    }
}
