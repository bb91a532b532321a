package eu.cyberplan.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A server-sent event stream held open as a console would, its lines collected as they come. */
public final class OpenEventStream implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    public OpenEventStream(Object baseUrl, String path, String authorization) {
        response = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", authorization)
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            Thread reader = new Thread(() -> {
                try {
                    r.body().forEach(lines::add);
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            }, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /** How many events of that name came so far. */
    public long events(String name) {
        return lines.stream().filter(l -> l.replace(" ", "").equals("event:" + name)).count();
    }

    /** Every line so far, the data lines included. */
    public String text() {
        return String.join("\n", lines);
    }

    public int status() throws Exception {
        return response.get(30, TimeUnit.SECONDS).statusCode();
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
