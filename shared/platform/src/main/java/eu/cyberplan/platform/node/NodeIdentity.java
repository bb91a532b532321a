package eu.cyberplan.platform.node;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's id (DESIGN §11, {@code CYBERPLAN_NODE_ID}): in heartbeats, in the trust list and in {@code ce_cpnode} on
 * every event it signs. Every service of a node must be given the same id; unset, the host name stands in.
 */
@Singleton
public class NodeIdentity {

    private final String id;

    public NodeIdentity(@Value("${cyberplan.node.id:}") String configured) {
        this.id = configured == null || configured.isBlank() ? hostNode() : configured.trim();
    }

    public String id() {
        return id;
    }

    private static String hostNode() {
        try {
            return "node-" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node-local";
        }
    }
}
