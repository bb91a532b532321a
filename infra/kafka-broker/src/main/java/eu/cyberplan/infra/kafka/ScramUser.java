package eu.cyberplan.infra.kafka;

/** A SASL/SCRAM-SHA-512 principal the broker knows from its first start (written at format time). */
public record ScramUser(String name, String password) {

    /** The StorageTool argument that stores its credential. */
    String formatArgument() {
        return "SCRAM-SHA-512=[name=" + name + ",password=" + password + "]";
    }
}
