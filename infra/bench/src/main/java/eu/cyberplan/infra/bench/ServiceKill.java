package eu.cyberplan.infra.bench;

import java.time.Instant;

/** kill -9 of one service: the launcher must restart it, and nothing accepted may be lost or doubled. */
record ServiceKill(StackChildren children, String service) implements Fault {

    @Override
    public String label() {
        return "kill -9 " + service;
    }

    @Override
    public Instant inject() {
        long pid = children.kill(service);
        System.out.println("  killed " + service + " (pid " + pid + ")");
        return Instant.now();
    }
}
