package juece.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /openapi.json is a valid OpenAPI 3.1 document (checked against the OpenAPI Initiative's schema)
 * and describes exactly the server's routes: every path and method it lists is answered, every
 * route the server has is listed, each with its query parameters, and other methods are 405.
 */
class ServeOpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static TestServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        HttpResponse<byte[]> r = server.get("/openapi.json");
        assertEquals(200, r.statusCode());
        doc = TestServer.json(r);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonSchema oas31() throws IOException {
        try (InputStream in = ServeOpenApiTest.class.getResourceAsStream("/openapi/oas-3.1-schema-2022-10-07.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(TestServer.JSON.readTree(in));
        }
    }

    @Test
    void itIsAValidOpenApi31Document() throws IOException {
        JsonSchema schema = oas31();
        assertEquals("3.1.0", doc.get("openapi").asText());
        Set<ValidationMessage> errors = schema.validate(doc);
        assertEquals(Set.of(), errors);
        ObjectNode broken = doc.deepCopy();
        broken.remove("info");
        ((ObjectNode) broken.get("paths").get("/healthz").get("get")).put("responses", "none");
        assertFalse(schema.validate(broken).isEmpty(), "the validator lets a broken document through");
    }

    @Test
    void itListsExactlyTheServersRoutesWithTheirParameters() {
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> keys = path.getValue().fieldNames(); keys.hasNext(); ) {
                String method = keys.next();
                if (METHODS.contains(method)) {
                    documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    Api.Route route = route(path.getKey(), method);
                    assertEquals(route.parameters, queryParameters(path.getValue().get(method)), method + " " + path.getKey());
                }
            }
        }
        Set<String> served = new TreeSet<>();
        for (Api.Route r : Api.Route.values()) {
            served.add(r.method + " " + r.path);
        }
        assertEquals(served, documented);
    }

    @Test
    void everyDocumentedPathIsAnsweredAndOtherMethodsAre405() {
        for (Api.Route r : Api.Route.values()) {
            String path = r.path.replace("{id}", "legality-review/missing").replace("{name}", "juece.css");
            HttpResponse<byte[]> answer = server.send(server.request(path).method(r.method, r.method.equals("POST")
                    ? HttpRequest.BodyPublishers.ofString("x: 1") : HttpRequest.BodyPublishers.noBody())
                    .header("Content-Type", "application/yaml"));
            assertNotEquals(404, answer.statusCode(), r.path);
            assertNotEquals(405, answer.statusCode(), r.path);
            String other = r.method.equals("GET") ? "DELETE" : "PUT";
            HttpResponse<byte[]> wrong = server.send(server.request(path).method(other, HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, wrong.statusCode(), other + " " + r.path);
            assertEquals(r.method, wrong.headers().firstValue("Allow").orElse(null));
        }
    }

    private static Api.Route route(String path, String method) {
        for (Api.Route r : Api.Route.values()) {
            if (r.path.equals(path) && r.method.equalsIgnoreCase(method)) {
                return r;
            }
        }
        throw new AssertionError("documented but not served: " + method + " " + path);
    }

    private static Set<String> queryParameters(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        if (operation.has("parameters")) {
            for (JsonNode p : operation.get("parameters")) {
                JsonNode resolved = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
                assertTrue(resolved.has("in"), p.toString());
                if (resolved.get("in").asText().equals("query")) {
                    names.add(resolved.get("name").asText());
                }
            }
        }
        return names;
    }
}
