package eu.cyberplan.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry: hex SHA-256 over the UTF-8 bytes of its fixed text form, which covers the previous
 * entry's hash and every other column of the entry:
 * <pre>
 * cyberplan-audit-v1
 * prev_hash
 * id
 * at
 * actor
 * actor_country
 * action
 * target_type
 * target_id
 * country
 * detail
 * </pre>
 * one field a line, each written as {@code <length in UTF-16 units>:<value>}, or {@code -} for SQL NULL, so no value
 * can be shifted into its neighbour and NULL differs from the empty text. {@code id} is decimal; {@code at} is the
 * ISO-8601 instant in UTC as {@link java.time.Instant#toString()} writes it (PostgreSQL keeps microseconds, so the
 * writer truncates to them); {@code detail} is the {@code jsonb} column's text output ({@code detail::text}), which
 * PostgreSQL writes the same way for the same value. The first entry of a chain has a NULL {@code prev_hash}.
 */
public final class ChainHash {

    static final String VERSION = "cyberplan-audit-v1";

    private ChainHash() {
    }

    public static String of(String prevHash, AuditEntry entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(textForm(prevHash, entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String textForm(String prevHash, AuditEntry entry) {
        StringBuilder text = new StringBuilder(VERSION);
        for (Object field : new Object[]{prevHash, entry.id(), entry.at(), entry.actor(), entry.actorCountry(), entry.action(),
                entry.targetType(), entry.targetId(), entry.country(), entry.detail()}) {
            text.append('\n');
            if (field == null) {
                text.append('-');
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value);
            }
        }
        return text.toString();
    }
}
