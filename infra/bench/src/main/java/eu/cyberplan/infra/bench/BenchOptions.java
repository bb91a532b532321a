package eu.cyberplan.infra.bench;

import eu.cyberplan.events.v1.Topics;

import java.net.URI;
import java.util.Optional;

/** The settings of one filing benchmark run, from command-line flags with defaults for the local stack. */
record BenchOptions(
        URI contactPoints,
        URI incidentReporting,
        String kafkaBootstrap,
        String topicPrefix,
        int rate,
        int latencySeconds,
        int concurrency,
        int throughputSeconds,
        Optional<String> pgbenchLine,
        int consoles) {

    static final String USAGE = """
            Usage: java -jar cyberplan-bench.jar [flags]   (flags take '--name value' or '--name=value')
              --base-contact-points URL   contact-points base URL        (default http://127.0.0.1:8081)
              --base-incidents URL        incident-reporting base URL    (default http://127.0.0.1:8082)
              --kafka HOST:PORT           Kafka bootstrap servers        (default 127.0.0.1:9092)
              --topic-prefix PREFIX       topic prefix                   (default cyberplan)
              --rate N                    latency phase: incidents/s     (default 50)
              --latency-seconds N         latency phase duration         (default 30)
              --concurrency N             throughput phase: in flight    (default 64)
              --throughput-seconds N      throughput phase duration      (default 20)
              --pgbench "LINE"            the line printed by pgbench-filing.sh, for the ratio
              --consoles N                consoles kept open meanwhile (NCPs of LV, LT…: inbox and case board
                                          streams, the board from escalation at 127.0.0.1:8083, each read
                                          again at each change, at most 4/s) (default 0)
              --help                      this text""";

    static BenchOptions defaults() {
        return new BenchOptions(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8082"),
                "127.0.0.1:9092", Topics.DEFAULT_PREFIX, 50, 30, 64, 20, Optional.empty(), 0);
    }

    /** Reads the flags; throws {@link IllegalArgumentException} naming the flag that is wrong. */
    static BenchOptions parse(String[] args) {
        BenchOptions options = defaults();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value;
            int equals = flag.indexOf('=');
            if (equals > 0) {
                value = flag.substring(equals + 1);
                flag = flag.substring(0, equals);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("flag " + flag + " needs a value");
                }
                value = args[++i];
            }
            options = options.with(flag, value);
        }
        return options;
    }

    static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    String receiptsTopic() {
        return Topics.qualified(topicPrefix, Topics.RECEIPTS, false);
    }

    private BenchOptions with(String flag, String value) {
        return switch (flag) {
            case "--base-contact-points" -> new BenchOptions(url(flag, value), incidentReporting, kafkaBootstrap,
                    topicPrefix, rate, latencySeconds, concurrency, throughputSeconds, pgbenchLine, consoles);
            case "--base-incidents" -> new BenchOptions(contactPoints, url(flag, value), kafkaBootstrap,
                    topicPrefix, rate, latencySeconds, concurrency, throughputSeconds, pgbenchLine, consoles);
            case "--kafka" -> new BenchOptions(contactPoints, incidentReporting, nonBlank(flag, value),
                    topicPrefix, rate, latencySeconds, concurrency, throughputSeconds, pgbenchLine, consoles);
            case "--topic-prefix" -> new BenchOptions(contactPoints, incidentReporting, kafkaBootstrap,
                    nonBlank(flag, value), rate, latencySeconds, concurrency, throughputSeconds, pgbenchLine, consoles);
            case "--rate" -> new BenchOptions(contactPoints, incidentReporting, kafkaBootstrap,
                    topicPrefix, positive(flag, value), latencySeconds, concurrency, throughputSeconds, pgbenchLine, consoles);
            case "--latency-seconds" -> new BenchOptions(contactPoints, incidentReporting, kafkaBootstrap,
                    topicPrefix, rate, positive(flag, value), concurrency, throughputSeconds, pgbenchLine, consoles);
            case "--concurrency" -> new BenchOptions(contactPoints, incidentReporting, kafkaBootstrap,
                    topicPrefix, rate, latencySeconds, positive(flag, value), throughputSeconds, pgbenchLine, consoles);
            case "--throughput-seconds" -> new BenchOptions(contactPoints, incidentReporting, kafkaBootstrap,
                    topicPrefix, rate, latencySeconds, concurrency, positive(flag, value), pgbenchLine, consoles);
            case "--pgbench" -> new BenchOptions(contactPoints, incidentReporting, kafkaBootstrap,
                    topicPrefix, rate, latencySeconds, concurrency, throughputSeconds,
                    value.isBlank() ? Optional.empty() : Optional.of(value.trim()), consoles);
            case "--consoles" -> new BenchOptions(contactPoints, incidentReporting, kafkaBootstrap, topicPrefix, rate,
                    latencySeconds, concurrency, throughputSeconds, pgbenchLine, count(flag, value));
            default -> throw new IllegalArgumentException("unknown flag " + flag);
        };
    }

    private static URI url(String flag, String value) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            throw new IllegalArgumentException(flag + " must be an http(s) URL, not '" + value + "'");
        }
        return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }

    private static String nonBlank(String flag, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(flag + " must not be blank");
        }
        return value.trim();
    }

    private static int count(String flag, String value) {
        return value.trim().equals("0") ? 0 : positive(flag, value);
    }

    private static int positive(String flag, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the flag's name
        }
        throw new IllegalArgumentException(flag + " must be a positive whole number, not '" + value + "'");
    }
}
