package eu.cyberplan.platform.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;

/**
 * The database cannot be reached: 503 with Retry-After, not a 500. The transaction did not commit, so the client
 * (or its Idempotency-Key retry) may simply try again.
 */
public final class DatabaseUnavailableHandler {

    private DatabaseUnavailableHandler() {
    }

    static MutableHttpResponse<Problem> unavailable() {
        return ProblemResponses.of(HttpStatus.SERVICE_UNAVAILABLE, "the database is unavailable; nothing was changed, try again shortly", List.of())
                .header("Retry-After", "5");
    }

    /** SQLSTATE class 08 (connection exception) or 57P (operator intervention: the server is shutting down). */
    static boolean connectionLost(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** No connection could be had from the pool. */
    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    public static class NoConnection implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
            LoggerFactory.getLogger(DatabaseUnavailableHandler.class).warn("No database connection for {} {}: {}", request.getMethodName(),
                    request.getPath(), exception.toString());
            return unavailable();
        }
    }

    /** A pooled connection broke when the transaction began or ended. */
    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    public static class BrokenConnection implements ExceptionHandler<ConnectionException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConnectionException exception) {
            if (exception instanceof io.micronaut.data.connection.exceptions.NoConnectionException) {
                // Not the database going away: code that reads outside its transaction. A bug, so a 500 that says so in the log.
                LoggerFactory.getLogger(DatabaseUnavailableHandler.class).error("No transaction for {} {}", request.getMethodName(),
                        request.getPath(), exception);
                return ProblemResponses.of(HttpStatus.INTERNAL_SERVER_ERROR, "the request could not be completed", List.of());
            }
            LoggerFactory.getLogger(DatabaseUnavailableHandler.class).warn("Database connection broke for {} {}", request.getMethodName(),
                    request.getPath(), exception);
            return unavailable();
        }
    }

    /** A statement failed because the connection went away; any other data access failure stays a 500. */
    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    public static class LostDuringStatement implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
            if (connectionLost(exception)) {
                return unavailable();
            }
            LoggerFactory.getLogger(DatabaseUnavailableHandler.class).error("Data access failed for {} {}", request.getMethodName(), request.getPath(), exception);
            return ProblemResponses.of(HttpStatus.INTERNAL_SERVER_ERROR, "the request could not be completed; nothing was changed", List.of());
        }
    }
}
