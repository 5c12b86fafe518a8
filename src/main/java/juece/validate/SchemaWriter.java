package juece.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import juece.facts.Kind;

/**
 * The JSON Schema (draft-07) of {@code juece/v1}, generated from {@link DossierFormat}, for editors
 * (yaml-language-server completion and checking). The loader stays the authority: the schema cannot
 * say that a date exists or that closes is not before published.
 */
public final class SchemaWriter {
    public static final String ID = "https://juece.cn/schema/juece-v1.schema.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** {@code unknown} in any case, or 未知. */
    private static final String UNKNOWN = "^([Uu][Nn][Kk][Nn][Oo][Ww][Nn]|未知)$";

    private SchemaWriter() {
    }

    public static String schema() {
        ObjectNode root = object(DossierFormat.ROOT);
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$id", ID);
        root.put("title", "juece/v1 dossier（重大行政决策、行政规范性文件程序档案）");
        ArrayNode allOf = root.putArray("allOf");
        for (Kind kind : Kind.values()) {
            ObjectNode rule = allOf.addObject();
            rule.putObject("if").putObject("properties").putObject("kind").put("const", kind.yaml());
            ObjectNode then = rule.putObject("then");
            ObjectNode props = then.putObject("properties");
            ArrayNode required = JSON.arrayNode();
            for (Field f : DossierFormat.ROOT.fields()) {
                if (!f.allowedFor().contains(kind)) {
                    props.put(f.key(), false);
                } else if (f.isRequired(kind) && !f.isRequired(null)) {
                    required.add(f.key());
                }
                if (f.allowedFor().contains(kind) && f.shape() instanceof Shape.PerKind k) {
                    props.set(f.key(), field(f, k.of(kind)));
                }
                List<String> nested = requiredOnlyFor(f, kind);
                if (!nested.isEmpty()) {
                    ArrayNode r = props.putObject(f.key()).putArray("required");
                    nested.forEach(r::add);
                }
            }
            if (!required.isEmpty()) {
                then.set("required", required);
            }
        }
        try {
            return new ObjectMapper().writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                    .writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fields of a step that only dossiers of {@code kind} must have (legal_adviser_opinion for major decisions). */
    private static List<String> requiredOnlyFor(Field step, Kind kind) {
        List<String> out = new ArrayList<>();
        if (step.shape() instanceof Shape.Obj o) {
            for (Field f : o.fields()) {
                if (f.isRequired(kind) && !f.isRequired(null)) {
                    out.add(f.key());
                }
            }
        }
        return out;
    }

    /**
     * A field's schema: its shape, null allowed when it is optional, and {@code unknown} (or 未知)
     * wherever the format accepts it (SPEC §3).
     */
    private static ObjectNode field(Field f, Shape shape) {
        ObjectNode n = shape(shape);
        if (!f.isRequired(null)) {
            nullable(n);
        }
        if (f.mayBeUnknown()) {
            ObjectNode either = JSON.objectNode();
            ArrayNode anyOf = either.putArray("anyOf");
            anyOf.add(n);
            anyOf.addObject().put("type", "string").put("pattern", UNKNOWN);
            n = either;
        }
        n.put("description", f.zh() + " — " + f.en());
        return n;
    }

    private static ObjectNode shape(Shape shape) {
        ObjectNode n;
        if (shape instanceof Shape.PerKind k) {
            n = JSON.objectNode();
            ArrayNode anyOf = n.putArray("anyOf");
            for (Kind kind : Kind.values()) {
                anyOf.add(shape(k.of(kind)));
            }
        } else if (shape instanceof Shape.Obj o) {
            n = object(o);
        } else if (shape instanceof Shape.ListOf l) {
            n = JSON.objectNode();
            n.put("type", "array");
            n.set("items", shape(l.item()));
            if (l.nonEmpty()) {
                n.put("minItems", 1);
            }
        } else {
            n = scalar(shape);
        }
        return n;
    }

    private static ObjectNode scalar(Shape shape) {
        ObjectNode n = JSON.objectNode();
        if (shape instanceof Shape.Text) {
            n.putArray("type").add("string").add("number");
            n.put("minLength", 1);
        } else if (shape instanceof Shape.Date) {
            n.put("type", "string");
            n.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
            n.put("format", "date");
        } else if (shape instanceof Shape.Bool) {
            n.put("type", "boolean");
        } else if (shape instanceof Shape.Count) {
            n.put("type", "integer");
            n.put("minimum", 0);
        } else if (shape instanceof Shape.Url) {
            n.put("type", "string");
            n.put("pattern", "^[Hh][Tt][Tt][Pp][Ss]?://\\S+$");
        } else if (shape instanceof Shape.Sha256) {
            n.put("type", "string");
            n.put("pattern", "^[0-9a-fA-F]{64}$");
        } else if (shape instanceof Shape.Const c) {
            n.put("const", c.value());
        } else if (shape instanceof Shape.Choice c) {
            ArrayNode e = n.putArray("enum");
            c.spellings().forEach(e::add);
        }
        return n;
    }

    /** An optional field may be written null (the loader reads null as absent). */
    private static ObjectNode nullable(ObjectNode n) {
        if (n.has("enum")) {
            ((ArrayNode) n.get("enum")).addNull();
        } else if (n.has("type") && n.get("type").isArray()) {
            ((ArrayNode) n.get("type")).add("null");
        } else if (n.has("type")) {
            String t = n.get("type").asText();
            n.putArray("type").add(t).add("null");
        }
        return n;
    }

    private static ObjectNode object(Shape.Obj o) {
        ObjectNode n = JSON.objectNode();
        n.put("type", "object");
        ObjectNode props = n.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        List<String> unless = new ArrayList<>();
        String other = null;
        for (Field f : o.fields()) {
            props.set(f.key(), field(f, f.shape()));
            if (f.isRequired(null)) {
                if (f.unlessPresent() != null) {
                    unless.add(f.key());
                    other = f.unlessPresent();
                } else {
                    required.add(f.key());
                }
            }
        }
        if (!required.isEmpty()) {
            n.set("required", required);
        }
        if (!unless.isEmpty()) {
            ArrayNode anyOf = n.putArray("anyOf");
            ArrayNode all = anyOf.addObject().putArray("required");
            unless.forEach(all::add);
            anyOf.addObject().putArray("required").add(other);
        }
        for (Shape.Check c : o.checks()) {
            if (c instanceof Shape.Together t) {
                ObjectNode dependencies = n.has("dependencies") ? (ObjectNode) n.get("dependencies") : n.putObject("dependencies");
                dependencies.putArray(t.first()).add(t.second());
                dependencies.putArray(t.second()).add(t.first());
            }
        }
        n.put("additionalProperties", false);
        return n;
    }
}
