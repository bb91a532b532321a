package eu.cyberplan.infra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The broker killed with SIGKILL and kept down for a while, then brought back by the launcher's own supervision: the
 * drill holds the broker's restart with the launcher's hold file ({@code .cyberplan/hold/kafka}) for the outage and
 * removes it, so the broker comes back exactly as the launcher started it (same data directory, same ports).
 */
record BrokerOutage(StackChildren children, Path holdFile, Duration outage) implements Fault {

    @Override
    public String label() {
        return "broker down " + outage.toSeconds() + " s";
    }

    @Override
    public Instant inject() throws Exception {
        Files.createDirectories(holdFile.getParent());
        Files.writeString(holdFile, "held by the fault harness for " + outage.toSeconds() + " s\n");
        try {
            long pid = children.kill("kafka");
            System.out.println("  killed the broker (pid " + pid + "); holding its restart for " + outage.toSeconds() + " s");
            Thread.sleep(outage.toMillis());
        } finally {
            Files.deleteIfExists(holdFile);
        }
        System.out.println("  hold released: the launcher restarts the broker");
        return Instant.now();
    }
}
