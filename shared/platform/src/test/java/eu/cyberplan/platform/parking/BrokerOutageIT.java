package eu.cyberplan.platform.parking;

import eu.cyberplan.events.v1.Mode;
import eu.cyberplan.platform.outbox.WidgetService;
import eu.cyberplan.testing.ServiceUnderTest;
import eu.cyberplan.testing.TopicReader;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While the broker cannot be reached, the relay keeps retrying and parks nothing: "no metadata for the topic" is asked
 * of the broker, which does not answer, so it is a transient failure. Once the broker answers, the event leaves.
 * The service reaches the broker through a door (a TCP relay to its bootstrap port) that is shut at first.
 */
@MicronautTest(transactional = false, environments = "parking")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerOutageIT implements TestPropertyProvider {

    private ServiceUnderTest service;
    private BrokerDoor door;

    @Inject
    WidgetService widgets;
    @Inject
    ParkedEvents parked;

    @Override
    public Map<String, String> getProperties() {
        service = ServiceUnderTest.of("platform");
        door = new BrokerDoor(service.kafkaBootstrap());
        Map<String, String> properties = new HashMap<>(service.properties());
        properties.put("kafka.bootstrap.servers", door.address());
        return properties;
    }

    @AfterAll
    void closeDoor() {
        door.close();
    }

    @Test
    void shouldRetryWithoutParkingWhileTheBrokerIsDown() {
        UUID widget = widgets.create("written while the broker is away", Mode.REAL, false);

        // Long enough for a full failed round: 10 s waiting for metadata, then up to 5 s asking the broker.
        await().during(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(40))
                .until(() -> parked.list(null, null, 0, 10).total() == 0);

        door.open();
        try (TopicReader reader = service.reader("incidents.v1")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> reader.records().stream().anyMatch(r -> widget.toString().equals(r.key())));
        }
        assertThat(parked.list(null, null, 0, 10).total()).isZero();
    }

    /** A TCP relay to the broker's bootstrap port, refusing connections until opened. */
    private static final class BrokerDoor {

        private final String target;
        private final int port;
        private ServerSocket server;

        BrokerDoor(String bootstrap) {
            this.target = bootstrap.split(",")[0];
            try (ServerSocket probe = new ServerSocket(0)) {
                this.port = probe.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String address() {
            return "127.0.0.1:" + port;
        }

        void open() {
            try {
                server = new ServerSocket();
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress("127.0.0.1", port));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            daemon(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        int colon = target.lastIndexOf(':');
                        Socket broker = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
                        pump(client, broker);
                        pump(broker, client);
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        private static void pump(Socket from, Socket to) {
            daemon(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException gone) {
                    // one side closed: the other follows
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            });
        }

        private static void daemon(Runnable work) {
            Thread thread = new Thread(work, "broker-door");
            thread.setDaemon(true);
            thread.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        void close() {
            if (server != null) {
                closeQuietly(server);
            }
        }

        private static void closeQuietly(ServerSocket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
