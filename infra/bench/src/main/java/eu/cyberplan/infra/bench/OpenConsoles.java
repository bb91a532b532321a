package eu.cyberplan.infra.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consoles open on the stack while it is measured, as NCPs keep them open during a crisis: each holds its inbox's
 * stream of changes (contact-points) and the case board's (escalation), and at each change reads its inbox or the board
 * again at most four times a second, as the page does. Opened again when a stream ends (every 10 minutes).
 */
final class OpenConsoles implements AutoCloseable {

    private static final long READ_AT_MOST_EVERY_MILLIS = 250;

    private final HttpClient http;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean open = true;

    private OpenConsoles(HttpClient http) {
        this.http = http;
    }

    /** Opens {@code count} consoles, the first as ncp.lv, the next as ncp.lt, and so on over the countries. */
    static OpenConsoles open(int count, List<String> countries, DutyOfficerLogin login, URI contactPoints, URI escalation) {
        OpenConsoles consoles = new OpenConsoles(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build());
        for (int i = 0; i < count; i++) {
            String country = countries.get(i % countries.size());
            String token = login.accessToken("ncp." + country.toLowerCase(java.util.Locale.ROOT), "demo");
            consoles.stream(contactPoints.resolve("/api/v1/inbox/changes"), contactPoints.resolve("/api/v1/inbox?size=50"), token);
            consoles.stream(escalation.resolve("/api/v1/cases/changes"), escalation.resolve("/api/v1/cases"), token);
        }
        return consoles;
    }

    long changes() {
        return changes.get();
    }

    long reads() {
        return reads.get();
    }

    long failures() {
        return failures.get();
    }

    private void stream(URI changesUri, URI readUri, String token) {
        Thread thread = new Thread(() -> {
            while (open) {
                try {
                    follow(changesUri, readUri, token);
                } catch (IOException e) {
                    failures.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "console-" + changesUri.getPath());
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
    }

    private void follow(URI changesUri, URI readUri, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(changesUri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new BenchAborted(changesUri + " answered " + response.statusCode() + " to an open console");
        }
        long lastRead = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && open; line = lines.readLine()) {
                String field = line.replace(" ", "");
                boolean changed = field.equals("event:inbox") || field.equals("event:cases");
                if (changed) {
                    changes.incrementAndGet();
                }
                if ((changed || field.equals("event:ready")) && System.currentTimeMillis() - lastRead >= READ_AT_MOST_EVERY_MILLIS) {
                    lastRead = System.currentTimeMillis();
                    read(readUri, token);
                }
            }
        }
    }

    private void read(URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
            reads.incrementAndGet();
        } else {
            failures.incrementAndGet();
        }
    }

    @Override
    public void close() {
        open = false;
        threads.forEach(Thread::interrupt);
    }
}
