package eu.cyberplan.contactpoints.channel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP receiver for webhooks, as a national ticketing system would run one: records every request, answers as told. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived: the raw body, byte for byte, is what the signature covers. */
    record Request(String path, String signature, String delivery, byte[] body, Instant at) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests to {@code path} get these statuses in turn, then 200. */
    void answerFirst(String path, Integer... statuses) {
        scripted.put(path, new ConcurrentLinkedDeque<>(List.of(statuses)));
    }

    void answerAlways(String path, int status) {
        always.put(path, status);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("X-CyberPlan-Signature"),
                exchange.getRequestHeaders().getFirst("X-CyberPlan-Delivery"), body, Instant.now()));
        Deque<Integer> next = scripted.get(path);
        Integer status = next == null ? null : next.poll();
        exchange.sendResponseHeaders(status != null ? status : always.getOrDefault(path, 200), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
