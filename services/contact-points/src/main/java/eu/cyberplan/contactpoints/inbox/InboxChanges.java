package eu.cyberplan.contactpoints.inbox;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.notify.DatabaseListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;

/**
 * What changed in which inbox, as it commits on any instance of the service: the {@code inbox_item} triggers (migration
 * V21) notify each statement's countries and modes, and this instance hears them on its own connection from the first
 * console that asks until it stops. A restart of listening says "anything may have changed" ({@link #ANYTHING}), since
 * what was notified meanwhile was not heard.
 */
@Singleton
public class InboxChanges implements AutoCloseable {

    /** One inbox: a country's (or the coordinators', {@code EU}) real or exercise items. */
    public record Desk(String country, Mode mode) {
        String key() {
            return country + " " + mode.name();
        }
    }

    static final String ANYTHING = "*";

    private final Sinks.Many<List<String>> heard = Sinks.many().multicast().directBestEffort();
    private final DatabaseListener listener;
    private boolean started;

    public InboxChanges(DataSource dataSource) {
        this.listener = new DatabaseListener(dataSource, "inbox", () -> emit(List.of(ANYTHING)), this::emitAll);
    }

    /** A signal each time the desk's inbox changed (never what changed: the page reads its inbox as the person may). */
    public Flux<Desk> of(Desk desk) {
        start();
        return heard.asFlux().filter(keys -> keys.contains(ANYTHING) || keys.contains(desk.key())).map(keys -> desk);
    }

    private synchronized void start() {
        if (!started) {
            started = true;
            listener.start();
        }
    }

    private void emitAll(List<String> payloads) {
        emit(payloads.stream().flatMap(p -> Arrays.stream(p.split(","))).distinct().toList());
    }

    private synchronized void emit(List<String> keys) {
        // Only the listener's thread emits; "synchronized" keeps a (re)listen and a notification from racing into the sink.
        heard.tryEmitNext(keys);
    }

    @PreDestroy
    @Override
    public void close() {
        listener.close();
    }
}
