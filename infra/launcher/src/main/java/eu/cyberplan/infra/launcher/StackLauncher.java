package eu.cyberplan.infra.launcher;

import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.infra.process.ChildProcesses;

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
 * While it runs, a child that dies is restarted ({@link Supervisor}); the children die with the launcher, even when it is
 * killed with SIGKILL ({@link eu.cyberplan.infra.process.ChildCommand}).
 */
public final class StackLauncher {

    private final Path repo;
    private final Path stateDir;
    private final Path logDir;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ServiceProcesses services = new ServiceProcesses();
    private final Supervisor supervisor;
    private volatile KafkaChoice kafka;
    private volatile PostgresChoice postgres;
    private volatile MailChoice mail;

    private StackLauncher(Path repo) {
        this.repo = repo;
        this.stateDir = repo.resolve(".cyberplan");
        this.logDir = stateDir.resolve("logs");
        this.supervisor = new Supervisor(RestartPolicy.DEFAULT, stateDir.resolve("hold"), Clock.systemUTC());
    }

    public static void main(String[] args) {
        if (!List.of("--check").containsAll(List.of(args))) {
            System.err.println("usage: StackLauncher [--check]   (--check: start, verify every service is healthy, stop)");
            System.exit(2);
        }
        boolean check = List.of(args).contains("--check");
        StackLauncher launcher;
        try {
            launcher = new StackLauncher(RepositoryRoot.find());
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
        System.out.println("CyberPlan stack from " + repo);
        ServiceProcesses.checkPortsFree();
        postgres = PostgresChoice.choose(stateDir);
        System.out.println("PostgreSQL: " + postgres.description());
        kafka = KafkaChoice.choose(repo, stateDir, logDir);
        System.out.println("Kafka: " + kafka.description());
        mail = MailChoice.choose();
        System.out.println("Mail: " + mail.description());
        String prefix = Environment.get("CYBERPLAN_TOPIC_PREFIX", Topics.DEFAULT_PREFIX);
        int created = TopicCreator.createMissing(kafka.bootstrap(), kafka.security(), prefix);
        System.out.printf("Topics: %d under prefix %s (%d created, the rest already there)%n",
                Topics.allQualified(prefix).size(), prefix, created);
        System.out.println("Services: starting " + ServiceProcesses.SERVICES.stream().map(ServiceProcesses.Service::name).toList()
                + ", logs in " + logDir);
        services.startAll(repo, logDir, serviceEnvironment(prefix));
        services.awaitHealthy();
        if (kafka.broker() != null) {
            supervisor.supervise(kafka.broker());
        }
        services.superviseWith(supervisor);
        printWelcome();
    }

    private Map<String, String> serviceEnvironment(String prefix) {
        Map<String, String> environment = new HashMap<>(mail.serviceEnvironment());
        environment.putAll(JvmOptions.ENVIRONMENT);
        environment.putAll(Map.of(
                "CYBERPLAN_JDBC_URL", postgres.jdbcUrl(),
                "CYBERPLAN_JDBC_USER", postgres.user(),
                "CYBERPLAN_JDBC_PASSWORD", postgres.password(),
                "CYBERPLAN_KAFKA_BOOTSTRAP", kafka.bootstrap(),
                "CYBERPLAN_TOPIC_PREFIX", prefix,
                "CYBERPLAN_JWKS_URL", ServiceProcesses.SERVICES.get(0).baseUrl() + "/keys",
                "CYBERPLAN_DEMO", "true",
                // The demo's rotating token keys live here, so a restart keeps them and the tokens they signed.
                "CYBERPLAN_JWT_KEY_DIR", stateDir.resolve("keys").resolve("tokens").toString()));
        // The node's event signing keys (DESIGN §11): contact-points makes them (demo), every service signs with them.
        environment.put("CYBERPLAN_EVENT_KEY_DIR", stateDir.resolve("keys").resolve("events").toString());
        // The secret exercise control logs in with: the one given, else a new random one for this run of the stack.
        environment.put("CYBERPLAN_EXERCISES_SERVICE_PASSWORD", Environment.get("CYBERPLAN_EXERCISES_SERVICE_PASSWORD", randomSecret()));
        return environment;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private void printWelcome() {
        System.out.println();
        System.out.println("CyberPlan is up:");
        for (ServiceProcesses.Service service : ServiceProcesses.SERVICES) {
            System.out.printf("  %-19s API %s/api/v1   health %s/health%n", service.name(), service.baseUrl(), service.baseUrl());
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
