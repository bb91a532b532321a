package eu.cyberplan.platform.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;

import java.util.concurrent.ExecutionException;

/**
 * Which publishing failures belong to the event itself and which to the moment (DESIGN §4). An event the broker
 * refuses for good would be refused on every retry and hold up everything behind it, so it is parked; a broker that
 * is down, slow or misconfigured refuses every event alike, so those are retried in order, never parked.
 */
public final class PublishFailures {

    /** What the relay does about a failed send. */
    public enum Verdict {
        /** The event can never be published as it is: park it, go on with the others. */
        PARK,
        /** The broker or the network failed, not the event: retry it, in order. */
        RETRY,
        /**
         * The topic was not in the metadata within {@code max.block.ms}: either the topic does not exist (park) or
         * the broker is unreachable (retry). Only the broker can tell which.
         */
        ASK_BROKER
    }

    private PublishFailures() {
    }

    public static Verdict verdict(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException || cause instanceof SerializationException
                || cause instanceof InvalidRecordException) {
            return Verdict.PARK;
        }
        if (cause instanceof TimeoutException && cause.getMessage() != null && cause.getMessage().contains("not present in metadata")) {
            return Verdict.ASK_BROKER;
        }
        // Everything else (timeouts, disconnections, authorisation, unknown errors) is a state of the cluster, which
        // an operator fixes once for all events; parking each event it touches would only scatter them.
        return Verdict.RETRY;
    }

    /** The reason stored with a parked event: the refusal as the producer or the broker worded it. */
    public static String reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
