package juece.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import juece.facts.Vocabulary;
import juece.read.Attachments;
import juece.read.Problem;
import juece.read.ReadResult;
import juece.read.Source;
import juece.read.YamlReader;
import juece.text.Lang;
import juece.validate.DossierFormat;
import juece.validate.Field;
import juece.validate.Shape;
import juece.validate.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench page's routes: {@code GET /v1/format} is the format declaration itself (every field,
 * in order, with its shape, kinds, unknown and descriptions; every vocabulary's codes and terms; every
 * root field in one section); {@code POST /v1/parse} gives the reader's tree, the source map's
 * positions and the loader's problems; {@code POST /v1/timeline} the HTML report's picture.
 */
class ServeWorkbenchRoutesTest {
    private static TestServer server;
    private static JsonNode format;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        format = TestServer.json(server.get("/v1/format"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theFormatIsTheDeclarationTheLoaderUses() {
        assertEquals(DossierFormat.VERSION, format.get("format").asText());
        compare(DossierFormat.ROOT, format.get("root"), "");
    }

    private static void compare(Shape shape, JsonNode json, String path) {
        if (shape instanceof Shape.Obj o) {
            assertEquals("object", json.get("type").asText(), path);
            JsonNode fields = json.get("fields");
            assertEquals(o.fields().size(), fields.size(), path);
            for (int i = 0; i < o.fields().size(); i++) {
                Field f = o.fields().get(i);
                JsonNode j = fields.get(i);
                String p = path.isEmpty() ? f.key() : path + "." + f.key();
                assertEquals(f.key(), j.get("key").asText(), p);
                assertEquals(f.zh(), j.get("zh").asText(), p);
                assertEquals(f.en(), j.get("en").asText(), p);
                assertEquals(f.mayBeUnknown(), j.get("may_be_unknown").asBoolean(), p);
                assertEquals(f.requiredFor().stream().map(k -> k.yaml()).sorted().toList(), strings(j.get("required_for")).stream().sorted().toList(), p);
                assertEquals(f.allowedFor().stream().map(k -> k.yaml()).sorted().toList(), strings(j.get("allowed_for")).stream().sorted().toList(), p);
                compare(f.shape(), j.get("shape"), p);
            }
        } else if (shape instanceof Shape.ListOf l) {
            assertEquals("list", json.get("type").asText(), path);
            assertEquals(l.nonEmpty(), json.get("non_empty").asBoolean(), path);
            compare(l.item(), json.get("item"), path + "[]");
        } else if (shape instanceof Shape.PerKind k) {
            assertEquals("per_kind", json.get("type").asText(), path);
            for (juece.facts.Kind kind : juece.facts.Kind.values()) {
                compare(k.of(kind), json.get("by_kind").get(kind.yaml()), path);
            }
        } else if (shape instanceof Shape.Choice c) {
            assertEquals("choice", json.get("type").asText(), path);
            JsonNode terms = format.get("vocabularies").get(json.get("vocabulary").asText());
            assertNotNull(terms, path);
            List<String> codes = new ArrayList<>();
            terms.forEach(t -> codes.add(t.get("code").asText()));
            assertEquals(Vocabulary.codes(c.vocabulary()), codes, path);
            for (JsonNode t : terms) {
                assertTrue(c.spellings().contains(t.get("zh").asText()), path + ": " + t);
            }
        } else {
            assertFalse(json.get("type").asText().isEmpty(), path);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void everyRootFieldStandsInExactlyOneSectionAndStepsCiteTheirArticles() {
        List<String> keys = new ArrayList<>();
        format.get("sections").forEach(s -> keys.addAll(strings(s.get("keys"))));
        List<String> declared = DossierFormat.ROOT.fields().stream().map(Field::key).sorted().toList();
        assertEquals(declared, keys.stream().sorted().toList(), "each root field once");
        JsonNode legality = format.get("steps").get("legality_review");
        assertTrue(strings(legality.get("rules")).contains("legality-review/missing"));
        assertTrue(strings(legality.get("basis").get("major_decision").get("zh")).contains("重大行政决策程序暂行条例 第二十五条"));
        assertTrue(strings(legality.get("basis").get("normative_document").get("zh")).stream().anyMatch(b -> b.startsWith("国办发〔2018〕115号")));
        for (JsonNode f : format.get("root").get("fields")) {
            String step = f.get("step").isNull() ? null : f.get("step").asText();
            if (step != null && !List.of("scope", "evidence", "waiver", "document", "execution").contains(step)) {
                assertTrue(format.get("steps").has(step), "the rules of " + step + " are in the format's steps");
            }
        }
    }

    @Test
    void parseGivesTheReadersTreeItsPositionsAndTheLoadersProblems() throws IOException {
        Path file = Path.of("cases/md-comment-period-29-days/dossier.yaml");
        byte[] bytes = Files.readAllBytes(file);
        JsonNode p = TestServer.json(server.post("/v1/parse?name=a.yaml", "application/yaml", bytes));
        assertEquals("a.yaml", p.get("file").asText());
        assertTrue(p.get("read").asBoolean());
        assertEquals("major_decision", p.get("kind").asText());
        assertEquals(58, p.get("tree").get("public_participation").get("opinions_received").asInt());
        assertEquals("2024-05-01", p.get("tree").get("public_participation").get("comment").get("closes").asText());
        assertTrue(p.get("tree").get("traits").get("public_interest").isBoolean());
        ReadResult read = YamlReader.parse(new Source("a.yaml", Attachments.NONE), bytes);
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = p.get("positions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().isEmpty()) {
                continue;
            }
            var at = read.document().map().locate(e.getKey());
            assertEquals(at.line(), e.getValue().get(0).asInt(), e.getKey());
            assertEquals(at.column(), e.getValue().get(1).asInt(), e.getKey());
            compared++;
        }
        assertTrue(compared > 50, "positions: " + compared);
        assertEquals(26, p.get("positions").get("public_participation.comment.closes").get(0).asInt());
        assertEquals(0, p.get("problems").size());

        byte[] invalid = Files.readAllBytes(Path.of("cases-invalid/md-invalid-mistyped-key/dossier.yaml"));
        JsonNode q = TestServer.json(server.post("/v1/parse?lang=en", "application/yaml", invalid));
        ReadResult r = YamlReader.parse(new Source("dossier.yaml", Attachments.NONE), invalid);
        List<Problem> problems = Validator.validate(r.document());
        assertEquals(problems.size(), q.get("problems").size());
        for (int i = 0; i < problems.size(); i++) {
            assertEquals(problems.get(i).message().render(Lang.EN), q.get("problems").get(i).get("message").asText());
            assertEquals(problems.get(i).position().line(), q.get("problems").get(i).get("line").asInt());
        }
        JsonNode broken = TestServer.json(server.post("/v1/parse", "application/yaml", "a: [".getBytes(StandardCharsets.UTF_8)));
        assertFalse(broken.get("read").asBoolean());
        assertTrue(broken.get("tree").isNull());
        assertEquals(1, broken.get("problems").size());
        assertEquals(400, server.post("/v1/parse?as_of=2024-01-01", "application/yaml", bytes).statusCode());
        try (TestServer fresh = TestServer.start()) {
            // on a connection of its own: the server answers a multipart body without reading it
            assertEquals(415, fresh.post("/v1/parse", "multipart/form-data; boundary=x", new byte[] {1}).statusCode());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void parseOfAZipGivesItsFirstDossiersTextAndTheFilesBesideIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("case/dossier.yaml"));
            z.write(Files.readAllBytes(Path.of("cases/md-evidence-hash-mismatch/dossier.yaml")));
            z.putNextEntry(new ZipEntry("case/evidence/minutes.txt"));
            z.write(Files.readAllBytes(Path.of("cases/md-evidence-hash-mismatch/evidence/minutes.txt")));
            z.putNextEntry(new ZipEntry("other/b.yaml"));
            z.write("format: juece/v1\n".getBytes(StandardCharsets.UTF_8));
        }
        JsonNode p = TestServer.json(server.post("/v1/parse", "application/zip", out.toByteArray()));
        assertEquals("case/dossier.yaml", p.get("file").asText());
        assertEquals(List.of("case/dossier.yaml", "other/b.yaml"), strings(p.get("dossiers")));
        assertEquals(Files.readString(Path.of("cases/md-evidence-hash-mismatch/dossier.yaml")), p.get("text").asText());
        assertEquals(1, p.get("files").size());
        assertEquals("evidence/minutes.txt", p.get("files").get(0).get("path").asText());
        assertTrue(p.get("read").asBoolean());
    }

    @Test
    void theTimelineIsTheReportsPicture() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("cases/md-comment-period-29-days/dossier.yaml"));
        HttpResponse<byte[]> r = server.post("/v1/timeline?as_of=2024-07-15", "application/yaml", bytes);
        assertEquals(200, r.statusCode());
        JsonNode d = TestServer.json(r).get("dossiers").get(0);
        assertEquals("fail", d.get("status").asText());
        assertTrue(d.get("svg").asText().startsWith("<svg class=\"timeline\""));
        assertTrue(d.get("svg").asText().contains("lane problem"));
        assertFalse(d.get("svg").asText().contains("<script"));
        JsonNode invalid = TestServer.json(server.post("/v1/timeline", "application/yaml", "x: 1".getBytes(StandardCharsets.UTF_8)));
        assertTrue(invalid.get("dossiers").get(0).get("svg").isNull());
        assertEquals(400, server.post("/v1/timeline?format=html", "application/yaml", bytes).statusCode(), "a timeline has no format");
    }
}
