package eu.cyberplan.contactpoints.channel;

import eu.cyberplan.platform.problem.FieldError;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a country's list of channels must satisfy, every broken rule named by the field the client wrote
 * ({@code channels[1].address}). Plain http webhooks are accepted on purpose: pager gateways often sit on a local network
 * (which then needs {@code CYBERPLAN_WEBHOOK_ALLOW_PRIVATE}).
 */
public final class ChannelRules {

    static final int MIN_SECRET = 32;
    static final int MAX_SECRET = 512;
    static final int MAX_ADDRESS = 2000;
    static final int MAX_CHANNELS = 20;

    private ChannelRules() {
    }

    /**
     * The errors of a list; {@code keptSecrets} are the {@link #key(Route, String)}s of webhooks whose secret may be kept;
     * {@code destination} says why a well-formed webhook URL may not be posted to ({@link WebhookAddresses}), or nothing.
     */
    public static List<FieldError> check(ChannelsUpdate update, Set<String> keptSecrets, Function<String, Optional<String>> destination) {
        List<FieldError> errors = new ArrayList<>();
        if (update == null || update.channels() == null) {
            return List.of(new FieldError("channels", "required: the whole list of the country's channels (may be empty)"));
        }
        if (update.channels().size() > MAX_CHANNELS) {
            return List.of(new FieldError("channels", "at most " + MAX_CHANNELS + " channels"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < update.channels().size(); i++) {
            String at = "channels[" + i + "]";
            ChannelRequest channel = update.channels().get(i);
            if (channel == null) {
                errors.add(new FieldError(at, "required"));
                continue;
            }
            Route route = parse(Route.class, channel.route());
            ChannelKind kind = parse(ChannelKind.class, channel.kind());
            if (route == null) {
                errors.add(new FieldError(at + ".route", "must be PRIMARY, BACKUP or LIAISON"));
            }
            if (kind == null) {
                errors.add(new FieldError(at + ".kind", "must be WEBHOOK or EMAIL"));
                continue;
            }
            String addressProblem = kind == ChannelKind.WEBHOOK ? webhookProblem(channel.address()) : emailProblem(channel.address());
            if (addressProblem == null && kind == ChannelKind.WEBHOOK) {
                addressProblem = destination.apply(channel.address()).map(reason -> "must be a public address: " + reason).orElse(null);
            }
            if (addressProblem != null) {
                errors.add(new FieldError(at + ".address", addressProblem));
            }
            String secretProblem = secretProblem(kind, channel.secret(), route != null && keptSecrets.contains(key(route, channel.address())));
            if (secretProblem != null) {
                errors.add(new FieldError(at + ".secret", secretProblem));
            }
            Integer first = seen.putIfAbsent(route + " " + kind + " " + channel.address(), i);
            if (first != null) {
                errors.add(new FieldError(at, "the same channel as channels[" + first + "]"));
            }
        }
        return errors;
    }

    /** How a webhook's secret is found again: by route and URL. */
    static String key(Route route, String address) {
        return route + " " + address;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String webhookProblem(String address) {
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
            return "required: an http(s) URL of at most " + MAX_ADDRESS + " characters";
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return "must be an http or https URL";
            }
            if (uri.getHost() == null) {
                return "must name a host";
            }
            if (uri.getUserInfo() != null) {
                return "must carry no credentials: the secret signs each request";
            }
            return null;
        } catch (URISyntaxException e) {
            return "not a URL: " + e.getReason();
        }
    }

    /** Whether the text is a plain e-mail address (no display name, no route), as a channel's address must be. */
    public static boolean plainEmail(String address) {
        return emailProblem(address) == null;
    }

    private static String emailProblem(String address) {
        if (address == null || address.isBlank() || address.length() > 254) {
            return "required: an e-mail address";
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            // A display name or a route would make the stored address something else than what was written.
            return parsed.getPersonal() == null && address.equals(parsed.getAddress()) && address.indexOf('@') > 0
                    ? null : "must be a plain e-mail address like ncp@cert.lv.example";
        } catch (AddressException e) {
            return "not a valid e-mail address";
        }
    }

    private static String secretProblem(ChannelKind kind, String secret, boolean canKeep) {
        if (kind == ChannelKind.EMAIL) {
            return secret == null || secret.isEmpty() ? null : "only a webhook has a secret";
        }
        if (secret == null) {
            return canKeep ? null : "required for a webhook: at least " + MIN_SECRET + " characters";
        }
        if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            return "must be " + MIN_SECRET + " to " + MAX_SECRET + " characters";
        }
        return null;
    }
}
