package eu.cyberplan.infra.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Kafka traffic of one service: the topics and consumer groups of its listeners, read from its code, and the
 * topics it publishes (DESIGN §2; publishing goes through the outbox, so it is not visible in an annotation).
 */
record ServiceTraffic(String service, Set<String> consumes, Set<String> groups, Set<String> publishes) {

    /** DESIGN §2, "publishes" column; each with its .exercise twin. */
    private static final Map<String, Set<String>> PUBLISHES = Map.of(
            "contact-points", Set.of("directory.v1", "receipts.v1", "comchecks.v1"),
            "incident-reporting", Set.of("incidents.v1"),
            "escalation", Set.of("alerts.v1", "protocol.v1"),
            "exercises", Set.of("exercises.v1"),
            "console", Set.of());

    private static final Pattern TOPIC = Pattern.compile("\"\\$\\{cyberplan\\.topics\\.prefix}\\.([a-z.0-9]+)\"");
    /** A listener is an {@code @EventConsumer("group")} (the services' convention, CONTRIBUTING.md) or a bare {@code @KafkaListener}. */
    private static final Pattern GROUP = Pattern.compile("@(?:EventConsumer\\((?:value = )?(?:EventConsumer\\.GROUP_PREFIX \\+ )?|KafkaListener\\(groupId = )\"([^\"]+)\"");

    static ServiceTraffic of(Path repository, String service) {
        Set<String> topics = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        try (Stream<Path> files = Files.walk(repository.resolve("services").resolve(service).resolve("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).map(ServiceTraffic::read)
                    .filter(code -> code.contains("@EventConsumer(") || code.contains("@KafkaListener("))
                    .forEach(code -> {
                        collect(GROUP.matcher(code), groups);
                        collect(TOPIC.matcher(code), topics);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> published = new TreeSet<>();
        PUBLISHES.get(service).forEach(topic -> {
            published.add("cyberplan." + topic);
            published.add("cyberplan." + topic + ".exercise");
        });
        Set<String> consumed = new TreeSet<>();
        topics.forEach(topic -> consumed.add("cyberplan." + topic));
        return new ServiceTraffic(service, consumed, groups, published);
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
