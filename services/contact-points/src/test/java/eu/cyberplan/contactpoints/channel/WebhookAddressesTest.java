package eu.cyberplan.contactpoints.channel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a webhook may post: addresses (IPv4, IPv6, mapped and embedded) and names, with what the operator allows. */
class WebhookAddressesTest {

    // Names resolve here from a table, never through DNS.
    private static final Map<String, List<String>> NAMES = Map.of(
            "pager.cert.lv.example", List.of("193.40.1.10"),
            "metadata.cloud.example", List.of("169.254.169.254"),
            "localhost", List.of("127.0.0.1", "::1"),
            "gateway.cert.ee.example", List.of("10.20.0.7"),
            "split.example", List.of("193.40.1.11", "192.168.1.1"),
            "v6.cert.fi.example", List.of("2001:67c:1::10"),
            "rebind.example", List.of("0.0.0.0"));
    private static final WebhookAddresses.Resolver RESOLVER = host -> {
        List<String> found = NAMES.get(host);
        if (found == null) {
            if (host.matches("[0-9.]+|.*:.*")) {
                return List.of(InetAddress.getByName(host)); // a literal: parsed, not looked up
            }
            throw new UnknownHostException(host);
        }
        return found.stream().map(WebhookAddressesTest::parse).toList();
    };
    private static final InetAddress OWN = parse("193.40.1.99");

    @ParameterizedTest(name = "{0} (private allowed: {1}, loopback allowed: {2}) → {3}")
    @CsvSource(delimiter = '|', value = {
            // public addresses and names
            "https://193.40.1.10/hook                 | false | false | ok",
            "https://pager.cert.lv.example/hook       | false | false | ok",
            "https://[2001:67c:1::10]/hook            | false | false | ok",
            "https://v6.cert.fi.example:8443/hook     | false | false | ok",
            // loopback, unspecified, link-local, multicast, reserved: always refused without the test allowance
            "http://127.0.0.1:8083/hook               | false | false | a loopback address",
            "http://127.7.7.7/hook                    | true  | false | a loopback address",
            "http://localhost:9999/hook               | true  | false | a loopback address",
            "http://[::1]/hook                        | true  | false | a loopback address",
            "http://0.0.0.0/hook                      | true  | true  | an unspecified address",
            "http://[::]/hook                         | true  | true  | an unspecified address",
            "http://rebind.example/hook               | true  | true  | an unspecified address",
            "http://169.254.169.254/latest/meta-data  | true  | true  | a link-local address",
            "http://metadata.cloud.example/           | true  | true  | a link-local address",
            "http://[fe80::1]/hook                    | true  | true  | a link-local address",
            "http://224.0.0.1/hook                    | true  | true  | a multicast address",
            "http://[ff02::1]/hook                    | true  | true  | a multicast address",
            "http://255.255.255.255/hook              | true  | true  | a reserved address",
            "http://240.0.0.1/hook                    | true  | true  | a reserved address",
            "http://0.1.2.3/hook                      | true  | true  | a reserved address",
            // private ranges: only with CYBERPLAN_WEBHOOK_ALLOW_PRIVATE
            "http://10.0.0.7:8080/pager               | false | false | a private address",
            "http://10.0.0.7:8080/pager               | true  | false | ok",
            "http://172.16.0.1/hook                   | false | false | a private address",
            "http://172.31.255.254/hook               | false | false | a private address",
            "http://172.32.0.1/hook                   | false | false | ok",
            "http://192.168.1.1/hook                  | false | false | a private address",
            "http://100.64.0.1/hook                   | false | false | a private address",
            "http://100.128.0.1/hook                  | false | false | ok",
            "http://[fd00::1]/hook                    | false | false | a private address",
            "http://[fc00::1]/hook                    | true  | false | ok",
            "http://gateway.cert.ee.example/hook      | false | false | a private address",
            "http://gateway.cert.ee.example/hook      | true  | false | ok",
            // every address of a name must pass
            "http://split.example/hook                | false | false | a private address",
            // IPv6 forms that carry an IPv4 host are judged as that host
            "http://[::ffff:127.0.0.1]/hook           | false | false | a loopback address",
            "http://[::ffff:169.254.169.254]/hook     | true  | true  | a link-local address",
            "http://[::ffff:10.1.2.3]/hook            | false | false | a private address",
            "http://[::ffff:193.40.1.10]/hook         | false | false | ok",
            "http://[::127.0.0.1]/hook                | false | false | a loopback address",
            "http://[64:ff9b::a9fe:a9fe]/hook         | true  | true  | a link-local address",
            "http://[2002:7f00:1::1]/hook             | false | false | a loopback address",
            "http://[2002:c128:10a::1]/hook           | false | false | ok",
            // this node: its own address, and on loopback (tests) its own service ports
            "http://193.40.1.99/hook                  | true  | true  | this node's own address",
            "http://127.0.0.1:8083/hook               | false | true  | one of this node's own services",
            "http://127.0.0.1/hook                    | false | true  | one of this node's own services",
            "http://127.0.0.1:40123/hook              | false | true  | ok",
            // names that do not resolve: refused at send time (saving one is allowed: it is judged again before every send)
            "https://nowhere.example/hook             | true  | true  | does not resolve"
    })
    void shouldRefuseEveryAddressThatIsNotPublic(String url, boolean allowPrivate, boolean allowLoopback, String expected) {
        WebhookAddresses rule = new WebhookAddresses(new WebhookAddresses.Policy(allowPrivate, allowLoopback, Set.of(OWN),
                Set.of(80, 8081, 8083, 5432)), RESOLVER);
        Optional<String> refusal = rule.refusal(url, true);
        if ("ok".equals(expected)) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).get().asString().contains(expected);
        }
    }

    private static InetAddress parse(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @Test
    void shouldLetANameThatDoesNotResolveYetBeSavedButNotSentTo() {
        WebhookAddresses rule = new WebhookAddresses(WebhookAddresses.Policy.strict(), RESOLVER);
        assertThat(rule.refusal("https://nowhere.example/hook", false)).isEmpty();
        assertThat(rule.refusal("https://nowhere.example/hook", true)).get().asString().contains("does not resolve");
        assertThat(rule.refusal("http://metadata.cloud.example/", false)).get().asString().contains("link-local");
    }
}
