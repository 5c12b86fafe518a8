package juece.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import juece.cli.Main;
import juece.golden.GoldenCase;
import juece.golden.GoldenCases;
import juece.engine.RuleBook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case gives over the API exactly what {@code ./juece check} gives for the same file
 * and options: the same findings, summary and exit code. A case with evidence files is sent as
 * multipart (the dossier and each file under its relative path) and again as a zip of its folder;
 * the others as a plain YAML body. The case with extra rules is checked by a server started with
 * {@code --rules}; the case whose dossier names a profile file is the one difference (an upload
 * names built-in profiles only) and is held to that below.
 */
class ServeGoldenTest {
    private static final Path CASES = Path.of("cases");
    /** Dossiers that cannot be read, kept apart from the cases a walk of cases/ checks. */
    private static final Path INVALID_CASES = Path.of("cases-invalid");
    private static final String PROFILE_FILE_CASE = "profile-custom-file";
    /**
     * A dossier naming an unknown profile: the same finding at the same place, but the message for
     * an upload says that it may name a built-in profile only, where the CLI's also offers a file path.
     */
    private static final String UNKNOWN_PROFILE_CASE = "profile-unknown-name";
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseGivesOverTheApiWhatTheCliGives() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> folders = new ArrayList<>(GoldenCases.find(CASES));
        if (Files.isDirectory(INVALID_CASES)) {
            folders.addAll(GoldenCases.find(INVALID_CASES));
        }
        for (Path folder : folders) {
            if (folder.getFileName().toString().equals(PROFILE_FILE_CASE)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
                GoldenCase c = GoldenCases.read(folder);
                if (!c.rules().isEmpty()) {
                    try (TestServer withRules = TestServer.start(null, 8, 10_000, RuleBook.drlFiles(c.rules()))) {
                        compare(withRules, c);
                    }
                } else {
                    compare(server, c);
                }
            }));
        }
        assertTrue(tests.size() > 100, "the golden cases were not found");
        return tests.stream();
    }

    private static void compare(TestServer s, GoldenCase c) throws IOException {
        String file = c.dossier().toString();
        List<String> args = new ArrayList<>(List.of("check", file, "--format", "json", "--as-of", c.asOf().toString(),
                "--fail-on", c.failOn() == null ? "none" : c.failOn().id()));
        String query = "?as_of=" + c.asOf() + "&fail_on=" + (c.failOn() == null ? "none" : c.failOn().id());
        if (c.gate() != null) {
            args.addAll(List.of("--gate", c.gate().yaml()));
            query += "&gate=" + c.gate().yaml();
        }
        if (c.profile() != null) {
            args.addAll(List.of("--profile", c.profile()));
            query += "&profile=" + c.profile();
        }
        for (Path r : c.rules()) {
            args.addAll(List.of("--rules", r.toString()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        JsonNode cli = TestServer.JSON.readTree(out.toByteArray());

        List<Path> evidence = evidence(c.folder());
        if (c.folder().getFileName().toString().equals(UNKNOWN_PROFILE_CASE)) {
            HttpResponse<byte[]> r = s.post("/v1/check" + query, "application/yaml", Files.readAllBytes(c.dossier()));
            JsonNode finding = TestServer.json(r).get("dossiers").get(0).get("findings").get(0);
            JsonNode expected = cli.get("dossiers").get(0).get("findings").get(0);
            for (String key : List.of("rule", "severity", "line", "column")) {
                assertEquals(expected.get(key), finding.get(key), key);
            }
            assertTrue(finding.get("message").asText().contains("heilongjaing"), finding.toString());
            assertEquals(String.valueOf(exit), r.headers().firstValue("Juece-Exit-Code").orElse(null));
        } else if (evidence.isEmpty()) {
            HttpResponse<byte[]> r = s.post("/v1/check" + query + "&name=" + URLEncoder.encode(file, StandardCharsets.UTF_8),
                    "application/yaml", Files.readAllBytes(c.dossier()));
            same(cli, exit, r, "a YAML body");
        } else {
            Multipart m = new Multipart().file("dossier", file, Files.readAllBytes(c.dossier()));
            for (Path e : evidence) {
                m.file(c.folder().relativize(e).toString().replace('\\', '/'), e.getFileName().toString(), Files.readAllBytes(e));
            }
            same(cli, exit, s.post("/v1/check" + query, m.contentType(), m.bytes()), "multipart");
            same(cli, exit, s.post("/v1/check" + query, "application/zip", zip(c.folder())), "a zip of the folder");
        }
    }

    private static void same(JsonNode cli, int exit, HttpResponse<byte[]> r, String how) {
        assertEquals(200, r.statusCode(), how + ": " + TestServer.text(r));
        JsonNode api = TestServer.json(r);
        assertEquals(normalised(cli), normalised(api), how);
        assertEquals(String.valueOf(exit), r.headers().firstValue("Juece-Exit-Code").orElse(null), how);
    }

    /** The report with each dossier's file name reduced to its last two names (a zip names it from its folder). */
    private static JsonNode normalised(JsonNode report) {
        JsonNode copy = report.deepCopy();
        for (JsonNode d : copy.get("dossiers")) {
            String[] names = d.get("file").asText().replace('\\', '/').split("/");
            ((ObjectNode) d).put("file", names.length < 2 ? names[0] : names[names.length - 2] + "/" + names[names.length - 1]);
        }
        return copy;
    }

    /** The files of a case folder other than the dossier and its expectation. */
    private static List<Path> evidence(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(folder.resolve("dossier.yaml")) && !p.equals(folder.resolve("expected.yaml")))
                    .sorted().toList();
        }
    }

    /** The case folder zipped as a person would: the folder itself at the top, expected.yaml included. */
    static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.getFileName() + "/" + folder.relativize(p).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aDossierThatNamesAProfileFileIsInvalidOverTheApiSinceAnUploadNamesBuiltInProfilesOnly() throws IOException {
        Path dossier = CASES.resolve(PROFILE_FILE_CASE).resolve("dossier.yaml");
        HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-06-30", "application/yaml", Files.readAllBytes(dossier));
        assertEquals(200, r.statusCode());
        assertEquals("2", r.headers().firstValue("Juece-Exit-Code").orElseThrow());
        JsonNode d = TestServer.json(r).get("dossiers").get(0);
        assertEquals("invalid", d.get("status").asText());
        assertEquals("dossier/invalid", d.get("findings").get(0).get("rule").asText());
        assertTrue(d.get("findings").get(0).get("message").asText().contains("county-profile.yaml"), d.toString());
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
