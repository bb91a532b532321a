package eu.cyberplan.contactpoints.channel;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The signature of a webhook request: {@code X-CyberPlan-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 over
 * "<t>.<raw body>">} with the channel's secret. The timestamp lets receivers refuse replays. Plain JDK code, so a
 * receiver can copy {@link #verify}.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-CyberPlan-Signature";
    public static final String DELIVERY_HEADER = "X-CyberPlan-Delivery";

    private WebhookSignature() {
    }

    /** The header value for this body, signed at {@code unixSeconds}. */
    public static String sign(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, unixSeconds, body));
    }

    /** True when the header holds a v1 signature of exactly this body by this secret, made within {@code tolerance} of now. */
    public static boolean verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long timestamp = null;
        byte[] given = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                timestamp = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1") && pair[1].matches("[0-9a-f]{64}")) {
                given = HexFormat.of().parseHex(pair[1]);
            }
        }
        if (timestamp == null || given == null || Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        // Constant time, so the comparison tells an attacker nothing about how much of a forgery was right.
        return MessageDigest.isEqual(hmac(secret, timestamp, body), given);
    }

    private static byte[] hmac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
