package eu.cyberplan.infra.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local PostgreSQL server restarted under load: meanwhile filings must get 503 with Retry-After (never a 500),
 * nothing may be half-written, and every service must reconnect by itself.
 */
record DatabaseRestart() implements Fault {

    static final List<String> RESTART = List.of("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart");

    @Override
    public String label() {
        return "PostgreSQL restart";
    }

    @Override
    public Instant inject() throws IOException, InterruptedException {
        Process restart = new ProcessBuilder(RESTART).redirectErrorStream(true).start();
        if (!restart.waitFor(120, TimeUnit.SECONDS)) {
            restart.destroyForcibly();
            throw new BenchAborted(String.join(" ", RESTART) + " did not finish within 120 s");
        }
        String output = new String(restart.getInputStream().readAllBytes()).trim();
        if (restart.exitValue() != 0) {
            throw new BenchAborted(String.join(" ", RESTART) + " failed with " + restart.exitValue() + ": " + output);
        }
        System.out.println("  PostgreSQL restarted" + (output.isEmpty() ? "" : ": " + output));
        return Instant.now();
    }
}
