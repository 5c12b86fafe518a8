package juece.validate;

import static juece.text.Texts.msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import juece.facts.Kind;
import juece.facts.Vocabulary;
import juece.read.YamlDocument;
import juece.read.Dates;
import juece.read.Node;
import juece.read.Position;
import juece.read.Problem;
import juece.read.SourceMap;
import juece.text.Message;
import juece.text.Nearest;

/**
 * Checks a dossier tree against {@link DossierFormat}: unknown keys (with the nearest known key),
 * types, dates that do not exist, required fields and traits, vocabulary values, date order inside
 * a step, unique evidence ids. Reports every problem found, in file order.
 */
public final class Validator {
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Map<String, List<String>> PATHS_BY_KEY = indexKeys();

    private final Kind kind;
    private final List<Problem> problems = new ArrayList<>();

    private Validator(Kind kind) {
        this.kind = kind;
    }

    public static List<Problem> validate(YamlDocument doc) {
        Node.Mapping root = doc.root();
        Validator v = new Validator(kindOf(root));
        v.object(DossierFormat.ROOT, root, "", root.position());
        v.uniqueEvidenceIds(root);
        v.problems.sort(Comparator.comparing(Problem::position));
        return List.copyOf(v.problems);
    }

    /** The kind, if it is written correctly; the validator reports it otherwise. */
    private static Kind kindOf(Node.Mapping root) {
        return root.get("kind") instanceof Node.Scalar s ? Vocabulary.parse(Kind.class, s.text()).orElse(null) : null;
    }

    private void problem(Position at, Message m) {
        problems.add(new Problem(at, m));
    }

    private void check(Shape shape, Node node, String path, Position anchor) {
        if (shape instanceof Shape.PerKind k) {
            if (kind != null) {
                check(k.of(kind), node, path, anchor);
            }
        } else if (shape instanceof Shape.Obj o) {
            if (node instanceof Node.Mapping m) {
                object(o, m, path, anchor);
            } else {
                expected(shape, node, path);
            }
        } else if (shape instanceof Shape.ListOf l) {
            list(l, node, path);
        } else {
            scalar(shape, node, path);
        }
    }

    private void object(Shape.Obj shape, Node.Mapping m, String path, Position anchor) {
        for (Node.Entry e : m.entries().values()) {
            Field f = shape.field(e.key());
            String fieldPath = SourceMap.child(path, e.key());
            if (f == null) {
                problem(e.keyPosition(), msg("format.unknown-key", "key", e.key(), "hint", hint(shape, e.key(), path)));
            } else if (kind != null && !f.allowedFor().contains(kind)) {
                problem(e.keyPosition(), msg("format.wrong-kind", "key", e.key(), "kind", kind));
            } else if (e.value() instanceof Node.Scalar s && s.isUnknown()) {
                if (!f.mayBeUnknown()) {
                    problem(s.position(), msg("format.must-be-known", "path", fieldPath, "text", s.text()));
                }
            } else if (!(e.value() instanceof Node.Scalar s && s.isNull())) {
                check(f.shape(), e.value(), fieldPath, e.keyPosition());
            }
        }
        List<Field> fields = shape.fields();
        for (int i = 0; i < fields.size(); i++) { // indexed: this loop runs for every mapping of every dossier
            Field f = fields.get(i);
            boolean absent = m.value(f.key()) == null;
            boolean excused = f.unlessPresent() != null && m.value(f.unlessPresent()) != null;
            if (absent && !excused && f.isRequired(kind) && (kind == null || f.allowedFor().contains(kind))) {
                String fieldPath = SourceMap.child(path, f.key());
                boolean trait = path.equals("traits");
                problem(m.get(f.key()) != null ? m.entries().get(f.key()).keyPosition() : anchor,
                        msg(trait ? "format.missing-trait" : "format.missing", "path", fieldPath,
                                "what", new Describe(f), "expected", Describe.expected(f.shape()),
                                // a fact the record does not show need not be invented (SPEC §3 "Unknown")
                                "unknown", f.mayBeUnknown() ? msg("format.missing-unknown") : Message.literal("")));
            }
        }
        for (Shape.Check c : shape.checks()) {
            if (c instanceof Shape.Order o) {
                LocalDate later = dateOrNull(m.value(o.later()));
                LocalDate earlier = dateOrNull(m.value(o.earlier()));
                if (later != null && earlier != null && later.isBefore(earlier)) {
                    problem(m.entries().get(o.later()).keyPosition(), msg("format.order", "path", path,
                            "later", o.later(), "laterDate", later, "earlier", o.earlier(), "earlierDate", earlier));
                }
            } else if (c instanceof Shape.Together t && (m.value(t.first()) == null) != (m.value(t.second()) == null)) {
                String present = m.value(t.first()) == null ? t.second() : t.first();
                String absent = present.equals(t.first()) ? t.second() : t.first();
                problem(m.entries().get(present).keyPosition(), msg("format.together", "path", path, "present", present, "absent", absent));
            }
        }
    }

    private void list(Shape.ListOf shape, Node node, String path) {
        if (!(node instanceof Node.Seq seq)) {
            expected(shape, node, path);
            return;
        }
        if (shape.nonEmpty() && seq.items().isEmpty()) {
            problem(seq.position(), msg("format.list-empty", "path", path));
        }
        for (int i = 0; i < seq.items().size(); i++) {
            Node item = seq.items().get(i);
            String itemPath = SourceMap.item(path, i);
            if (item instanceof Node.Scalar s && s.isNull()) {
                problem(item.position(), msg("format.expected", "path", itemPath,
                        "expected", Describe.expected(shape.item()), "actual", "null", "hint", ""));
            } else if (item instanceof Node.Scalar s && s.isUnknown()) {
                problem(item.position(), msg("format.unknown-item", "path", itemPath, "list", path));
            } else if (item instanceof Node.Scalar s && Traps.joins(s.text())) {
                problem(item.position(), msg("format.item-joined", "path", itemPath, "text", s.text(), "split", Traps.joined(s.text())));
            } else {
                check(shape.item(), item, itemPath, item.position());
            }
        }
    }

    private void scalar(Shape shape, Node node, String path) {
        if (!(node instanceof Node.Scalar s)) {
            expected(shape, node, path);
            return;
        }
        Message trap = Traps.of(shape, s, path);
        if (trap != null) {
            problem(s.position(), trap);
        } else if (!accepts(shape, s)) {
            expected(shape, node, path);
        } else if (shape instanceof Shape.Date && dateOrNull(s) == null) {
            problem(s.position(), msg("format.bad-date", "path", path, "text", s.text()));
        } else if (shape instanceof Shape.Bool && !s.text().equalsIgnoreCase("true") && !s.text().equalsIgnoreCase("false")) {
            problem(s.position(), msg("format.yaml11-bool", "path", path, "text", s.text()));
        } else if (shape instanceof Shape.Choice c && !Vocabulary.accepts(c.vocabulary(), s.text())) {
            String near = Nearest.of(s.text(), c.spellings());
            problem(s.position(), msg("format.choice", "path", path, "text", s.text(), "choices", new Describe.Choices(c.vocabulary()),
                    "hint", near == null ? Message.literal("") : msg("format.hint-nearest", "key", near)));
        }
    }

    /** Whether the scalar is of the right type for the shape (its value is checked after). */
    private static boolean accepts(Shape shape, Node.Scalar s) {
        Node.Scalar.Type type = s.type();
        if (shape instanceof Shape.Text || shape instanceof Shape.Choice) {
            return type != Node.Scalar.Type.BOOLEAN;
        } else if (shape instanceof Shape.Date) {
            return type == Node.Scalar.Type.STRING && Dates.isDateShaped(s.text());
        } else if (shape instanceof Shape.Bool) {
            return type == Node.Scalar.Type.BOOLEAN;
        } else if (shape instanceof Shape.Count) {
            return type == Node.Scalar.Type.INTEGER && COUNT.matcher(s.text()).matches();
        } else if (shape instanceof Shape.Sha256) {
            // a hash of digits only (or digits and one e) reads as a YAML number: judge the spelling
            return type != Node.Scalar.Type.BOOLEAN && SHA256.matcher(s.text()).matches();
        } else if (shape instanceof Shape.Const c) {
            return c.value().equals(s.text());
        } else if (shape instanceof Shape.Url) {
            return type == Node.Scalar.Type.STRING && URL.matcher(s.text()).matches();
        }
        throw new IllegalStateException("not a scalar shape: " + shape);
    }

    private void expected(Shape shape, Node node, String path) {
        Message hint = shape instanceof Shape.ListOf && node instanceof Node.Scalar s ? Traps.notAList(s.text()) : null;
        problem(node.position(), msg("format.expected", "path", path, "expected", Describe.expected(shape),
                "actual", Describe.actual(node), "hint", hint == null ? Message.literal("") : hint));
    }

    private static LocalDate dateOrNull(Node n) {
        return n instanceof Node.Scalar s ? Dates.parse(s.text()) : null;
    }

    private Message hint(Shape.Obj shape, String key, String path) {
        Message trap = Traps.key(key);
        if (trap != null) {
            return trap;
        }
        List<String> allowed = shape.fields().stream()
                .filter(f -> kind == null || f.allowedFor().contains(kind)).map(Field::key).toList();
        String near = Nearest.of(key, allowed);
        if (near != null) {
            return msg("format.hint-nearest", "key", near);
        }
        Optional<String> elsewhere = PATHS_BY_KEY.getOrDefault(key, List.of()).stream()
                .filter(p -> !p.equals(SourceMap.child(path, key))).findFirst();
        if (elsewhere.isPresent()) {
            return msg("format.hint-elsewhere", "path", elsewhere.get());
        }
        return msg("format.hint-allowed", "keys", allowed);
    }

    private void uniqueEvidenceIds(Node.Mapping root) {
        if (!(root.get("evidence") instanceof Node.Seq seq)) {
            return;
        }
        Map<String, Position> seen = new HashMap<>();
        for (Node item : seq.items()) {
            if (item instanceof Node.Mapping m && m.value("id") instanceof Node.Scalar id) {
                Position first = seen.putIfAbsent(id.text(), id.position());
                if (first != null) {
                    problem(id.position(), msg("format.duplicate-evidence", "id", id.text(), "line", first.line()));
                }
            }
        }
    }

    /** Every field name of the format and the paths where it is allowed, for "belongs under…" hints. */
    private static Map<String, List<String>> indexKeys() {
        Map<String, List<String>> index = new HashMap<>();
        indexKeys(DossierFormat.ROOT, "", index);
        return index;
    }

    private static void indexKeys(Shape.Obj obj, String path, Map<String, List<String>> index) {
        for (Field f : obj.fields()) {
            String p = SourceMap.child(path, f.key());
            index.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(p);
            Shape s = f.shape() instanceof Shape.ListOf l ? l.item() : f.shape();
            for (Shape each : s instanceof Shape.PerKind k ? k.byKind().values() : List.of(s)) {
                if (each instanceof Shape.Obj child) {
                    indexKeys(child, p, index);
                }
            }
        }
    }
}
