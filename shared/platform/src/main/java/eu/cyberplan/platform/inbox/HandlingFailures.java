package eu.cyberplan.platform.inbox;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Whether a listener's failure belongs to the moment or to the record (DESIGN §4, §10). A transient failure (the
 * database or a service it calls is away) is retried without skipping anything, however long it lasts; a
 * deterministic one (a constraint, a value PostgreSQL refuses, domain code throwing) would fail the same way on every
 * retry, so after a few attempts its record is parked and the partition moves on.
 */
public final class HandlingFailures {

    // SQLSTATE classes of the moment, not of the statement: 08 connection, 53 insufficient resources, 57 operator
    // intervention (shutdown, "cannot connect now"), 58 system (I/O) errors.
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "53", "57", "58");
    // Serialisation failure, deadlock, unknown completion, lock not available: the same statement succeeds later.
    // (40002, a deferred constraint refused at commit, is in class 40 too, and is the record's fault.)
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "40003", "55P03");
    private static final Set<Integer> TRANSIENT_HTTP_STATUSES = Set.of(408, 425, 429, 502, 503, 504);

    private HandlingFailures() {
    }

    /** True when anything in the cause chain says the failure is of the moment; else the record is to blame. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2) {
            return TRANSIENT_SQL_STATES.contains(sql.getSQLState())
                    || TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2));
        }
        if (cause instanceof HttpClientResponseException response) {
            return TRANSIENT_HTTP_STATUSES.contains(response.code());
        }
        // No answer at all (connection refused or reset, timeout, name not resolved): the other side is away, not the
        // request wrong. Other IOExceptions (an unreadable payload) are the record's.
        return cause instanceof HttpClientException || cause instanceof SocketException || cause instanceof SocketTimeoutException
                || cause instanceof UnknownHostException || cause instanceof HttpTimeoutException || cause instanceof InterruptedException;
    }

    /** The reason stored with a parked record: the failure and, when it differs, its root cause. */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (root != failure) {
            reason += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }
}
