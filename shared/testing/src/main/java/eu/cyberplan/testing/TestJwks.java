package eu.cyberplan.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tests' identity provider: an RSA key made for this JVM (never stored, so no secret in the repo)
 * and its public JWKS served over HTTP, so services validate test tokens exactly as they validate real ones.
 */
final class TestJwks {

    static final String ISSUER = "cyberplan-test";
    static final RSAKey KEY = generate();
    private static final String URL = serve();
    private static final String TRUST_FILE = writeTrustFile();
    private static final String EVENT_KEY_DIR = writeEventKeyDir();

    private TestJwks() {
    }

    static String url() {
        return URL;
    }

    /** A trust list (DESIGN §11) naming the tests' issuer for every country. */
    static String trustFile() {
        return TRUST_FILE;
    }

    /** A key directory (DESIGN §11) whose only event key is the test key, active since 1970. */
    static String eventKeyDir() {
        return EVENT_KEY_DIR;
    }

    private static String writeEventKeyDir() {
        try {
            Path directory = Files.createTempDirectory("cyberplan-test-event-keys");
            directory.toFile().deleteOnExit();
            Path key = Files.writeString(directory.resolve("events-0.json"), KEY.toJSONString());
            key.toFile().deleteOnExit();
            return directory.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test event key", e);
        }
    }

    private static String writeTrustFile() {
        // Any country: tests also send tokens of observers and of unknown countries, to see them refused by the service.
        String json = "[{\"node\": \"" + TestEventSignatures.NODE + "\", \"issuer\": \"" + ISSUER + "\", \"jwksUrl\": \"" + URL + "\", \"countries\": [\"*\"]}]";
        try {
            Path file = Files.createTempFile("cyberplan-trust-", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, json);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test trust list", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("cyberplan-test").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate the test RSA key", e);
        }
    }

    private static String serve() {
        try {
            byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/keys", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/keys";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the test JWKS", e);
        }
    }
}
