package eu.cyberplan.platform.node;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * This node (DESIGN §11): its id ({@code CYBERPLAN_NODE_ID}: in heartbeats, in the trust list and in {@code ce_cpnode}
 * on every event it signs; the same for every service of a node; unset, the host name stands in) and the countries it
 * serves ({@code CYBERPLAN_COUNTRIES}; unset, every country: the single-node demo). A node keeps data only for its
 * countries: another country's inbox items, checklists, incidents and read grants are never stored here.
 */
@Singleton
public class NodeIdentity {

    private final String id;
    private final Set<String> countries;

    public NodeIdentity(@Value("${cyberplan.node.id:}") String configured, @Value("${cyberplan.node.countries:}") String countries) {
        this.id = configured == null || configured.isBlank() ? hostNode() : configured.trim();
        this.countries = countries == null ? Set.of() : Arrays.stream(countries.split(",")).map(String::trim)
                .filter(code -> !code.isEmpty()).map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public String id() {
        return id;
    }

    /** Whether this node keeps the data of {@code country} (a node naming no countries serves them all). */
    public boolean serves(String country) {
        return countries.isEmpty() || country != null && countries.contains(country.toUpperCase(Locale.ROOT));
    }

    private static String hostNode() {
        try {
            return "node-" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node-local";
        }
    }
}
