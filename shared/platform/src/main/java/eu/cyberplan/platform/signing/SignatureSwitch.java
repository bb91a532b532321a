package eu.cyberplan.platform.signing;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether this node signs the events it publishes and checks those it consumes (DESIGN §11). Always, in any
 * deployment. {@code CYBERPLAN_EVENT_SIGNATURES=off} turns both off so that a benchmark can print what signatures cost
 * beside what they protect, in the same sitting; a node refuses to start with it unless every Kafka bootstrap server
 * is on this machine, where nobody else can write to the topics.
 */
@Context
public class SignatureSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureSwitch.class);

    private final boolean on;

    public SignatureSwitch(EventKeySettings settings, @Value("${kafka.bootstrap.servers:}") String bootstrapServers) {
        String value = settings.signatures() == null ? "on" : settings.signatures();
        refusal(value, bootstrapServers).ifPresent(reason -> {
            throw new IllegalStateException("CYBERPLAN_EVENT_SIGNATURES=" + value + ": " + reason);
        });
        this.on = !"off".equals(value.trim().toLowerCase(Locale.ROOT));
        if (!on) {
            LOG.warn("Event signatures are OFF (CYBERPLAN_EVENT_SIGNATURES=off): this node signs nothing and takes every event as genuine."
                    + " For measuring their cost only; never in a deployment.");
        }
    }

    /** Signatures are made and checked. */
    public boolean on() {
        return on;
    }

    /** Why a node may not start with this setting and these bootstrap servers; empty when it may. */
    static Optional<String> refusal(String value, String bootstrapServers) {
        String setting = value.trim().toLowerCase(Locale.ROOT);
        if (setting.equals("on")) {
            return Optional.empty();
        }
        if (!setting.equals("off")) {
            return Optional.of("expected on or off");
        }
        return Arrays.stream(bootstrapServers.split(",")).map(String::trim).filter(server -> !server.isEmpty())
                .filter(server -> !loopback(host(server))).findFirst()
                .map(server -> "signatures may be off only with a broker on this machine, and " + server + " is not (DESIGN §11)")
                .or(() -> bootstrapServers.isBlank() ? Optional.of("no Kafka bootstrap servers to check") : Optional.empty());
    }

    private static String host(String server) {
        String address = server.contains("://") ? server.substring(server.indexOf("://") + 3) : server;
        if (address.startsWith("[")) {
            return address.substring(1, Math.max(1, address.indexOf(']')));
        }
        int colon = address.lastIndexOf(':');
        return colon < 0 ? address : address.substring(0, colon);
    }

    private static boolean loopback(String host) {
        try {
            return Arrays.stream(InetAddress.getAllByName(host)).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
