package eu.cyberplan.infra.launcher;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** A child the launcher keeps running: how to start it, how to tell it is healthy, its current run, its restarts. */
final class SupervisedChild {

    private final ChildSpec spec;
    private final BooleanSupplier healthy;
    private final List<Instant> restarts = new CopyOnWriteArrayList<>();
    private volatile ChildJvm current;
    private volatile boolean givenUp;

    private SupervisedChild(ChildSpec spec, BooleanSupplier healthy, ChildJvm first) {
        this.spec = spec;
        this.healthy = healthy;
        this.current = first;
    }

    /** Starts the first run; supervision begins when the {@link Supervisor} is given it. */
    static SupervisedChild start(ChildSpec spec, BooleanSupplier healthy) {
        return new SupervisedChild(spec, healthy, spec.start());
    }

    String name() {
        return spec.name();
    }

    ChildJvm current() {
        return current;
    }

    boolean isAlive() {
        return current.isAlive();
    }

    boolean healthy() {
        return current.isAlive() && healthy.getAsBoolean();
    }

    List<Instant> restarts() {
        return List.copyOf(restarts);
    }

    boolean givenUp() {
        return givenUp;
    }

    void giveUp() {
        givenUp = true;
    }

    ChildJvm restart(Instant at) {
        restarts.add(at);
        current = spec.restart();
        return current;
    }

    void stop(long graceSeconds) {
        current.stop(graceSeconds);
    }
}
