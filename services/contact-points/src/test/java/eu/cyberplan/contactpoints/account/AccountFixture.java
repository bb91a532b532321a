package eu.cyberplan.contactpoints.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cyberplan.testing.TestHttp;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Logins and authenticator codes as a person's client would produce them. */
public record AccountFixture(TestHttp api) {

    static final ObjectMapper JSON = new ObjectMapper();

    public HttpResponse<String> login(String username, String password) {
        return api.post("/api/v1/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    public HttpResponse<String> login(String username, String password, String otp) {
        return api.post("/api/v1/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"otp\":\"" + otp + "\"}");
    }

    public HttpResponse<String> refresh(String refreshToken) {
        return api.post("/api/v1/token/refresh", null, "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refreshToken + "\"}");
    }

    public static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("no JSON: " + response.body(), e);
        }
    }

    public static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return body(response);
    }

    /** The code an authenticator app shows for the base32 secret, {@code stepsAhead} steps from now. */
    public static String code(String base32Secret, int stepsAhead) {
        return new Totp(6).code(decode(base32Secret), Totp.stepAt(Instant.now()) + stepsAhead);
    }

    private static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
