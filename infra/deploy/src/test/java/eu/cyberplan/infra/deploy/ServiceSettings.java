package eu.cyberplan.infra.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads from its environment, taken from its sources: every {@code ${CYBERPLAN_X:default}} of its
 * application.yml (and of the shared platform's, if it has one), every {@code System.getenv("CYBERPLAN_X")} of its
 * main code, and its HTTP port (the default of CYBERPLAN_PORT). Profile files (application-demo.yml) are left out:
 * their defaults are not in force on a real node.
 *
 * @param defaults each name read, with its default (empty: no default, the service cannot start without it)
 */
record ServiceSettings(String service, int port, Map<String, Optional<String>> defaults) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(CYBERPLAN_[A-Z0-9_]+)(?::([^}]*))?}");
    private static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\"(CYBERPLAN_[A-Z0-9_]+)\"\\)");

    static ServiceSettings of(Path repository, String service) {
        Map<String, Optional<String>> defaults = new TreeMap<>();
        readConfiguration(repository.resolve("services").resolve(service).resolve("src/main"), defaults);
        readConfiguration(repository.resolve("shared/platform/src/main"), defaults);
        String port = defaults.getOrDefault("CYBERPLAN_PORT", Optional.empty())
                .orElseThrow(() -> new IllegalStateException(service + " has no default CYBERPLAN_PORT"));
        return new ServiceSettings(service, Integer.parseInt(port), defaults);
    }

    boolean reads(String name) {
        return defaults.containsKey(name);
    }

    /** The default, if the service reads the name and has one. */
    Optional<String> defaultOf(String name) {
        return defaults.getOrDefault(name, Optional.empty());
    }

    private static void readConfiguration(Path main, Map<String, Optional<String>> defaults) {
        if (!Files.isDirectory(main)) {
            return;
        }
        try (Stream<Path> files = Files.walk(main)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                if (name.equals("application.yml") || name.equals("application.yaml")) {
                    collect(PLACEHOLDER.matcher(read(file)), defaults);
                } else if (name.endsWith(".java")) {
                    collect(GETENV.matcher(read(file)), defaults);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A name read by System.getenv is optional by construction (the code decides what its absence means).
    private static void collect(Matcher matcher, Map<String, Optional<String>> defaults) {
        while (matcher.find()) {
            Optional<String> value = matcher.groupCount() > 1
                    ? Optional.ofNullable(matcher.group(2)).map(text -> text.replace("`", ""))
                    : Optional.of("");
            defaults.merge(matcher.group(1), value, (a, b) -> a.isPresent() ? a : b);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the service reads the name and has no default for it (it cannot start without it). */
    boolean hasNoDefault(String name) {
        return reads(name) && defaults.get(name).isEmpty();
    }
}
