package juece.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.engine.RuleFileException;
import juece.pipeline.Checker;

/** A server on 127.0.0.1 at a free port, for one test class, and a client that talks to it over real HTTP. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpServer server;
    final Queue<String> audit = new ConcurrentLinkedQueue<>();
    final URI base;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(byte[] token, int maxRequests, long headerTimeoutMillis, List<Path> rules) throws Exception {
        Checker checker;
        try {
            checker = new Checker(new Checker.Options(LocalDate.now(), null, Severity.ERROR, null, rules,
                    WorkCalendar.load(List.of()), 2, false));
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
        CountDownLatch ready = new CountDownLatch(1);
        server = HttpServer.start(new ServeConfig("127.0.0.1", 0, token, checker, null, 2, maxRequests, 30_000,
                headerTimeoutMillis, audit::add), ready::countDown);
        assertTrue(ready.await(60, TimeUnit.SECONDS), "the rule base was not ready in a minute");
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    static TestServer start() throws Exception {
        return new TestServer(null, ServeConfig.DEFAULT_MAX_REQUESTS, ServeConfig.DEFAULT_HEADER_TIMEOUT_MILLIS, List.of());
    }

    static TestServer start(byte[] token, int maxRequests, long headerTimeoutMillis, List<Path> rules) throws Exception {
        return new TestServer(token, maxRequests, headerTimeoutMillis, rules);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery));
    }

    HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder r = request(pathAndQuery).GET();
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return send(r);
    }

    HttpResponse<byte[]> post(String pathAndQuery, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder r = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return send(r);
    }

    static JsonNode json(HttpResponse<byte[]> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + new String(r.body(), StandardCharsets.UTF_8), e);
        }
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
