package eu.cyberplan.infra.launcher;

import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.infra.process.ChildProcesses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one command of DESIGN §7: PostgreSQL, Kafka, the topics and the four services with the demo federation.
 * {@code --check} starts everything, verifies it is healthy, stops it and exits 0: a smoke check for CI.
 * {@code --federation} starts the three nodes of DESIGN §11 instead of the single one ({@link NodeLayout}).
 * While it runs, a child that dies is restarted ({@link Supervisor}); the children die with the launcher, even when it is
 * killed with SIGKILL ({@link eu.cyberplan.infra.process.ChildCommand}).
 */
public final class StackLauncher {

    private final Path repo;
    private final Path stateDir;
    private final Path logDir;
    private final NodeLayout layout;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ServiceProcesses services = new ServiceProcesses();
    private final Supervisor supervisor;
    private volatile KafkaChoice kafka;
    private volatile PostgresChoice postgres;
    private volatile MailChoice mail;

    private StackLauncher(Path repo, NodeLayout layout) {
        this.repo = repo;
        this.layout = layout;
        this.stateDir = repo.resolve(".cyberplan");
        this.logDir = stateDir.resolve("logs");
        this.supervisor = new Supervisor(RestartPolicy.DEFAULT, stateDir.resolve("hold"), Clock.systemUTC());
    }

    public static void main(String[] args) {
        if (!List.of("--check", "--federation").containsAll(List.of(args))) {
            System.err.println("usage: StackLauncher [--federation] [--check]   (--federation: the three nodes eu, baltic and west"
                    + " instead of one; --check: start, verify every service is healthy, stop)");
            System.exit(2);
        }
        boolean check = List.of(args).contains("--check");
        NodeLayout layout = List.of(args).contains("--federation")
                ? NodeLayout.federation(Environment.get("CYBERPLAN_FEDERATION_DATABASE_PREFIX", "cyberplan_")) : NodeLayout.single();
        StackLauncher launcher;
        try {
            launcher = new StackLauncher(RepositoryRoot.find(), layout);
        } catch (LaunchFailure e) {
            System.err.println("FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "stack-shutdown"));
        // stop() takes the children down in order; the last-resort reaper only steps in if that takes far too long.
        ChildProcesses.allowOrderlyStop(Duration.ofSeconds(90));
        try {
            launcher.start();
            if (check) {
                System.out.println("Check passed: every service is healthy. Stopping.");
                System.exit(0);
            }
            launcher.watchServices();
        } catch (RuntimeException e) {
            // After Ctrl-C the children die by design: that is no failure worth reporting.
            if (!launcher.stopping.get()) {
                System.err.println("FAILED: " + (e instanceof LaunchFailure ? e.getMessage() : e));
                if (!(e instanceof LaunchFailure)) {
                    e.printStackTrace();
                }
            }
            // The shutdown hook stops whatever had already started.
            System.exit(1);
        }
    }

    private void start() {
        System.out.println("CyberPlan stack from " + repo + (layout.federated() ? ", local federation of "
                + layout.nodes().stream().map(NodeLayout.Node::id).toList() : ""));
        ServiceProcesses.checkPortsFree(layout.services());
        postgres = PostgresChoice.choose(stateDir);
        System.out.println("PostgreSQL: " + postgres.description());
        // The local federation keeps a broker of its own: its nodes' records (signed by eu, baltic, west) would otherwise
        // wait on the single node's topics, to be quarantined there by the thousand on its next start.
        Path kafkaData = layout.federated() ? stateDir.resolve("federation").resolve("kafka") : stateDir.resolve("kafka");
        kafka = KafkaChoice.choose(repo, kafkaData, logDir);
        System.out.println("Kafka: " + kafka.description());
        mail = MailChoice.choose();
        System.out.println("Mail: " + mail.description());
        String prefix = Environment.get("CYBERPLAN_TOPIC_PREFIX", Topics.DEFAULT_PREFIX);
        int created = TopicCreator.createMissing(kafka.bootstrap(), kafka.security(), prefix);
        System.out.printf("Topics: %d under prefix %s (%d created, the rest already there)%n",
                Topics.allQualified(prefix).size(), prefix, created);
        System.out.println("Services: starting " + layout.services().stream().map(NodeLayout.Service::label).toList()
                + ", logs in " + logDir);
        Map<String, String> shared = sharedEnvironment(prefix);
        Map<NodeLayout.Node, Map<String, String>> byNode = new HashMap<>();
        for (NodeLayout.Node node : layout.nodes()) {
            byNode.put(node, nodeEnvironment(node));
        }
        services.startAll(repo, logDir, layout.services(), service -> {
            NodeLayout.Node node = layout.nodes().stream().filter(n -> n.services().contains(service)).findFirst().orElseThrow();
            Map<String, String> environment = new HashMap<>(shared);
            environment.putAll(byNode.get(node));
            environment.putAll(calledServices(node, service));
            return environment;
        });
        services.awaitHealthy();
        if (kafka.broker() != null) {
            supervisor.supervise(kafka.broker());
        }
        services.superviseWith(supervisor);
        printWelcome();
    }

    /** What every service of every node shares: the broker, the topics, the mail server, the demo. */
    private Map<String, String> sharedEnvironment(String prefix) {
        Map<String, String> environment = new HashMap<>(mail.serviceEnvironment());
        environment.putAll(JvmOptions.ENVIRONMENT);
        environment.putAll(Map.of(
                "CYBERPLAN_JDBC_USER", postgres.user(),
                "CYBERPLAN_JDBC_PASSWORD", postgres.password(),
                "CYBERPLAN_KAFKA_BOOTSTRAP", kafka.bootstrap(),
                "CYBERPLAN_TOPIC_PREFIX", prefix,
                "CYBERPLAN_DEMO", "true"));
        // The secret exercise control logs in with: the one given, else a new random one for this run of the stack.
        environment.put("CYBERPLAN_EXERCISES_SERVICE_PASSWORD", Environment.get("CYBERPLAN_EXERCISES_SERVICE_PASSWORD", randomSecret()));
        return environment;
    }

    /** A node's own settings: its database and keys; in a federation also its id, countries, issuer and trust list. */
    private Map<String, String> nodeEnvironment(NodeLayout.Node node) {
        Path nodeState = node.stateName().isEmpty() ? stateDir : stateDir.resolve(node.stateName());
        Map<String, String> environment = new HashMap<>();
        environment.put("CYBERPLAN_JDBC_URL", layout.federated() ? postgres.database(node.database()) : postgres.jdbcUrl());
        environment.put("CYBERPLAN_JWKS_URL", node.keys());
        // The demo's rotating token keys live here, so a restart keeps them and the tokens they signed.
        environment.put("CYBERPLAN_JWT_KEY_DIR", nodeState.resolve("keys").resolve("tokens").toString());
        // The node's event signing keys (DESIGN §11): contact-points makes them (demo), every service signs with them.
        environment.put("CYBERPLAN_EVENT_KEY_DIR", nodeState.resolve("keys").resolve("events").toString());
        if (layout.federated()) {
            environment.put("CYBERPLAN_NODE_ID", node.id());
            environment.put("CYBERPLAN_COUNTRIES", String.join(",", node.countries()));
            environment.put("CYBERPLAN_ISSUER", node.issuer());
            environment.put("CYBERPLAN_TRUST", writeTrustFile(nodeState, node).toString());
            environment.put("CYBERPLAN_PUBLIC_URL", node.service(NodeLayout.CONSOLE).baseUrl());
            // One broker for three nodes: each node's consumer groups of its own, or they would share the partitions.
            environment.put("CYBERPLAN_KAFKA_GROUP_PREFIX", node.id() + ".");
            // Seven services with a database on one PostgreSQL server (default max_connections 100): 6 each at most.
            environment.put("CYBERPLAN_DB_POOL", Environment.get("CYBERPLAN_DB_POOL", "6"));
            environment.put("CYBERPLAN_DB_POOL_MIN_IDLE", Environment.get("CYBERPLAN_DB_POOL_MIN_IDLE", "1"));
        }
        return environment;
    }

    /**
     * Where a node's console and exercise control find the services they call: the node's own, and the EU node's
     * escalation and exercises. (A node without incident-reporting, the EU node, calls the first node that has one:
     * reading each incident on its own node is DESIGN §11's console routing, not built yet.)
     */
    private Map<String, String> calledServices(NodeLayout.Node node, NodeLayout.Service service) {
        if (!layout.federated() || !List.of(NodeLayout.CONSOLE, NodeLayout.EXERCISES).contains(service.name())) {
            return Map.of();
        }
        NodeLayout.Node eu = layout.servingNode("EU");
        NodeLayout.Service incidents = node.service(NodeLayout.INCIDENT_REPORTING) != null ? node.service(NodeLayout.INCIDENT_REPORTING)
                : layout.services().stream().filter(s -> s.name().equals(NodeLayout.INCIDENT_REPORTING)).findFirst().orElseThrow();
        return Map.of(
                "CYBERPLAN_CONTACT_POINTS_URL", node.service(NodeLayout.CONTACT_POINTS).baseUrl(),
                "CYBERPLAN_INCIDENT_REPORTING_URL", incidents.baseUrl(),
                "CYBERPLAN_ESCALATION_URL", eu.service(NodeLayout.ESCALATION).baseUrl(),
                "CYBERPLAN_EXERCISES_URL", eu.service(NodeLayout.EXERCISES).baseUrl());
    }

    private Path writeTrustFile(Path nodeState, NodeLayout.Node node) {
        try {
            Files.createDirectories(nodeState);
            Path file = nodeState.resolve("trust.json");
            Files.writeString(file, layout.trustFileFor(node));
            return file;
        } catch (IOException e) {
            throw new LaunchFailure("cannot write the trust list of node " + node.id() + ": " + e.getMessage(), e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private void printWelcome() {
        System.out.println();
        System.out.println("CyberPlan is up:");
        for (NodeLayout.Service service : layout.services()) {
            System.out.printf("  %-26s API %s/api/v1   health %s/health%n", service.label(), service.baseUrl(), service.baseUrl());
        }
        if (layout.federated()) {
            System.out.println("Consoles: eu http://127.0.0.1:9100/ (coordinator, planner, auditor), baltic http://127.0.0.1:9200/"
                    + " (duty.ee, ncp.lv…), west http://127.0.0.1:9300/ (duty.fr, ncp.de…); password demo");
            System.out.println("Log in on the node of your country: POST http://127.0.0.1:9201/api/v1/login {\"username\":\"duty.ee\",\"password\":\"demo\"}");
            System.out.println("Logs: " + logDir);
            System.out.println("Ctrl-C stops everything.");
            return;
        }
        System.out.println("Console: http://127.0.0.1:8080/ (log in as duty.ee, ncp.lv, coordinator or planner; password demo)");
        System.out.println("Log in: POST http://127.0.0.1:8081/api/v1/login {\"username\":\"duty.ee\",\"password\":\"demo\"}"
                + " — demo users duty.<cc>, ncp.<cc>, owner.<cc>, coordinator, planner, auditor; password demo");
        System.out.println("Logs: " + logDir);
        System.out.println("Ctrl-C stops everything.");
    }

    /**
     * Runs until Ctrl-C. A child that exits on its own is restarted by the supervisor while the others keep serving;
     * only when every one of them has been given up on is there nothing left to run.
     */
    private void watchServices() {
        try {
            supervisor.awaitAllGivenUp();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!stopping.get()) {
            System.err.println("FAILED: every child of the stack crash-looped and was given up on; stopping.");
            System.exit(1);
        }
    }

    /** Stops in the reverse order of the dependencies: services, then the broker they write to, then their database. */
    private void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        supervisor.close();
        if (services.anyStarted()) {
            System.out.println("Stopping the services…");
            services.close();
        }
        if (kafka != null && kafka.broker() != null) {
            System.out.println("Stopping the Kafka broker…");
            kafka.close();
        }
        if (mail != null && mail.embedded()) {
            System.out.println("Stopping the demo mail server…");
            mail.close();
        }
        if (postgres != null && postgres.embedded() != null) {
            System.out.println("Stopping the embedded PostgreSQL…");
            postgres.close();
        }
        ChildProcesses.stopAll();
        System.out.println("Stopped.");
    }
}
