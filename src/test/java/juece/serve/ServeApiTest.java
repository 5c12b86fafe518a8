package juece.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import juece.cli.Main;
import juece.report.Formats;
import juece.text.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API as an OA system and a browser use it: every path of SPEC §8 over real HTTP on 127.0.0.1. */
class ServeApiTest {
    private static final Path BUS = Path.of("cases/md-bus-fare-reform/dossier.yaml");
    private static final Path HASHES = Path.of("cases/md-evidence-files-hash-match");
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void problem(HttpResponse<byte[]> r, int status, String kind) {
        assertEquals(status, r.statusCode(), TestServer.text(r));
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(null));
        JsonNode p = TestServer.json(r);
        assertEquals("urn:juece:problem:" + kind, p.get("type").asText());
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.get("title").asText().isBlank());
        assertFalse(p.get("detail").asText().isBlank());
        assertFalse(TestServer.text(r).contains("Exception") || TestServer.text(r).contains("\tat "), "a stack trace: " + TestServer.text(r));
    }

    @Test
    void healthAndReadiness() {
        assertEquals("ok", TestServer.json(server.get("/healthz")).get("status").asText());
        assertEquals("ready", TestServer.json(server.get("/readyz")).get("status").asText());
    }

    @Test
    void aYamlDossierIsCheckedAsTheCliChecksIt() throws IOException {
        HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-06-30", "application/yaml", Files.readAllBytes(BUS));
        assertEquals(200, r.statusCode());
        assertEquals("1", r.headers().firstValue("Juece-Exit-Code").orElseThrow());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode report = TestServer.json(r);
        assertEquals(List.of("tool", "summary", "dossiers"), fieldNames(report));
        JsonNode d = report.get("dossiers").get(0);
        assertEquals("dossier.yaml", d.get("file").asText());
        assertEquals("MS-2024-002", d.get("id").asText());
        assertEquals("fail", d.get("status").asText());
        assertEquals("hearing/materials-late", d.get("findings").get(0).get("rule").asText());
        assertEquals(34, d.get("findings").get(0).get("line").asInt());
        assertTrue(server.audit.stream().anyMatch(l -> l.contains("POST /v1/check 200") && l.contains("ids=[\"MS-2024-002\"]")
                && l.contains("error=1") && l.contains("exit=1")), String.join("\n", server.audit));
        String title = d.get("title").asText();
        assertTrue(server.audit.stream().noneMatch(l -> l.contains(title) || l.contains("听证")), "dossier content in the audit");
    }

    @Test
    void optionsAndNameComeFromTheQuery() throws IOException {
        HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-06-30&fail_on=none&gate=publication&lang=en&name=bus/fare.yaml",
                "text/yaml", Files.readAllBytes(BUS));
        JsonNode report = TestServer.json(r);
        assertEquals("0", r.headers().firstValue("Juece-Exit-Code").orElseThrow());
        assertEquals("publication", report.get("tool").get("gate").asText());
        assertEquals("none", report.get("tool").get("fail_on").asText());
        assertEquals("en", report.get("tool").get("lang").asText());
        assertEquals("bus/fare.yaml", report.get("dossiers").get(0).get("file").asText());
        assertFalse(report.get("dossiers").get(0).get("findings").get(0).get("message").asText().contains("听证会材料"));
    }

    @Test
    void aJsonDossierIsAlsoYamlTabsAndEscapedSlashesIncluded() throws IOException {
        JsonNode tree = TestServer.JSON.readTree(new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(Files.readAllBytes(BUS)).toString());
        String pretty = TestServer.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        String tabs = pretty.replace("  ", "\t").replace("MS-2024-002", "MS\\/2024\\/002");
        for (String body : List.of(pretty, tree.toString(), tabs)) {
            HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-06-30", "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
            JsonNode d = TestServer.json(r).get("dossiers").get(0);
            assertEquals("dossier.json", d.get("file").asText());
            assertEquals("fail", d.get("status").asText(), d.toString());
            assertEquals(List.of("hearing/materials-late", "legality-review/too-short"), rules(d));
        }
        HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-06-30", "application/json", tabs.getBytes(StandardCharsets.UTF_8));
        assertEquals("MS/2024/002", TestServer.json(r).get("dossiers").get(0).get("id").asText());
    }

    @Test
    void anUnreadableDossierIsAFindingInA200Report() {
        HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-06-30", "application/yaml", "format: juece/v1\nkind: [".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertEquals("2", r.headers().firstValue("Juece-Exit-Code").orElseThrow());
        JsonNode d = TestServer.json(r).get("dossiers").get(0);
        assertEquals("invalid", d.get("status").asText());
        assertEquals("dossier/invalid", d.get("findings").get(0).get("rule").asText());
        HttpResponse<byte[]> empty = server.post("/v1/check?as_of=2024-06-30", "application/yaml", new byte[0]);
        assertEquals("2", empty.headers().firstValue("Juece-Exit-Code").orElseThrow());
    }

    @Test
    void multipartCarriesSeveralDossiersAndTheEvidenceTheyCite() throws IOException {
        Multipart m = new Multipart()
                .file("dossier", "第一份.yaml", Files.readAllBytes(HASHES.resolve("dossier.yaml")))
                .file("dossier", "bus.yaml", Files.readAllBytes(BUS))
                .file("evidence/minutes.txt", "minutes.txt", Files.readAllBytes(HASHES.resolve("evidence/minutes.txt")))
                .file("evidence/legality-opinion.txt", "legality-opinion.txt", Files.readAllBytes(HASHES.resolve("evidence/legality-opinion.txt")));
        HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-07-31", m.contentType(), m.bytes());
        JsonNode ds = TestServer.json(r).get("dossiers");
        assertEquals("第一份.yaml", ds.get(0).get("file").asText());
        assertEquals("pass", ds.get(0).get("status").asText(), ds.get(0).toString());
        assertEquals("bus.yaml", ds.get(1).get("file").asText());
        // an altered evidence file is caught exactly as on disk
        Multipart altered = new Multipart()
                .file("dossier", "d.yaml", Files.readAllBytes(HASHES.resolve("dossier.yaml")))
                .file("evidence/minutes.txt", null, "not the minutes".getBytes(StandardCharsets.UTF_8))
                .file("evidence/legality-opinion.txt", null, Files.readAllBytes(HASHES.resolve("evidence/legality-opinion.txt")));
        JsonNode d = TestServer.json(server.post("/v1/check?as_of=2024-07-31", altered.contentType(), altered.bytes())).get("dossiers").get(0);
        assertEquals(List.of("evidence/hash-mismatch"), rules(d));
        Multipart noDossier = new Multipart().file("evidence/minutes.txt", null, new byte[1]);
        problem(server.post("/v1/check", noDossier.contentType(), noDossier.bytes()), 400, "no-dossier");
        Multipart climbing = new Multipart().file("dossier", "d.yaml", Files.readAllBytes(BUS)).file("../secret.txt", null, new byte[1]);
        HttpResponse<byte[]> refused = server.post("/v1/check", climbing.contentType(), climbing.bytes());
        problem(refused, 400, "unsafe-entry");
        assertEquals("../secret.txt", TestServer.json(refused).get("errors").get(0).get("entry").asText());
    }

    @Test
    void aZipIsADossierFolderWithChineseWindowsNamesInGbk() throws IOException {
        String yaml = Files.readString(HASHES.resolve("dossier.yaml"), StandardCharsets.UTF_8)
                .replace("evidence/minutes.txt", "证据/会议纪要.txt").replace("evidence/legality-opinion.txt", "证据/合法性审查意见.txt");
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("甘眉园区档案/dossier.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        files.put("甘眉园区档案/expected.yaml", Files.readAllBytes(HASHES.resolve("expected.yaml")));
        files.put("甘眉园区档案/证据/会议纪要.txt", Files.readAllBytes(HASHES.resolve("evidence/minutes.txt")));
        files.put("甘眉园区档案/证据/合法性审查意见.txt", Files.readAllBytes(HASHES.resolve("evidence/legality-opinion.txt")));
        files.put("甘眉园区档案/其他/公交.yaml", Files.readAllBytes(BUS));
        byte[] gbk = zip(files, Charset.forName("GBK"));
        assertFalse(new String(gbk, StandardCharsets.ISO_8859_1).contains(new String("甘眉".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
                "the names are not GBK");
        for (byte[] z : List.of(gbk, zip(files, StandardCharsets.UTF_8))) {
            HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-07-31", "application/zip", z);
            JsonNode ds = TestServer.json(r).get("dossiers");
            assertEquals(2, ds.size(), ds.toString()); // expected.yaml beside dossier.yaml is not a dossier
            assertEquals("甘眉园区档案/dossier.yaml", ds.get(0).get("file").asText());
            assertEquals("pass", ds.get(0).get("status").asText(), ds.get(0).toString());
            assertEquals("甘眉园区档案/其他/公交.yaml", ds.get(1).get("file").asText());
        }
    }

    @Test
    void everyFormatOfCheckByParameterOrAccept() throws IOException {
        byte[] bus = Files.readAllBytes(BUS);
        for (String f : Formats.names()) {
            HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-06-30&format=" + f, "application/yaml", bus);
            assertEquals(200, r.statusCode(), f);
            assertEquals(Api.contentType(f), r.headers().firstValue("Content-Type").orElseThrow(), f);
            assertEquals("1", r.headers().firstValue("Juece-Exit-Code").orElseThrow(), f);
            assertSameBody(r, byAcceptRaw(Api.MEDIA_TYPES.get(f), bus), f);
            if (f.equals("xlsx")) {
                assertEquals('P', r.body()[0]);
                assertEquals('K', r.body()[1]);
            } else {
                assertTrue(TestServer.text(r).contains("hearing/materials-late"), f);
            }
        }
        assertEquals("text/html; charset=utf-8", byAcceptRaw("text/html,application/xhtml+xml,*/*;q=0.8", bus).headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/json", byAcceptRaw("*/*", bus).headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/csv; charset=utf-8", byAcceptRaw("application/json;q=0.5, text/csv", bus).headers().firstValue("Content-Type").orElseThrow());
        problem(byAcceptRaw("image/png", bus), 406, "not-acceptable");
        problem(server.post("/v1/check?format=pdf", "application/yaml", bus), 406, "not-acceptable");
    }

    private static HttpResponse<byte[]> byAcceptRaw(String accept, byte[] body) {
        return server.post("/v1/check?as_of=2024-06-30", "application/yaml", body, "Accept", accept);
    }

    /** The report chosen by Accept is the one chosen by the parameter, byte for byte (XLSX too: it is stamped with as-of). */
    private static void assertSameBody(HttpResponse<byte[]> expected, HttpResponse<byte[]> actual, String what) {
        assertArrayEquals(expected.body(), actual.body(), what);
    }

    @Test
    void theReportSaysWhatTheCliSaysByteForByteInEveryFormatButXlsxAndHtmlFileNames() throws IOException {
        byte[] bus = Files.readAllBytes(BUS);
        for (String f : List.of("json", "sarif", "junit", "csv", "md", "text")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Main.run(new String[] {"check", BUS.toString(), "--as-of", "2024-06-30", "--format", f},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-06-30&format=" + f + "&name=" + BUS, "application/yaml", bus);
            assertEquals(out.toString(StandardCharsets.UTF_8), TestServer.text(r), f);
        }
    }

    @Test
    void theCatalogueOneRuleWithItsArticleTheSchemaAndTheProfiles() {
        JsonNode rules = TestServer.json(server.get("/v1/rules"));
        assertTrue(rules.size() > 40);
        assertTrue(rules.toString().contains("legality-review/missing"));
        for (String path : List.of("/v1/rules/legality-review/missing", "/v1/rules/legality-review%2Fmissing")) {
            JsonNode rule = TestServer.json(server.get(path));
            assertEquals("legality-review/missing", rule.get("id").asText(), path);
            assertFalse(rule.get("waivable").asBoolean());
            assertTrue(rule.get("articles").toString().contains("决策草案提交决策机关讨论前"), rule.toString());
            assertFalse(rule.get("how_to_comply").asText().isBlank());
        }
        JsonNode en = TestServer.json(server.get("/v1/rules/hearing/materials-late?lang=en"));
        assertFalse(en.get("title").asText().matches(".*[\\u4e00-\\u9fff].*"), en.get("title").asText());
        HttpResponse<byte[]> missing = server.get("/v1/rules/legality-review/missng");
        problem(missing, 404, "not-found");
        assertTrue(TestServer.json(missing).get("detail").asText().contains("legality-review/missing"));
        JsonNode schema = TestServer.json(server.get("/v1/schema"));
        assertEquals("application/schema+json", server.get("/v1/schema").headers().firstValue("Content-Type").orElseThrow());
        assertNotNull(schema.get("properties").get("legality_review"));
        JsonNode profiles = TestServer.json(server.get("/v1/profiles"));
        JsonNode hunan = null;
        for (JsonNode p : profiles.get("profiles")) {
            if (p.get("name").asText().equals("hunan")) {
                hunan = p;
            }
        }
        assertNotNull(hunan, profiles.toString());
        assertEquals(15, hunan.get("parameters").get("filing_days").get("value").asInt());
        assertEquals("national", hunan.get("extends").get(0).asText());
    }

    @Test
    void thePageIsChineseAndSelfContained() {
        HttpResponse<byte[]> page = server.get("/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(TestServer.text(page).contains("决策"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));
        assertFalse(TestServer.text(page).matches("(?s).*(src|href)=\"(https?:)?//.*"), "a reference off the server");
        assertTrue(server.get("/assets/workbench.css").headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        HttpResponse<byte[]> climbing = server.get("/assets/..%2Findex.html");
        problem(climbing, climbing.statusCode(), climbing.statusCode() == 400 ? "bad-request" : "not-found");
        problem(server.get("/assets/index.txt"), 404, "not-found");
    }

    @Test
    void errorsAreProblemsInTheRequestsLanguageNeverHtml() {
        problem(server.get("/nowhere", "Accept", "text/html"), 404, "not-found");
        HttpResponse<byte[]> wrongMethod = server.send(server.request("/v1/check").DELETE());
        problem(wrongMethod, 405, "method-not-allowed");
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
        problem(server.post("/v1/rules", "application/yaml", new byte[0]), 405, "method-not-allowed");
        HttpResponse<byte[]> en = server.get("/v1/rules?lang=en&colour=red");
        problem(en, 400, "bad-parameter");
        assertEquals("Bad parameter", TestServer.json(en).get("title").asText());
        assertEquals("colour", TestServer.json(en).get("errors").get(0).get("parameter").asText());
        assertEquals("请求参数有误", TestServer.json(server.get("/v1/rules?colour=red")).get("title").asText());
        problem(server.get("/healthz?x=1"), 400, "bad-parameter");
        problem(server.get("/v1/rules?lang=fr"), 400, "bad-parameter");
        problem(server.get("/v1/rules?lang=zh&lang=en"), 400, "bad-parameter");
    }

    @Test
    void badCheckParametersAreEachNamed() {
        HttpResponse<byte[]> r = server.post("/v1/check?as_of=2024-13-01&gate=meeting&fail_on=fatal&profile=../../x&foo=1",
                "application/yaml", "x: 1".getBytes(StandardCharsets.UTF_8));
        problem(r, 400, "bad-parameter");
        JsonNode errors = TestServer.json(r).get("errors");
        List<String> named = new java.util.ArrayList<>();
        errors.forEach(e -> named.add(e.get("parameter").asText()));
        assertEquals(List.of("foo", "as_of", "gate", "fail_on", "profile"), named);
        assertTrue(errors.get(4).get("detail").asText().contains("路径"), errors.toString());
        HttpResponse<byte[]> unknownProfile = server.post("/v1/check?profile=hunnan", "application/yaml", new byte[1]);
        problem(unknownProfile, 400, "bad-parameter");
        assertTrue(TestServer.json(unknownProfile).get("detail").asText().contains("hunan"));
        Multipart m = new Multipart().file("dossier", "d.yaml", new byte[1]);
        problem(server.post("/v1/check?name=x.yaml", m.contentType(), m.bytes()), 400, "bad-parameter");
    }

    @Test
    void aProfileByNameOverridesTheDossiers() throws IOException {
        Path hunan = Path.of("cases/nd-hunan-filing-late-after-labour-day/dossier.yaml");
        String yaml = Files.readString(hunan, StandardCharsets.UTF_8).replaceAll("(?m)^profile: hunan.*$", "");
        JsonNode national = TestServer.json(server.post("/v1/check?as_of=2024-12-31", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        JsonNode asHunan = TestServer.json(server.post("/v1/check?as_of=2024-12-31&profile=hunan", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("hunan", asHunan.get("tool").get("profile").asText());
        assertEquals("hunan", asHunan.get("dossiers").get(0).get("profile").asText());
        assertFalse(national.get("dossiers").get(0).get("findings").equals(asHunan.get("dossiers").get(0).get("findings")));
    }

    @Test
    void mediaTypesOtherThanTheFiveAre415() {
        problem(server.post("/v1/check", "text/html", "x".getBytes(StandardCharsets.UTF_8)), 415, "unsupported-media-type");
        HttpResponse<byte[]> none = server.send(server.request("/v1/check").POST(HttpRequest.BodyPublishers.ofString("x")));
        problem(none, 415, "unsupported-media-type");
        assertTrue(none.headers().firstValue("Accept-Post").orElseThrow().contains("application/zip"));
        problem(server.post("/v1/check", "application/yaml; charset=gbk", "x".getBytes(StandardCharsets.UTF_8)), 415, "unsupported-media-type");
    }

    /**
     * An answer given before the body is read (415 from the media type) must not leave a pooled
     * connection that the server then closes: the client's next request on it would get no answer.
     */
    @Test
    void anAnswerGivenBeforeTheBodyKeepsThePooledConnectionHonest() {
        byte[] body = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 150; i++) {
            assertEquals(415, server.post("/v1/check", "text/html", body).statusCode());
            assertEquals(200, server.get("/healthz").statusCode(), "request " + i + " after a 415");
        }
    }

    @Test
    void thePlanIsThePlanOfJuecePlan() throws Exception {
        byte[] dossier = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("cases/md-reviewed-draft-awaiting-meeting/dossier.yaml"));
        HttpResponse<byte[]> r = server.post("/v1/plan?as_of=2024-07-15", "application/yaml", dossier);
        assertEquals(200, r.statusCode(), TestServer.text(r));
        juece.plan.Planner planner = new juece.plan.Planner(new juece.plan.Planner.Options(java.time.LocalDate.of(2024, 7, 15), null,
                juece.catalog.Severity.ERROR, null, List.of(), juece.calendar.WorkCalendar.load(List.of()), 1, java.util.Map.of()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        juece.report.PlanReporter.Formats.reporter("json").orElseThrow().write(planner.plan(sink -> sink.accept(
                juece.pipeline.Input.of(new juece.read.Source("dossier.yaml", juece.read.Attachments.NONE), dossier))), Lang.ZH, out);
        assertEquals(TestServer.JSON.readTree(out.toByteArray()).get("dossiers"), TestServer.json(r).get("dossiers"));
        assertTrue(TestServer.text(server.post("/v1/plan?as_of=2024-07-15&format=ics", "application/yaml", dossier)).startsWith("BEGIN:VCALENDAR"));
        problem(server.post("/v1/plan?format=sarif", "application/yaml", dossier), 406, "not-acceptable");
    }

    @Test
    void theTextsOfTheServiceSpeakBothLanguages() {
        assertEquals(ServeTexts.keys(Lang.ZH), ServeTexts.keys(Lang.EN));
        for (String key : ServeTexts.keys(Lang.ZH)) {
            assertEquals(juece.text.MessagesTestAccess.placeholders(ServeTexts.get(key, Lang.ZH)),
                    juece.text.MessagesTestAccess.placeholders(ServeTexts.get(key, Lang.EN)), key);
        }
    }

    static byte[] zip(Map<String, byte[]> files, Charset names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> rules(JsonNode dossier) {
        List<String> rules = new java.util.ArrayList<>();
        dossier.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        return rules;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
