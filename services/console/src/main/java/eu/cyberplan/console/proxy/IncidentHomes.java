package eu.cyberplan.console.proxy;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which reads of an incident may be sent to another node, and where each incident was found (DESIGN §11: a person reads
 * another country's incident on the node that holds it). Only reads ({@code GET /api/v1/incidents/{id}} and its
 * sub-resources) travel: filing and updating stay with the person's own node, which serves their country. A read that
 * already came from another node's console is never sent further, so two consoles cannot bounce a request between them.
 */
final class IncidentHomes {

    /** Set on a read a console sends to another node's console. */
    static final String ROUTED = "X-CyberPlan-Routed";
    private static final Pattern INCIDENT_READ = Pattern.compile("^/api/v1/incidents/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");
    private static final int REMEMBERED = 10_000;

    private final Map<String, URI> homes = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, URI> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The incident id of a read that may be looked for on other nodes; empty for anything else. */
    static Optional<String> routableRead(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || request.getHeaders().contains(ROUTED)) {
            return Optional.empty();
        }
        Matcher matcher = INCIDENT_READ.matcher(request.getPath());
        return matcher.matches() ? Optional.of(matcher.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /** The node's API where this incident was found before, if it was. */
    synchronized Optional<URI> home(String incidentId) {
        return Optional.ofNullable(homes.get(incidentId));
    }

    synchronized void remember(String incidentId, URI nodeApi) {
        homes.put(incidentId, nodeApi);
    }

    synchronized void forget(String incidentId) {
        homes.remove(incidentId);
    }
}
