package eu.cyberplan.infra.mirror;

import org.apache.kafka.connect.mirror.MirrorMaker;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * MirrorMaker 2 between a national node's Kafka cluster and the EU cluster, with the flows of the Kubernetes manifest
 * ({@code infra/k8s/components/mirror-to-eu/mirror-maker.yaml}): the same topic patterns, replication policy and
 * transforms, so what runs here is what Strimzi runs there. Run in this JVM (tests) or as its own process
 * ({@link #main}, benchmarks). Cluster aliases are the manifest's: {@code node} and {@code eu}.
 */
public final class MirrorBetweenClusters implements AutoCloseable {

    private final MirrorMaker mirrorMaker;

    /** One side: its bootstrap servers and its Kafka client settings (security included). */
    public record Cluster(String bootstrap, Map<String, Object> clientProperties) {
    }

    private MirrorBetweenClusters(MirrorMaker mirrorMaker) {
        this.mirrorMaker = mirrorMaker;
    }

    public static MirrorBetweenClusters start(Map<String, String> configuration) {
        MirrorMaker mirrorMaker = new MirrorMaker(configuration);
        mirrorMaker.start();
        return new MirrorBetweenClusters(mirrorMaker);
    }

    /**
     * The dedicated-mode MirrorMaker configuration of the manifest's mirrors.
     *
     * @param nodeId            replaces the manifest's {@code NODE} placeholder (Kustomize does it there)
     * @param topicPrefix       replaces {@code cyberplan} in the topic patterns (tests use their own prefix)
     * @param replicationFactor of the topics MirrorMaker creates for itself (3 in the manifest)
     */
    public static Map<String, String> configuration(Path manifest, String nodeId, String topicPrefix, Cluster node, Cluster eu,
                                                    int replicationFactor) throws IOException {
        Map<String, String> config = new HashMap<>();
        config.put("clusters", "node, eu");
        putCluster(config, "node", node);
        putCluster(config, "eu", eu);
        for (String internal : List.of("replication.factor", "offset-syncs.topic.replication.factor", "heartbeats.topic.replication.factor",
                "checkpoints.topic.replication.factor", "config.storage.replication.factor", "offset.storage.replication.factor",
                "status.storage.replication.factor")) {
            config.put(internal, Integer.toString(replicationFactor));
        }
        // Only the source connectors of the manifest: no heartbeats, no checkpoints, no offset translation.
        config.put("emit.heartbeats.enabled", "false");
        config.put("emit.checkpoints.enabled", "false");
        config.put("sync.group.offsets.enabled", "false");
        for (Map<String, Object> mirror : mirrors(manifest)) {
            String flow = mirror.get("sourceCluster") + "->" + mirror.get("targetCluster");
            config.put(flow + ".enabled", "true");
            config.put(flow + ".topics", ((String) mirror.get("topicsPattern")).replace("cyberplan\\.", Pattern.quote(topicPrefix) + "\\."));
            @SuppressWarnings("unchecked")
            Map<String, Object> connector = (Map<String, Object>) mirror.get("sourceConnector");
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) connector.get("config");
            settings.forEach((key, value) -> config.put(flow + "." + key, String.valueOf(value).replace("NODE", nodeId)));
            config.put(flow + ".replication.factor", Integer.toString(replicationFactor));
            config.put(flow + ".tasks.max", "1");
            // The policy names MirrorMaker's own topics too: it must be the same everywhere.
            config.put("replication.policy.class", String.valueOf(settings.get("replication.policy.class")));
        }
        return config;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mirrors(Path manifest) throws IOException {
        List<Map<String, Object>> mirrors = new java.util.ArrayList<>();
        try (Reader reader = Files.newBufferedReader(manifest)) {
            for (Object document : new Yaml().loadAll(reader)) {
                Map<String, Object> resource = (Map<String, Object>) document;
                if ("KafkaMirrorMaker2".equals(resource.get("kind"))) {
                    mirrors.addAll((List<Map<String, Object>>) ((Map<String, Object>) resource.get("spec")).get("mirrors"));
                }
            }
        }
        if (mirrors.isEmpty()) {
            throw new IllegalArgumentException(manifest + " has no KafkaMirrorMaker2 mirrors");
        }
        return mirrors;
    }

    private static void putCluster(Map<String, String> config, String alias, Cluster cluster) {
        config.put(alias + ".bootstrap.servers", cluster.bootstrap());
        cluster.clientProperties().forEach((key, value) -> config.put(alias + "." + key, String.valueOf(value)));
    }

    @Override
    public void close() {
        mirrorMaker.stop();
        mirrorMaker.awaitStop();
    }

    /**
     * Arguments: {@code manifest nodeId topicPrefix nodeBootstrap euBootstrap} (both PLAINTEXT, replication 1: the
     * local benchmark). Runs until SIGTERM.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: MirrorBetweenClusters <mirror-maker.yaml> <nodeId> <topicPrefix> <nodeBootstrap> <euBootstrap>");
            System.exit(2);
        }
        Map<String, String> config = configuration(Path.of(args[0]), args[1], args[2],
                new Cluster(args[3], Map.of()), new Cluster(args[4], Map.of()), 1);
        MirrorBetweenClusters mirror = start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mirror.close();
            stopped.countDown();
        }, "mirror-stop"));
        System.out.println("MirrorMaker 2 running between node " + args[3] + " and eu " + args[4]);
        stopped.await();
    }
}
