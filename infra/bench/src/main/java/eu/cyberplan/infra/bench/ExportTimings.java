package eu.cyberplan.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Times one export endpoint, one request after another: how long a CSIRT waits for a bundle. */
final class ExportTimings {

    private final HttpClient http;
    private final String bearer;

    ExportTimings(HttpClient http, String accessToken) {
        this.http = http;
        this.bearer = "Bearer " + accessToken;
    }

    record Result(LatencySamples latencies, long bytes) {
    }

    Result run(URI uri, int warmup, int measured) throws Exception {
        long bytes = 0;
        LatencySamples latencies = new LatencySamples();
        for (int i = 0; i < warmup + measured; i++) {
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - sent;
            if (response.statusCode() != 200) {
                throw new BenchAborted(uri + " answered " + response.statusCode() + ": " + new String(response.body()));
            }
            bytes = response.body().length;
            if (i >= warmup) {
                latencies.record(took);
            }
        }
        return new Result(latencies, bytes);
    }
}
