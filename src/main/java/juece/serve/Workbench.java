package juece.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import juece.facts.Kind;
import juece.facts.Vocabulary;
import juece.findings.DossierResult;
import juece.read.Attachments;
import juece.read.Node;
import juece.read.Position;
import juece.read.Problem;
import juece.read.ReadResult;
import juece.read.Source;
import juece.read.YamlReader;
import juece.report.SvgTimeline;
import juece.text.Lang;
import juece.validate.Validator;

/**
 * The answers only the workbench page needs, each a view of the one road: {@code POST /v1/parse}
 * reads a dossier with the one reader and the one validator and gives its tree as JSON, with the
 * line and column of every path and the loader's problems (the page fills its form from it, and
 * goes from a finding's line to its field); {@code POST /v1/timeline} gives each checked dossier's
 * timeline picture, the SVG the HTML report draws.
 */
final class Workbench {
    private static final JsonFactory JSON = new JsonFactory();

    private Workbench() {
    }

    /** On a checking thread: the dossier of the body (a zip: its first dossier, with its text and the files beside it) read. */
    static void parse(Api.Call call, Lang lang, String name, boolean zip, boolean json, String contentType, byte[] body) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            if (zip) {
                Uploads.ZipFolder folder = Uploads.zipFolder(body);
                byte[] bytes = folder.dossier().bytes();
                ReadResult read = YamlReader.parse(new Source(folder.dossier().path(), Attachments.NONE), bytes);
                write(out, read, lang, folder, bytes);
            } else {
                String file = name != null ? name : json ? "dossier.json" : "dossier.yaml";
                ReadResult read = YamlReader.parse(new Source(file, Attachments.NONE), json ? Uploads.jsonAsYaml(body) : body);
                write(out, read, lang, null, null);
            }
            call.send(200, "application/json", out.toByteArray());
        } catch (HttpProblem p) {
            call.problem(p);
        } catch (RuntimeException | Error | IOException e) {
            call.internal(e);
        }
    }

    private static void write(OutputStream out, ReadResult read, Lang lang, Uploads.ZipFolder folder, byte[] dossierBytes) throws IOException {
        List<Problem> problems = new ArrayList<>(read.problems());
        if (read.ok()) {
            problems.addAll(Validator.validate(read.document()));
        }
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("file", read.source().name());
            if (folder != null) {
                g.writeArrayFieldStart("dossiers");
                for (String d : folder.dossiers()) {
                    g.writeString(d);
                }
                g.writeEndArray();
                g.writeStringField("text", text(dossierBytes));
                g.writeArrayFieldStart("files");
                for (Map.Entry<String, byte[]> e : folder.beside().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("path", e.getKey());
                    g.writeNumberField("size", e.getValue().length);
                    g.writeStringField("base64", Base64.getEncoder().encodeToString(e.getValue()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeBooleanField("read", read.ok());
            Node.Mapping root = read.ok() ? read.document().root() : null;
            Kind kind = root != null && root.get("kind") instanceof Node.Scalar s ? Vocabulary.parse(Kind.class, s.text()).orElse(null) : null;
            g.writeStringField("kind", kind == null ? null : kind.yaml());
            g.writeFieldName("tree");
            if (root == null) {
                g.writeNull();
            } else {
                tree(g, root);
            }
            g.writeObjectFieldStart("positions");
            if (root != null) {
                positions(g, root, "");
            }
            g.writeEndObject();
            g.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                g.writeStartObject();
                g.writeNumberField("line", p.position().line());
                g.writeNumberField("column", p.position().column());
                g.writeStringField("message", p.message().render(lang));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** A dossier's text as the page shows it: UTF-8 (the reader says so when it is not), without a byte-order mark. */
    private static String text(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** The tree as JSON: mappings in file order, scalars typed as the reader typed them (dates are text). */
    static void tree(JsonGenerator g, Node node) throws IOException {
        if (node instanceof Node.Mapping m) {
            g.writeStartObject();
            for (Node.Entry e : m.entries().values()) {
                g.writeFieldName(e.key());
                tree(g, e.value());
            }
            g.writeEndObject();
        } else if (node instanceof Node.Seq s) {
            g.writeStartArray();
            for (Node item : s.items()) {
                tree(g, item);
            }
            g.writeEndArray();
        } else if (node instanceof Node.Scalar s) {
            switch (s.type()) {
                case NULL -> g.writeNull();
                case BOOLEAN -> g.writeBoolean(s.text().equalsIgnoreCase("true"));
                case INTEGER -> {
                    try {
                        g.writeNumber(Long.parseLong(s.text()));
                    } catch (NumberFormatException e) {
                        g.writeString(s.text());
                    }
                }
                case FLOAT -> {
                    try {
                        double d = Double.parseDouble(s.text());
                        if (Double.isFinite(d)) {
                            g.writeNumber(d);
                        } else {
                            g.writeString(s.text());
                        }
                    } catch (NumberFormatException e) {
                        g.writeString(s.text());
                    }
                }
                case STRING -> g.writeString(s.text());
            }
        }
    }

    /** Where each path stands ({@code legality_review.completed}, {@code evidence[0]}), as the source map names them. */
    private static void positions(JsonGenerator g, Node.Mapping root, String path) throws IOException {
        position(g, "", root.position());
        walk(g, root, path);
    }

    private static void walk(JsonGenerator g, Node node, String path) throws IOException {
        if (node instanceof Node.Mapping m) {
            for (Node.Entry e : m.entries().values()) {
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                position(g, child, e.keyPosition());
                walk(g, e.value(), child);
            }
        } else if (node instanceof Node.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                String child = path + "[" + i + "]";
                position(g, child, s.items().get(i).position());
                walk(g, s.items().get(i), child);
            }
        }
    }

    private static void position(JsonGenerator g, String path, Position p) throws IOException {
        g.writeArrayFieldStart(path);
        g.writeNumber(p.line());
        g.writeNumber(p.column());
        g.writeEndArray();
    }

    /** Each dossier's timeline picture: the SVG of the HTML report, null for a dossier that could not be checked. */
    static void timelines(List<DossierResult> results, Lang lang, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("dossiers");
            for (DossierResult d : results) {
                g.writeStartObject();
                g.writeStringField("file", d.file());
                g.writeStringField("id", d.id());
                g.writeStringField("status", d.status().id());
                g.writeStringField("svg", d.timeline() == null ? null : SvgTimeline.render(d.timeline(), lang));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
