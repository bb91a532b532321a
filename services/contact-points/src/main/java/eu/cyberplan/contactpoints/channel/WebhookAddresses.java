package eu.cyberplan.contactpoints.channel;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a webhook may post (issue 17): only to a public address, so a country's channel list can never make this node
 * post signed alerts to itself, to a cloud metadata endpoint (169.254.169.254), or into the network it runs in. Every
 * address the host resolves to must pass, since the HTTP client may pick any of them. Private ranges (a pager gateway
 * on the CERT's own network) pass only when the operator allows them; loopback only in tests, and never to one of the
 * node's own service ports. Names are resolved by the given {@link Resolver}, so the rule itself does no I/O.
 */
public final class WebhookAddresses {

    /** Resolves a host name to its addresses; throws when it does not resolve. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /**
     * What the operator allows: private ranges ({@code CYBERPLAN_WEBHOOK_ALLOW_PRIVATE}), loopback (tests only), and
     * what counts as this node: its own interface addresses and, on loopback, its own service ports.
     */
    public record Policy(boolean allowPrivate, boolean allowLoopback, Set<InetAddress> ownAddresses, Set<Integer> ownPorts) {
        public static Policy strict() {
            return new Policy(false, false, Set.of(), Set.of());
        }
    }

    private record Block(byte[] prefix, int bits, Kind kind) {
    }

    private enum Kind { PRIVATE, RESERVED }

    // Beyond what InetAddress classifies itself (loopback, link-local, any-local, multicast, site-local).
    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0", 8, Kind.RESERVED),          // "this network"
            block("10.0.0.0", 8, Kind.PRIVATE),
            block("100.64.0.0", 10, Kind.PRIVATE),       // carrier-grade NAT
            block("172.16.0.0", 12, Kind.PRIVATE),
            block("192.0.0.0", 24, Kind.RESERVED),       // IETF protocol assignments
            block("192.168.0.0", 16, Kind.PRIVATE),
            block("198.18.0.0", 15, Kind.PRIVATE),       // benchmarking networks, routed internally
            block("240.0.0.0", 4, Kind.RESERVED),        // reserved, and 255.255.255.255 broadcast
            block("fc00::", 7, Kind.PRIVATE),            // unique local
            block("fec0::", 10, Kind.PRIVATE),           // deprecated site-local
            block("100::", 64, Kind.RESERVED));          // discard-only

    private final Policy policy;
    private final Resolver resolver;

    public WebhookAddresses(Policy policy, Resolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /**
     * Why a webhook may not post to {@code url}, or empty when every address of its host is allowed. A name that does not
     * resolve is refused only when {@code unresolvedRefused} (at send time); when a channel is saved it may not resolve
     * yet, and is judged again before every send.
     */
    public Optional<String> refusal(String url, boolean unresolvedRefused) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("not a URL");
        }
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("names no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            addresses = List.of();
        }
        if (addresses.isEmpty()) {
            return unresolvedRefused ? Optional.of("host " + bare + " does not resolve") : Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address, port);
            if (refused.isPresent()) {
                return Optional.of("host " + bare + " resolves to " + address.getHostAddress() + ", " + refused.get());
            }
        }
        return Optional.empty();
    }

    /** Why this one address and port are refused, or empty. */
    Optional<String> refusal(InetAddress address, int port) {
        InetAddress plain = embeddedIpv4(address).orElse(address);
        if (plain.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (plain.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (plain.isLinkLocalAddress()) {
            return Optional.of("a link-local address (cloud metadata lives there)");
        }
        if (plain.isLoopbackAddress()) {
            if (!policy.allowLoopback()) {
                return Optional.of("a loopback address");
            }
            return policy.ownPorts().contains(port) ? Optional.of("one of this node's own services") : Optional.empty();
        }
        if (policy.ownAddresses().contains(plain) || policy.ownAddresses().contains(address)) {
            return Optional.of("this node's own address");
        }
        Kind kind = plain.isSiteLocalAddress() ? Kind.PRIVATE : kindOf(plain);
        if (kind == Kind.RESERVED) {
            return Optional.of("a reserved address");
        }
        if (kind == Kind.PRIVATE && !policy.allowPrivate()) {
            return Optional.of("a private address (allowed only with CYBERPLAN_WEBHOOK_ALLOW_PRIVATE=true)");
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address an IPv6 one carries: IPv4-mapped ({@code ::ffff:a.b.c.d}, which Java mostly unwraps itself),
     * IPv4-compatible ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::/96}) and 6to4 ({@code 2002:AABB:CCDD::/16}) all reach
     * that IPv4 host, so they are judged as it.
     */
    static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean zeros80 = allZero(b, 0, 10);
        boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16) && !(allZero(b, 12, 15) && b[15] <= 1);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Optional.of(ipv4(Arrays.copyOfRange(b, 12, 16)));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(ipv4(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    private static Kind kindOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Block block : BLOCKS) {
            if (block.prefix().length == bytes.length && matches(bytes, block.prefix(), block.bits())) {
                return block.kind();
            }
        }
        return null;
    }

    private static boolean matches(byte[] address, byte[] prefix, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Block block(String literal, int bits, Kind kind) {
        try {
            // A literal is parsed, never looked up.
            return new Block(InetAddress.getByName(literal).getAddress(), bits, kind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
