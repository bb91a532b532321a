package eu.cyberplan.platform.inbox;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HandlingFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                // the database or a peer is away: retried without skipping
                arguments("pool timeout (database down)", new CannotCreateTransactionException("no connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms.")), true),
                arguments("connection refused (08001)", new DataAccessException("x", new SQLException("Connection to 127.0.0.1:5432 refused.", "08001")), true),
                arguments("connection lost mid-statement (08006)", new SQLException("An I/O error occurred while sending to the backend.", "08006"), true),
                arguments("server shutting down (57P01)", new SQLException("terminating connection due to administrator command", "57P01"), true),
                arguments("server starting (57P03)", new SQLException("the database system is starting up", "57P03"), true),
                arguments("too many connections (53300)", new SQLException("sorry, too many clients already", "53300"), true),
                arguments("serialization failure (40001)", new SQLException("could not serialize access", "40001"), true),
                arguments("deadlock (40P01)", new SQLException("deadlock detected", "40P01"), true),
                arguments("lock not available (55P03)", new SQLException("could not obtain lock", "55P03"), true),
                arguments("peer unavailable (503)", new HttpClientResponseException("Service Unavailable", HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)), true),
                arguments("peer overloaded (429)", new HttpClientResponseException("Too Many Requests", HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)), true),
                arguments("peer unreachable", new HttpClientException("Connect Error: Connection refused"), true),
                arguments("socket refused, wrapped", new IllegalStateException("call failed", new ConnectException("Connection refused")), true),
                arguments("read timeout", new SocketTimeoutException("Read timed out"), true),
                arguments("interrupted", new IllegalStateException("interrupted", new InterruptedException()), true),
                // the record: parked after bounded retries
                arguments("unique violation (23505)", new DataAccessException("x", new SQLException("duplicate key value violates unique constraint", "23505")), false),
                arguments("check violation (23514)", new SQLException("new row violates check constraint", "23514"), false),
                arguments("not null violation (23502)", new SQLException("null value in column", "23502"), false),
                arguments("value too long (22001)", new SQLException("value too long for type character varying(20)", "22001"), false),
                arguments("invalid text for a type (22P02)", new SQLException("invalid input syntax for type uuid", "22P02"), false),
                arguments("deferred constraint at commit (40002)", new SQLException("integrity constraint violation", "40002"), false),
                arguments("undefined column (42703)", new SQLException("column does not exist", "42703"), false),
                arguments("SQL error without a state", new SQLException("odd"), false),
                arguments("peer refuses the request (422)", new HttpClientResponseException("Unprocessable", HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)), false),
                arguments("peer fails on this request (500)", new HttpClientResponseException("Internal", HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR)), false),
                arguments("unreadable payload", new UncheckedIOException(new java.io.IOException("Unexpected character")), false),
                arguments("domain code", new IllegalArgumentException("unknown country XX"), false),
                arguments("domain code, null", new NullPointerException("incidentId"), false));
    }

    @ParameterizedTest(name = "{0} -> transient: {2}")
    @MethodSource("failures")
    void shouldTellTransientFromDeterministicFailures(String situation, Throwable failure, boolean transientFailure) {
        assertThat(HandlingFailures.isTransient(failure)).isEqualTo(transientFailure);
    }

    @Test
    void shouldGiveTheFailureAndItsRootCauseAsTheReason() {
        String reason = HandlingFailures.reason(new DataAccessException("Error executing SQL UPDATE",
                new SQLException("value too long for type character varying(20)", "22001")));

        assertThat(reason).isEqualTo("DataAccessException: Error executing SQL UPDATE "
                + "(caused by SQLException: value too long for type character varying(20))");
    }

    @Test
    void shouldKeepTheReasonShort() {
        assertThat(HandlingFailures.reason(new IllegalStateException("x".repeat(10_000)))).hasSize(2000);
    }
}
