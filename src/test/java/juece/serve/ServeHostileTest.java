package juece.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests built to hurt: each gets its status and problem JSON at once, and the server keeps
 * answering everyone else. This server takes 2 checks at once and gives a new connection 1.5 s to
 * send its first request's headers.
 */
class ServeHostileTest {
    private static final Path BUS = Path.of("cases/md-bus-fare-reform/dossier.yaml");
    private static final int MAX_REQUESTS = 2;
    private static final long HEADER_TIMEOUT_MILLIS = 1500;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(null, MAX_REQUESTS, HEADER_TIMEOUT_MILLIS, List.of());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode problem(HttpResponse<byte[]> r, int status, String kind) {
        assertEquals(status, r.statusCode(), TestServer.text(r));
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(null));
        JsonNode p = TestServer.json(r);
        assertEquals("urn:juece:problem:" + kind, p.get("type").asText(), p.toString());
        return p;
    }

    @Test
    void aBodyOverItsLimitIs413() {
        byte[] big = new byte[UploadLimits.DOSSIER_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        problem(server.post("/v1/check", "application/yaml", big), 413, "too-large");
        // chunked: the length is known only as it comes
        HttpResponse<byte[]> chunked = server.send(server.request("/v1/check").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        problem(chunked, 413, "too-large");
        byte[] upload = new byte[UploadLimits.UPLOAD_BYTES + 1];
        problem(server.post("/v1/check", "application/zip", upload), 413, "too-large");
    }

    @Test
    void aHugeDeclaredLengthIs413BeforeAnyByteIsSent() throws IOException {
        try (Socket s = socket()) {
            s.getOutputStream().write(("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\n"
                    + "Content-Length: 1073741824\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = read(s);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("urn:juece:problem:too-large"), answer);
        }
    }

    @Test
    void aZipBombIs413NamingTheEntry() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("case/dossier.yaml"));
            zip.write(Files.readAllBytes(BUS));
            zip.putNextEntry(new ZipEntry("case/evidence/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(bytes.size() < 100_000);
        JsonNode p = problem(server.post("/v1/check", "application/zip", bytes.toByteArray()), 413, "too-large");
        assertEquals("case/evidence/zeros.bin", p.get("errors").get(0).get("entry").asText());
        assertTrue(p.get("detail").asText().contains("压缩炸弹"), p.toString());
    }

    @Test
    void aZipOverItsEntriesOrExpansionIs413() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= UploadLimits.ENTRIES; i++) {
            many.put("f" + i + ".txt", new byte[] {1});
        }
        problem(server.post("/v1/check", "application/zip", ServeApiTest.zip(many, StandardCharsets.UTF_8)), 413, "too-large");
        Map<String, byte[]> wide = new LinkedHashMap<>();
        byte[] mib = new byte[1024 * 1024]; // 1 MiB each, under the ratio's threshold: only the total is over
        for (int i = 0; i < 70; i++) {
            wide.put("evidence/f" + i + ".bin", mib);
        }
        JsonNode p = problem(server.post("/v1/check", "application/zip", ServeApiTest.zip(wide, StandardCharsets.UTF_8)), 413, "too-large");
        assertTrue(p.get("detail").asText().contains(String.valueOf(UploadLimits.EXPANDED_BYTES)), p.toString());
        Map<String, byte[]> bigDossier = Map.of("d.yaml", new byte[UploadLimits.DOSSIER_BYTES + 1]);
        p = problem(server.post("/v1/check", "application/zip", ServeApiTest.zip(bigDossier, StandardCharsets.UTF_8)), 413, "too-large");
        assertEquals("d.yaml", p.get("errors").get(0).get("entry").asText());
    }

    @Test
    void zipEntriesThatLeadOutsideAreRefusedByName() throws IOException {
        for (String name : List.of("../../etc/evil.yaml", "case/../../evil.yaml", "/etc/passwd", "C:/Windows/evil.yaml", "case\\..\\..\\evil.yaml")) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("case/dossier.yaml", Files.readAllBytes(BUS));
            files.put(name, new byte[] {1});
            JsonNode p = problem(server.post("/v1/check", "application/zip", ServeApiTest.zip(files, StandardCharsets.UTF_8)), 400, "unsafe-entry");
            assertEquals(name, p.get("errors").get(0).get("entry").asText(), name);
            assertTrue(p.get("detail").asText().contains(name), p.toString());
        }
        Map<String, byte[]> linked = new LinkedHashMap<>();
        linked.put("case/dossier.yaml", Files.readAllBytes(BUS));
        linked.put("case/evidence/minutes.pdf", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        byte[] zip = withUnixMode(ServeApiTest.zip(linked, StandardCharsets.UTF_8), "case/evidence/minutes.pdf", 0120777);
        JsonNode p = problem(server.post("/v1/check", "application/zip", zip), 400, "unsafe-entry");
        assertEquals("case/evidence/minutes.pdf", p.get("errors").get(0).get("entry").asText());
        assertTrue(p.get("detail").asText().contains("符号链接"), p.toString());
        problem(server.post("/v1/check", "application/zip", "not a zip at all".getBytes(StandardCharsets.UTF_8)), 400, "bad-upload");
        byte[] truncated = Arrays.copyOf(ServeApiTest.zip(Map.of("d.yaml", Files.readAllBytes(BUS)), StandardCharsets.UTF_8), 200);
        problem(server.post("/v1/check", "application/zip", truncated), 400, "bad-upload");
        problem(server.post("/v1/check", "application/zip", ServeApiTest.zip(Map.of("readme.txt", new byte[1]), StandardCharsets.UTF_8)), 400, "no-dossier");
    }

    /** The zip with the central directory's entry {@code name} given the Unix file mode {@code mode}, as zip -y writes a link. */
    private static byte[] withUnixMode(byte[] zip, String name, int mode) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (b.getInt(at) == 0x02014b50 && Short.toUnsignedInt(b.getShort(at + 28)) == wanted.length
                    && Arrays.equals(Arrays.copyOfRange(zip, at + 46, at + 46 + wanted.length), wanted)) {
                b.putShort(at + 4, (short) (3 << 8 | 20)); // made by Unix
                b.putInt(at + 38, mode << 16);
                return zip;
            }
        }
        throw new AssertionError("no entry " + name);
    }

    @Test
    void slowClientsHoldNothingAndAreCutOff() throws Exception {
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean dripping = new AtomicBoolean(true);
        ExecutorService drip = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = socket();
                s.getOutputStream().write('G');
                slow.add(s);
            }
            byte[] rest = "ET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.US_ASCII);
            Future<?> dripper = drip.submit(() -> {
                for (int i = 0; i < rest.length && dripping.get(); i++) {
                    for (Socket s : slow) {
                        try {
                            s.getOutputStream().write(rest[i]);
                        } catch (IOException e) {
                            // cut off: what the test waits for
                        }
                    }
                    sleep(100);
                }
            });
            long start = System.nanoTime();
            byte[] bus = Files.readAllBytes(BUS);
            for (int i = 0; i < 10; i++) {
                assertEquals(200, server.get("/healthz").statusCode());
                assertEquals(200, server.post("/v1/check?as_of=2024-06-30", "application/yaml", bus).statusCode());
            }
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "normal requests waited behind slow ones");
            // past the header deadline every slow connection is closed
            for (Socket s : slow) {
                s.setSoTimeout((int) HEADER_TIMEOUT_MILLIS * 3);
                try (InputStream in = s.getInputStream()) {
                    assertEquals(-1, in.read(), "a slow connection still open");
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a slow connection still open after " + 3 * HEADER_TIMEOUT_MILLIS + " ms", e);
                } catch (IOException e) {
                    // reset: closed too
                }
            }
            dripping.set(false);
            dripper.get(10, TimeUnit.SECONDS);
        } finally {
            dripping.set(false);
            drip.shutdownNow();
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void beyondItsChecksTheServerAnswers503AtOnce() throws Exception {
        byte[] bus = Files.readAllBytes(BUS);
        Multipart batch = new Multipart();
        for (int i = 0; i < 500; i++) {
            batch.file("dossier", "d" + i + ".yaml", bus);
        }
        byte[] big = batch.bytes();
        for (int attempt = 0; ; attempt++) {
            // three long checks for two places: wait until both places are taken, then ask once more
            List<java.util.concurrent.CompletableFuture<HttpResponse<byte[]>>> running = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                running.add(server.client.sendAsync(server.request("/v1/check?as_of=2024-06-30").header("Content-Type", batch.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.server.checksAdmitted() < MAX_REQUESTS && System.nanoTime() < deadline && !running.stream().allMatch(f -> f.isDone())) {
                Thread.onSpinWait();
            }
            boolean full = server.server.checksAdmitted() == MAX_REQUESTS;
            long start = System.nanoTime();
            HttpResponse<byte[]> r = full ? server.post("/v1/check?as_of=2024-06-30", "application/yaml", bus) : null;
            long millis = (System.nanoTime() - start) / 1_000_000;
            for (var f : running) {
                int status = f.get(60, TimeUnit.SECONDS).statusCode();
                assertTrue(status == 200 || status == 503, "status " + status);
            }
            if (r == null || r.statusCode() == 200) { // the long checks ended first: the machine was too fast this time
                assertTrue(attempt < 3, "never saw both places taken");
                continue;
            }
            problem(r, 503, "overloaded");
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
            assertTrue(millis < 2000, "the 503 took " + millis + " ms");
            break;
        }
        assertEquals(200, server.get("/healthz").statusCode(), "health is not a check");
        assertEquals(200, server.post("/v1/check?as_of=2024-06-30", "application/yaml", bus).statusCode(), "the places were not given back");
    }

    @Test
    void malformedRequestsAreProblemsToo() throws IOException {
        for (String raw : List.of("GARBAGE\r\n\r\n", "GET /v1/%2e%2e/rules HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")) {
            try (Socket s = socket()) {
                s.getOutputStream().write(raw.getBytes(StandardCharsets.US_ASCII));
                String answer = read(s);
                assertTrue(answer.matches("(?s)HTTP/1.1 4\\d\\d .*"), answer);
                assertTrue(answer.contains("Content-Type: application/problem+json"), answer);
                assertFalse(answer.toLowerCase(java.util.Locale.ROOT).contains("<html"), answer);
            }
        }
    }

    @Test
    void randomBytesAsAZipNeverBreakTheServer() {
        Random random = new Random(18);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[random.nextInt(2000)];
            random.nextBytes(junk);
            if (i % 2 == 0 && junk.length > 30) { // a plausible start, to get past the first check
                junk[0] = 'P';
                junk[1] = 'K';
                junk[2] = 3;
                junk[3] = 4;
            }
            int status = server.post("/v1/check", "application/zip", junk).statusCode();
            assertTrue(status == 400 || status == 413, "status " + status);
        }
    }

    private static Socket socket() throws IOException {
        Socket s = new Socket("127.0.0.1", server.server.port());
        s.setSoTimeout(10_000);
        return s;
    }

    /** What the server answers on a socket, until it closes it or stops sending for a moment. */
    private static String read(Socket s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                String text = out.toString(StandardCharsets.UTF_8);
                int body = text.indexOf("\r\n\r\n");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)Content-Length: (\\d+)").matcher(text);
                if (body > 0 && m.find() && out.size() >= body + 4 + Integer.parseInt(m.group(1))) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // what came is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
