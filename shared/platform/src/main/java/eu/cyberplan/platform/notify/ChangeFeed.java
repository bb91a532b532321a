package eu.cyberplan.platform.notify;

import io.micronaut.http.sse.Event;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed in a service's tables, as it commits on any instance of the service, for the consoles open on it (issue
 * 25). The stores say which keys a write touches ({@link #changed}, e.g. {@code "LV REAL"}); once the transaction
 * commits, this instance's {@link Announcer} sends them, batched, as one {@code NOTIFY} on {@code
 * cyberplan_<topic>_<schema>}, and every instance with a subscriber hears them on a connection of its own
 * ({@link DatabaseListener}). When listening (re)starts, what was notified meanwhile was not heard: every subscriber is
 * told {@link #ANYTHING}.
 *
 * <p>Not a trigger: a {@code NOTIFY} in the protocol's own transactions takes a lock of the whole database at each of
 * their commits, which serialised the fan-out's many small transactions under load (the filing benchmark's p99 went
 * from 0.27 s to 12 s with a console streaming).
 */
public final class ChangeFeed implements AutoCloseable {

    /** Said to every subscriber when listening restarts, or when the keys of a burst would not fit a notification. */
    public static final String ANYTHING = "*";

    /** Said first to each subscriber, once it hears every change that commits from then on. */
    public static final String READY = "ready";

    /** How long a new subscriber waits for the listening to be in place before it is told {@link #READY} anyway. */
    static final Duration LISTENING_WAIT = Duration.ofSeconds(5);

    /** How often a stream says it is alive, so that proxies keep it open. */
    public static final Duration PING_EVERY = Duration.ofSeconds(15);

    /** How long a stream lasts: never long past its token; the page opens the next at once. */
    public static final Duration STREAM_FOR = Duration.ofMinutes(10);

    private final Sinks.Many<List<String>> heard = Sinks.many().multicast().directBestEffort();
    private final TransactionOperations<Connection> transactions;
    private final DatabaseListener listener;
    private final Announcer announcer;
    private boolean started;

    public ChangeFeed(DataSource dataSource, TransactionOperations<Connection> transactions, String topic) {
        this.transactions = transactions;
        this.listener = new DatabaseListener(dataSource, topic, () -> emit(List.of(ANYTHING)), this::emitAll);
        this.announcer = new Announcer(dataSource, topic);
    }

    /**
     * {@link #READY} first, once this subscriber hears every change that commits from then on (so what it reads on
     * {@code READY} misses nothing), then {@code key} each time a write touching it commits, or anything may have changed.
     */
    public Flux<String> of(String key) {
        return Flux.defer(() -> {
                    listening();
                    Flux<String> changes = heard.asFlux().filter(keys -> keys.contains(ANYTHING) || keys.contains(key)).map(keys -> key);
                    // The changes are subscribed to before READY is said: nothing heard in between is lost.
                    return Flux.merge(changes, Flux.just(READY));
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Says that the current transaction touches these keys: they are announced once it commits, never if it rolls back
     * (at once outside a transaction).
     */
    public void changed(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<String> touched = Set.copyOf(keys);
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                announcer.add(touched);
            }
        }), () -> announcer.add(touched));
    }

    /**
     * The server-sent events of a stream of changes ({@link #of}): {@code ready} when every later change will be heard
     * (the page reads what it shows, which is the catch-up after a drop), {@code name} at each change, {@code ping} every
     * {@link #PING_EVERY}, for {@link #STREAM_FOR}. The data says which feed changed, never what: the page reads it again
     * through the API's rules.
     */
    public static Flux<Event<Map<String, String>>> stream(Flux<String> changes, String name, Map<String, String> data) {
        Flux<Event<Map<String, String>>> changed = changes.map(c -> Event.of(data).name(READY.equals(c) ? READY : name));
        Flux<Event<Map<String, String>>> pings = Flux.interval(PING_EVERY).map(i -> Event.of(Map.<String, String>of()).name("ping"));
        return Flux.merge(changed, pings).take(STREAM_FOR);
    }

    private void listening() {
        synchronized (this) {
            if (!started) {
                started = true;
                listener.start();
            }
        }
        try {
            // Not in place in time (the database is away): the page's safety poll covers what is not heard meanwhile.
            listener.awaitListening(LISTENING_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void emitAll(List<String> payloads) {
        emit(payloads.stream().flatMap(p -> Arrays.stream(p.split(","))).distinct().toList());
    }

    private synchronized void emit(List<String> keys) {
        // Only the listener's thread emits; "synchronized" keeps a (re)listen and a notification from racing into the sink.
        heard.tryEmitNext(keys);
    }

    @Override
    public void close() {
        announcer.close();
        listener.close();
    }
}
