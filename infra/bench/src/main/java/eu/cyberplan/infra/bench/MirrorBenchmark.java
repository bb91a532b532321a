package eu.cyberplan.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.platform.kafka.KafkaClientSecurity;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Two clusters with MirrorMaker 2 between them (started by run-mirror-bench.sh, each part its own process): the baltic
 * node's contact-points and incident-reporting on a secured cluster (SASL_SSL, SCRAM-SHA-512), escalation on the EU
 * cluster. (1) file → {@code alert.delivered} back on the node's cluster: the early warning crosses to the EU, the
 * alerts come back, the receipts are published at home; (2) the node broker's PLAINTEXT, SASL_PLAINTEXT and SASL_SSL
 * listeners with the services' producer settings, same sitting.
 */
final class MirrorBenchmark {

    private static final String USAGE = """
            usage: MirrorBenchmark --node-listeners=<listeners.properties> --contact-points=<url> --incident-reporting=<url>
                   [--prefix=cyberplan] [--incidents=150] [--warmup-incidents=20] [--rate=5] [--records=100000]
                   [--warmup-records=20000] [--pgbench=<line>]""";

    private final Flags flags;

    private MirrorBenchmark(Flags flags) {
        this.flags = flags;
    }

    public static void main(String[] args) throws Exception {
        DriverMain.run(args, "mirror", USAGE, Set.of("--node-listeners", "--contact-points", "--incident-reporting", "--prefix", "--incidents",
                "--warmup-incidents", "--rate", "--records", "--warmup-records", "--pgbench"), flags -> new MirrorBenchmark(flags)::run);
    }

    private void run() throws Exception {
        Properties node = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(flags.text("--node-listeners", "")))) {
            node.load(reader);
        }
        System.out.println("== Mirror benchmark (MirrorMaker 2 between the baltic node's cluster and the EU cluster)");
        MachineDescription.ofThisMachine().lines().forEach(System.out::println);
        PgbenchFigure.parse(flags.text("--pgbench", "")).ifPresentOrElse(
                figure -> System.out.println(figure.line()), () -> System.out.println("pgbench filing: not measured"));

        String prefix = flags.text("--prefix", "cyberplan");
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = new DutyOfficerLogin(http, json, URI.create(flags.text("--contact-points", ""))).accessToken("duty.ee", "demo");
        EarlyWarningFiler filer = new EarlyWarningFiler(http, json, URI.create(flags.text("--incident-reporting", "")), token);
        int rate = flags.number("--rate", 5);
        try (Deliveries deliveries = new Deliveries(node.getProperty("plaintext"), prefix + ".receipts.v1")) {
            report("cold (first filings after start)", deliveries.measure(filer, flags.number("--warmup-incidents", 20), rate));
            report("warm", deliveries.measure(filer, flags.number("--incidents", 150), rate));
        }

        List<ListenerThroughput.Listener> listeners = listeners(node);
        ListenerThroughput.createTopics(node.getProperty("plaintext"), listeners);
        System.out.println("-- Kafka client throughput per listener of the node's broker (acks=all, idempotent, 1 KiB)");
        for (String round : List.of("cold", "warm")) {
            int records = round.equals("cold") ? flags.number("--warmup-records", 20_000) : flags.number("--records", 100_000);
            List<ListenerThroughput.Figures> figures = new ArrayList<>();
            for (ListenerThroughput.Listener listener : listeners) {
                figures.add(ListenerThroughput.measure(listener, records));
            }
            System.out.println(round + ":");
            figures.forEach(figure -> System.out.println("  " + figure.line()));
            double plain = figures.get(0).producedPerSecond();
            figures.subList(1, figures.size()).forEach(figure -> System.out.printf("  %s produce cost vs PLAINTEXT: %+.0f %%, consume %+.0f %%%n",
                    figure.listener(), 100 * (figure.producedPerSecond() / plain - 1),
                    100 * (figure.consumedPerSecond() / figures.get(0).consumedPerSecond() - 1)));
        }
    }

    private static void report(String phase, Deliveries.Result result) {
        System.out.printf("file → alert.delivered on the origin cluster, %s: %s, delivered %d/%d, duplicates %d, filings refused %d%n",
                phase, result.latencies().describe(50, 95, 99), result.delivered(), result.expected(), result.duplicates(), result.refused());
    }

    private static List<ListenerThroughput.Listener> listeners(Properties node) {
        Map<String, String> sasl = Map.of(
                KafkaClientSecurity.SASL_USERNAME, node.getProperty("user"),
                KafkaClientSecurity.SASL_PASSWORD, node.getProperty("password"));
        Map<String, String> tls = Map.of(
                KafkaClientSecurity.TRUSTSTORE, node.getProperty("truststore"),
                KafkaClientSecurity.TRUSTSTORE_PASSWORD, node.getProperty("truststore.password"));
        Map<String, String> saslSsl = new java.util.HashMap<>(sasl);
        saslSsl.putAll(tls);
        saslSsl.put(KafkaClientSecurity.PROTOCOL, "SASL_SSL");
        Map<String, String> saslPlaintext = new java.util.HashMap<>(sasl);
        saslPlaintext.put(KafkaClientSecurity.PROTOCOL, "SASL_PLAINTEXT");
        return List.of(
                new ListenerThroughput.Listener("PLAINTEXT", node.getProperty("plaintext"), KafkaClientSecurity.plaintext()),
                new ListenerThroughput.Listener("SASL_PLAINTEXT", node.getProperty("sasl_plaintext"), KafkaClientSecurity.from(saslPlaintext::get)),
                new ListenerThroughput.Listener("SASL_SSL", node.getProperty("sasl_ssl"), KafkaClientSecurity.from(saslSsl::get)));
    }

    /** Reads alert.delivered on the node's own cluster and matches each to the filing of its incident. */
    private static final class Deliveries implements AutoCloseable {

        record Result(LatencySamples latencies, int delivered, int expected, int duplicates, int refused) {
        }

        private final KafkaConsumer<String, byte[]> consumer;
        private final Map<String, List<Long>> arrivalsPerIncident = new HashMap<>();

        Deliveries(String bootstrap, String topic) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-mirror-" + UUID.randomUUID(),
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        Result measure(EarlyWarningFiler filer, int incidents, int rate) throws Exception {
            Set<String> receipts = new HashSet<>();
            List<CompletableFuture<FilingOutcome>> filings = new ArrayList<>();
            long start = System.nanoTime();
            long period = 1_000_000_000L / rate;
            int expected = incidents * EarlyWarningFiler.AFFECTED_COUNTRIES.size();
            long deadline = Long.MAX_VALUE;
            int duplicates = 0;
            while (System.nanoTime() < deadline && receipts.size() < expected) {
                while (filings.size() < incidents && System.nanoTime() >= start + filings.size() * period) {
                    filings.add(filer.file());
                }
                if (filings.size() == incidents && deadline == Long.MAX_VALUE) {
                    deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                }
                for (var record : consumer.poll(Duration.ofMillis(20))) {
                    long arrived = System.nanoTime();
                    if (!"eu.cyberplan.alert.delivered.v1".equals(header(record.headers().lastHeader("ce_type")))) {
                        continue;
                    }
                    String eventId = header(record.headers().lastHeader("ce_id"));
                    if (!receipts.add(eventId)) {
                        duplicates++;
                        continue;
                    }
                    arrivalsPerIncident.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(arrived);
                }
            }
            LatencySamples latencies = new LatencySamples();
            int refused = 0;
            int delivered = 0;
            for (CompletableFuture<FilingOutcome> filing : filings) {
                FilingOutcome outcome = filing.join();
                if (!outcome.isAccepted()) {
                    refused++;
                    continue;
                }
                for (long arrived : arrivalsPerIncident.getOrDefault(outcome.incidentId().toString(), List.of())) {
                    latencies.record(arrived - outcome.sentNanos());
                    delivered++;
                }
            }
            arrivalsPerIncident.clear();
            return new Result(latencies, delivered, expected - refused * EarlyWarningFiler.AFFECTED_COUNTRIES.size(), duplicates, refused);
        }

        private static String header(Header header) {
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
