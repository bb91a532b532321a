package eu.cyberplan.console.proxy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which service answers a public API path (DESIGN §9), by the first segment after {@code /api/v1/}. The browser talks
 * to the console's origin only, so tokens never cross origins and no service needs to allow cross-origin calls. What
 * every service has of its own — its audit trail, parked events, quarantine — goes to the service named by
 * {@code ?service=} (contact-points when none is named), which the services themselves ignore.
 */
public final class ApiRoutes {

    static final String PREFIX = "/api/v1/";

    private static final Map<String, String> SERVICE_BY_RESOURCE = Map.ofEntries(
            Map.entry("login", "contact-points"),
            Map.entry("token", "contact-points"),
            Map.entry("logout", "contact-points"),
            Map.entry("accounts", "contact-points"),
            Map.entry("countries", "contact-points"),
            Map.entry("inbox", "contact-points"),
            Map.entry("comchecks", "contact-points"),
            Map.entry("checklists", "contact-points"),
            Map.entry("readiness", "contact-points"),
            Map.entry("nodes", "contact-points"),
            Map.entry("incidents", "incident-reporting"),
            Map.entry("significance-assessments", "incident-reporting"),
            Map.entry("cases", "escalation"),
            Map.entry("plan", "escalation"),
            Map.entry("exercises", "exercises"));

    /** Resources every service has: the query's {@code service} says whose. */
    private static final Set<String> EVERY_SERVICE = Set.of("audit", "parked-events", "quarantine");
    private static final Set<String> SERVICES = Set.of("contact-points", "incident-reporting", "escalation", "exercises");

    private final Map<String, URI> baseUrlByService;

    public ApiRoutes(Map<String, URI> baseUrlByService) {
        this.baseUrlByService = Map.copyOf(baseUrlByService);
    }

    /** The service owning {@code path} ({@code service}: the query's, for what every service has), or empty when none serves it. */
    public Optional<String> serviceFor(String path, String service) {
        if (path == null || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String resource = slash < 0 ? rest : rest.substring(0, slash);
        if (EVERY_SERVICE.contains(resource)) {
            return service == null ? Optional.of("contact-points") : Optional.of(service).filter(SERVICES::contains);
        }
        return Optional.ofNullable(SERVICE_BY_RESOURCE.get(resource));
    }

    /** The base URL of the service owning {@code path}. */
    public Optional<URI> baseUrlFor(String path, String service) {
        return serviceFor(path, service).map(baseUrlByService::get);
    }
}
