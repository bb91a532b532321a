package eu.cyberplan.infra.launcher;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.platform.country.CountryCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeLayoutTest {

    private static final NodeLayout FEDERATION = NodeLayout.federation();

    /** DESIGN §11's table, row by row: which node runs which service on which port ("—": none). */
    @ParameterizedTest
    @CsvSource({
            "eu,     9101, —,    9103, 9104, 9100",
            "baltic, 9201, 9202, —,    —,    9200",
            "west,   9301, 9302, —,    —,    9300"})
    void shouldPlaceTheServicesAsDesignSection11Says(String id, String contactPoints, String incidentReporting, String escalation,
                                                    String exercises, String console) {
        NodeLayout.Node node = FEDERATION.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
        assertPort(node, NodeLayout.CONTACT_POINTS, contactPoints);
        assertPort(node, NodeLayout.INCIDENT_REPORTING, incidentReporting);
        assertPort(node, NodeLayout.ESCALATION, escalation);
        assertPort(node, NodeLayout.EXERCISES, exercises);
        assertPort(node, NodeLayout.CONSOLE, console);
        assertEquals("cyberplan_" + id, node.database());
        assertEquals(NodeLayout.CONTACT_POINTS, node.services().get(0).name(), "contact-points starts first: it publishes the node's keys");
    }

    @Test
    void shouldServeEveryMemberAndTheEuOnExactlyOneNode() {
        List<String> served = new ArrayList<>();
        FEDERATION.nodes().forEach(node -> served.addAll(node.countries()));
        Set<String> distinct = new HashSet<>(served);
        assertEquals(served.size(), distinct.size(), "a country on two nodes: " + served);
        assertTrue(distinct.containsAll(CountryCodes.MEMBERS));
        assertTrue(distinct.contains("EU"));
        assertEquals("baltic", FEDERATION.servingNode("LV").id());
        assertEquals("west", FEDERATION.servingNode("FR").id());
        assertEquals("eu", FEDERATION.servingNode("EU").id());
    }

    @Test
    void shouldUseDistinctPortsAndIssuers() {
        List<Integer> ports = FEDERATION.services().stream().map(NodeLayout.Service::port).toList();
        assertEquals(ports.size(), new HashSet<>(ports).size());
        List<String> issuers = FEDERATION.nodes().stream().map(NodeLayout.Node::issuer).toList();
        assertEquals(issuers.size(), new HashSet<>(issuers).size());
    }

    @Test
    void shouldTrustEveryOtherNodeForItsOwnCountriesOnly() throws Exception {
        NodeLayout.Node baltic = FEDERATION.servingNode("EE");
        List<Map<String, Object>> trust = new ObjectMapper().readValue(FEDERATION.trustFileFor(baltic), new TypeReference<>() { });

        assertEquals(List.of("eu", "west"), trust.stream().map(entry -> entry.get("node")).toList());
        Map<String, Object> eu = trust.get(0);
        assertEquals(List.of("EU"), eu.get("countries"));
        assertEquals("cyberplan-eu", eu.get("issuer"));
        assertEquals("http://127.0.0.1:9101/keys", eu.get("jwksUrl"));
        @SuppressWarnings("unchecked")
        List<String> west = (List<String>) trust.get(1).get("countries");
        assertTrue(west.contains("FR") && !west.contains("EE") && !west.contains("EU"), west.toString());
    }

    @Test
    void shouldKeepTheSingleNodeAsItWas() {
        NodeLayout single = NodeLayout.single();
        assertEquals(1, single.nodes().size());
        NodeLayout.Node node = single.nodes().get(0);
        assertNull(node.id(), "the single node keeps the host's node id");
        assertNull(node.issuer(), "and the default issuer");
        assertTrue(node.countries().isEmpty());
        assertEquals(List.of(8081, 8082, 8083, 8084, 8080), single.services().stream().map(NodeLayout.Service::port).toList());
        assertEquals("http://127.0.0.1:8081/keys", node.keys());
    }

    private static void assertPort(NodeLayout.Node node, String service, String port) {
        NodeLayout.Service found = node.service(service);
        if ("—".equals(port)) {
            assertNull(found, node.id() + " runs no " + service);
        } else {
            assertEquals(Integer.parseInt(port), found.port(), node.id() + "/" + service);
        }
    }
}
