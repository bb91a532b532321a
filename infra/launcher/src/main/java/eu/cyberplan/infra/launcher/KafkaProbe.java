package eu.cyberplan.infra.launcher;

import eu.cyberplan.platform.kafka.KafkaClientSecurity;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Whether a Kafka broker answers: an Admin client's describeCluster, not a look at listening sockets. */
final class KafkaProbe {

    private KafkaProbe() {
    }

    static Admin admin(String bootstrap, KafkaClientSecurity security) {
        return Admin.create(security.applyTo(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000,
                AdminClientConfig.CLIENT_ID_CONFIG, "cyberplan-launcher")));
    }

    static boolean brokerAnswers(String bootstrap, KafkaClientSecurity security) {
        try (Admin admin = admin(bootstrap, security)) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A plain TCP connect: cheap, and spares an Admin client's retries when nothing listens at all. */
    static boolean portAnswers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
