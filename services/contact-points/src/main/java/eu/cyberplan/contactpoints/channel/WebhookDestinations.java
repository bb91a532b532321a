package eu.cyberplan.contactpoints.channel;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link WebhookAddresses} rule as this node applies it: with the operator's settings, this node's own interface
 * addresses and service ports, and the system resolver. Asked when a channel is saved and again before every send,
 * since what a name resolves to can change in between.
 */
@Singleton
public class WebhookDestinations {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDestinations.class);

    private final WebhookAddresses rule;

    public WebhookDestinations(WebhookSettings settings) {
        boolean allowPrivate = settings.allowPrivate();
        boolean allowLoopback = settings.allowLoopback();
        if (allowPrivate || allowLoopback) {
            LOG.warn("Webhooks may post to {}{}: never in production unless a pager gateway on the CERT's own network needs it",
                    allowPrivate ? "private networks" : "", allowLoopback ? (allowPrivate ? " and " : "") + "loopback (tests only)" : "");
        }
        this.rule = new WebhookAddresses(new WebhookAddresses.Policy(allowPrivate, allowLoopback, ownAddresses(), Set.copyOf(settings.ownPorts())),
                host -> Arrays.asList(InetAddress.getAllByName(host)));
    }

    /** Why a channel may not be saved with this webhook URL, or empty (a name that does not resolve yet is judged at send). */
    public Optional<String> refusalToSave(String url) {
        return rule.refusal(url, false);
    }

    /** Why a webhook may not be posted to right now, or empty. */
    public Optional<String> refusalToSend(String url) {
        return rule.refusal(url, true);
    }

    private static Set<InetAddress> ownAddresses() {
        Set<InetAddress> own = new HashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                own.addAll(Collections.list(nic.getInetAddresses()));
            }
        } catch (SocketException e) {
            LOG.warn("Cannot list this node's network interfaces; its own addresses are refused only as loopback or private: {}", e.toString());
        }
        return Set.copyOf(own);
    }
}
