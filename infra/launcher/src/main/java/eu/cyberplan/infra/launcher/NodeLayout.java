package eu.cyberplan.infra.launcher;

import eu.cyberplan.platform.country.CountryCodes;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which nodes the launcher starts, each with its countries, its database and its services on their ports (DESIGN §11).
 * The single node serves every country on the ports of DESIGN §7; the local federation is the three nodes of §11's
 * table on one broker and one PostgreSQL server, a database each.
 */
record NodeLayout(List<Node> nodes) {

    static final String CONTACT_POINTS = "contact-points";
    static final String INCIDENT_REPORTING = "incident-reporting";
    static final String ESCALATION = "escalation";
    static final String EXERCISES = "exercises";
    static final String CONSOLE = "console";

    /**
     * A node: {@code id} null for the single node (its id is then the host's, as before), {@code countries} empty for
     * every country. Its services are in start order: contact-points first (it publishes the node's keys), the console
     * last (it proxies to the others).
     */
    record Node(String id, List<String> countries, String database, List<Service> services) {

        Service service(String name) {
            return services.stream().filter(service -> service.name().equals(name)).findFirst().orElse(null);
        }

        String keys() {
            return service(CONTACT_POINTS).baseUrl() + "/keys";
        }

        /** The {@code iss} of the node's tokens: each node of a federation its own, the single node the default. */
        String issuer() {
            return id == null ? null : "cyberplan-" + id;
        }

        /** Where the launcher keeps the node's keys (under .cyberplan): the single node where it always did. */
        String stateName() {
            return id == null ? "" : "federation/" + id;
        }
    }

    /** A service module of a node on its port. */
    record Service(String name, int port, String node) {
        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        /** How it is called in the launcher's output and log file names. */
        String label() {
            return node == null ? name : node + "/" + name;
        }
    }

    static NodeLayout single() {
        return new NodeLayout(List.of(new Node(null, List.of(), PostgresChoice.DATABASE, List.of(
                new Service(CONTACT_POINTS, 8081, null),
                new Service(INCIDENT_REPORTING, 8082, null),
                new Service(ESCALATION, 8083, null),
                new Service(EXERCISES, 8084, null),
                new Service(CONSOLE, 8080, null)))));
    }

    /**
     * DESIGN §11's table: {@code eu} (EU) on 91xx, {@code baltic} (EE, LV, LT) on 92xx, {@code west} (the rest) on 93xx,
     * with the databases {@code <databasePrefix><node>} ({@code cyberplan_eu}…).
     */
    static NodeLayout federation(String databasePrefix) {
        List<String> baltic = List.of("EE", "LV", "LT");
        // The west node serves every other member, and the observer CH (someone has to publish its directory entry).
        List<String> west = Stream.concat(CountryCodes.MEMBERS.stream().filter(code -> !baltic.contains(code)), Stream.of("CH")).toList();
        return new NodeLayout(List.of(
                new Node("eu", List.of("EU"), databasePrefix + "eu", List.of(
                        new Service(CONTACT_POINTS, 9101, "eu"),
                        new Service(ESCALATION, 9103, "eu"),
                        new Service(EXERCISES, 9104, "eu"),
                        new Service(CONSOLE, 9100, "eu"))),
                new Node("baltic", baltic, databasePrefix + "baltic", List.of(
                        new Service(CONTACT_POINTS, 9201, "baltic"),
                        new Service(INCIDENT_REPORTING, 9202, "baltic"),
                        new Service(CONSOLE, 9200, "baltic"))),
                new Node("west", west, databasePrefix + "west", List.of(
                        new Service(CONTACT_POINTS, 9301, "west"),
                        new Service(INCIDENT_REPORTING, 9302, "west"),
                        new Service(CONSOLE, 9300, "west")))));
    }

    static NodeLayout federation() {
        return federation("cyberplan_");
    }

    boolean federated() {
        return nodes.size() > 1;
    }

    List<Service> services() {
        return nodes.stream().flatMap(node -> node.services().stream()).toList();
    }

    /** The node holding a country's people and incidents (the first that names it, else the one serving all). */
    Node servingNode(String country) {
        return nodes.stream().filter(node -> node.countries().contains(country)).findFirst()
                .orElseGet(() -> nodes.stream().filter(node -> node.countries().isEmpty()).findFirst().orElseThrow());
    }

    /** The trust list of {@code node} (DESIGN §11): every other node, for its countries, with its issuer and keys. */
    String trustFileFor(Node node) {
        StringBuilder json = new StringBuilder("[");
        for (Node other : nodes) {
            if (other == node) {
                continue;
            }
            if (json.length() > 1) {
                json.append(",\n ");
            }
            json.append("{\"node\": \"").append(other.id()).append("\", \"countries\": [")
                    .append(String.join(", ", other.countries().stream().map(code -> "\"" + code + "\"").toList()))
                    .append("], \"issuer\": \"").append(other.issuer()).append("\", \"jwksUrl\": \"").append(other.keys()).append("\"}");
        }
        return json.append("]\n").toString();
    }
}
