package eu.cyberplan.infra.bench;

import java.time.Duration;
import java.time.Instant;

/** One fault the harness injects into the running stack while filing goes on. */
interface Fault {

    /** As printed in the table, e.g. {@code kill -9 escalation}. */
    String label();

    /** Injects the fault and returns once it is over (a killed JVM may come back on its own): recovery counts from then. */
    Instant inject() throws Exception;

    /** How long the stack may take to serve and deliver again before the drill calls it unrecovered. */
    default Duration recoveryTimeout() {
        return Duration.ofSeconds(180);
    }

    /**
     * After the counting: undo what the drill left behind and check what only this fault can check.
     *
     * @return why the drill fails beyond the counts, or null
     */
    default String settle() throws Exception {
        return null;
    }
}
