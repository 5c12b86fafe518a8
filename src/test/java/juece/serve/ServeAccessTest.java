package juece.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import juece.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe by default: the loopback unless a token is given; with one, /v1/ needs it; a stop lets requests in flight finish. */
class ServeAccessTest {
    private static final byte[] TOKEN = "s3cret-token-for-the-oa-system".getBytes(StandardCharsets.UTF_8);

    private record Run(int exit, String err) {
    }

    private static Run serve(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = Main.run(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAddressOffTheLoopbackNeedsAToken(@TempDir Path dir) throws IOException {
        Run open = serve("--host", "0.0.0.0", "--port", "0");
        assertEquals(2, open.exit());
        assertTrue(open.err().contains("--token-file") && open.err().contains("回环地址"), open.err());
        Files.writeString(dir.resolve("short"), "abc\n");
        Run weak = serve("--host", "0.0.0.0", "--port", "0", "--token-file", dir.resolve("short").toString());
        assertEquals(2, weak.exit());
        assertTrue(weak.err().contains("16"), weak.err());
        assertEquals(2, serve("--token-file", dir.resolve("absent").toString()).exit());
        assertEquals(2, serve("--port", "70000").exit());
        assertEquals(2, serve("--profile", "atlantis").exit());
    }

    @Test
    void withATokenEveryV1RequestNeedsIt() throws Exception {
        try (TestServer s = TestServer.start(TOKEN, 8, 10_000, List.of())) {
            HttpResponse<byte[]> none = s.get("/v1/rules");
            assertEquals(401, none.statusCode());
            assertEquals("Bearer realm=\"juece\"", none.headers().firstValue("WWW-Authenticate").orElse(null));
            assertEquals("urn:juece:problem:unauthorized", TestServer.json(none).get("type").asText());
            assertEquals(401, s.get("/v1/rules", "Authorization", "Bearer wrong-token-of-the-same-size").statusCode());
            assertEquals(401, s.get("/v1/nowhere").statusCode(), "a path under /v1/ is not told apart without the token");
            assertEquals(401, s.post("/v1/check", "application/yaml", new byte[1]).statusCode());
            assertEquals(200, s.get("/v1/rules", "Authorization", "Bearer " + new String(TOKEN, StandardCharsets.UTF_8)).statusCode());
            assertEquals(200, s.get("/v1/rules", "Authorization", "bearer " + new String(TOKEN, StandardCharsets.UTF_8)).statusCode());
            assertEquals(200, s.get("/healthz").statusCode());
            assertEquals(200, s.get("/").statusCode());
            HttpResponse<byte[]> cors = s.get("/v1/rules", "Origin", "http://elsewhere.example",
                    "Authorization", "Bearer " + new String(TOKEN, StandardCharsets.UTF_8));
            assertTrue(cors.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("access-control")),
                    cors.headers().map().toString());
        }
    }

    @Test
    void aStopLetsTheRequestsInFlightFinish() throws Exception {
        byte[] bus = Files.readAllBytes(Path.of("cases/md-bus-fare-reform/dossier.yaml"));
        TestServer s = TestServer.start(null, 8, 10_000, List.of());
        int port = s.server.port();
        try (Socket inFlight = new Socket("127.0.0.1", port)) {
            inFlight.setSoTimeout(10_000);
            inFlight.getOutputStream().write(("POST /v1/check?as_of=2024-06-30 HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
                    + "Content-Length: " + bus.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            inFlight.getOutputStream().write(bus, 0, 10);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (s.server.requestsInFlight() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5); // until the server has the request (a loaded machine may take a while)
            }
            assertEquals(1, s.server.requestsInFlight());
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
                try {
                    s.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            try (Socket late = new Socket("127.0.0.1", port)) {
                throw new AssertionError("a stopping server took a new connection");
            } catch (ConnectException e) {
                // no new connections while stopping
            }
            inFlight.getOutputStream().write(bus, 10, bus.length - 10);
            InputStream in = inFlight.getInputStream();
            String answer = new String(in.readNBytes(15), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 200 OK", answer);
            stopping.get(20, TimeUnit.SECONDS);
        }
    }
}
