package eu.cyberplan.platform.security.trust;

import com.nimbusds.jose.jwk.JWKSet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;

/** Where an issuer's public keys come from; over HTTP in production, anything in a unit test. */
@FunctionalInterface
public interface JwksSource {

    JWKSet fetch(String url) throws IOException, ParseException, InterruptedException;

    /** GET with a short timeout: a slow provider must not hold the requests that wait for its keys. */
    static JwksSource http(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        return url -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json").GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("JWKS at " + url + " answered " + response.statusCode());
            }
            return JWKSet.parse(response.body());
        };
    }
}
