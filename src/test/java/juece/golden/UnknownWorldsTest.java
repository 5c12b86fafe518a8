package juece.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import juece.calendar.WorkCalendar;
import juece.facts.Kind;
import juece.facts.Vocabulary;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.pipeline.Checker;
import juece.pipeline.Input;
import juece.profile.Profiles;
import juece.read.Node;
import juece.read.Position;
import juece.read.ReadResult;
import juece.read.SourceMap;
import juece.read.YamlDocument;
import juece.read.YamlReader;
import juece.validate.DossierFormat;
import juece.validate.Field;
import juece.validate.Shape;
import juece.validate.Validator;
import org.junit.jupiter.api.Test;

/**
 * "Never guess either way" (SPEC §3), proved over every golden dossier: each value the format lets
 * be unknown is written {@code unknown} in turn, and the dossier is also checked in the worlds that
 * value could stand for (true and false; every code of a vocabulary; dates shifted around it; a
 * step or list present as written, or absent). For every finding a reader tells apart (an id at a
 * severity, whichever branch of the id states it):
 * <ul>
 * <li>where the worlds are all there are (true and false, a vocabulary) and they agree, the unknown
 * dossier says what they say, and no {@code record/unknown} names the rule for that value;</li>
 * <li>where the worlds disagree, the unknown dossier claims nothing some world lacks, and the
 * {@code record/unknown} at the value names the rule's id.</li>
 * </ul>
 */
class UnknownWorldsTest {
    private static final WorkCalendar CALENDAR = WorkCalendar.load(List.of());
    /**
     * Not judged on facts of the record: findings derived from other findings (a waiver's, the
     * calendar's, record/unknown itself), and those on the dossier's own register of evidence, which
     * cannot be unknown (but vanishes with a step written unknown, whose citations go with it).
     */
    private static final Set<String> NOT_ON_FACTS = Set.of("waiver/invalid", "waiver/expired", "waiver/unused",
            "calendar/not-covered", "record/unknown", "evidence/unknown", "evidence/file-missing", "evidence/hash-mismatch");
    /** The steps a finding about a missing earlier step points at: whichever comes first, which an unknown step may change. */
    private static final Set<String> ANCHORS = Set.of("", "legality_review", "collective_decision", "publication");
    private static final int[] SHIFTS = {-30, -7, -1, 1, 7, 30};

    /** One value of a dossier and the other values it could have had. */
    private record Position(List<Object> route, String path, Field field, List<Node> worlds, boolean exhaustive) {
    }

    @Test
    void anUnknownValueConcludesWhatEveryWorldConcludesAndNamesTheRulesTheWorldsDisagreeOn() throws Exception {
        List<String> problems = new ArrayList<>();
        int variants = 0;
        for (Path folder : GoldenCases.find(Path.of("cases"))) {
            GoldenCase c = GoldenCases.read(folder);
            ReadResult read = YamlReader.read(c.dossier(), c.dossier().toString());
            if (!c.rules().isEmpty() || !read.ok() || !Validator.validate(read.document()).isEmpty()) {
                continue; // extra rules, or a case about input that cannot be read
            }
            Checker checker = new Checker(new Checker.Options(c.asOf(), c.gate(), c.failOn(),
                    c.profile() == null ? null : Profiles.load(c.profile(), c.folder()), List.of(), CALENDAR,
                    Runtime.getRuntime().availableProcessors(), false));
            YamlDocument doc = read.document();
            Kind kind = Vocabulary.parse(Kind.class, ((Node.Scalar) doc.root().get("kind")).text()).orElseThrow();
            List<Position> positions = new ArrayList<>();
            collect(doc.root(), DossierFormat.ROOT, kind, new ArrayList<>(), "", positions);
            // every variant of the case in one run: the unknown one, then its worlds, position by position
            List<Node.Mapping> trees = new ArrayList<>(List.of(doc.root()));
            for (Position p : positions) {
                trees.add(replace(doc.root(), p.route(), 0,
                        new Node.Scalar(Node.Scalar.Type.STRING, "unknown", at(doc.root(), p.route()).position())));
                p.worlds().forEach(w -> trees.add(replace(doc.root(), p.route(), 0, w)));
            }
            List<DossierResult> results = run(checker, doc, trees);
            if (results.get(0) == null) {
                continue; // not checked as it stands (a profile that cannot be read)
            }
            int next = 1;
            for (Position p : positions) {
                DossierResult u = results.get(next++);
                List<Map<String, Set<String>>> worlds = new ArrayList<>();
                for (int i = 0; i < p.worlds().size(); i++) {
                    DossierResult r = results.get(next++);
                    if (r != null) {
                        worlds.add(byRule(r));
                    }
                }
                if (u == null) {
                    problems.add(folder.getFileName() + " " + p.path() + ": unknown is refused although the format allows it");
                } else if (!worlds.isEmpty()) {
                    variants++;
                    judge(folder.getFileName() + " " + p.path(), p, u, worlds, problems);
                }
            }
        }
        assertTrue(variants > 1000, "variants " + variants);
        System.out.println("unknown worlds: " + variants + " values written unknown");
        assertEquals(List.of(), problems.subList(0, Math.min(problems.size(), 40)), problems.size() + " problems");
    }

    private static void judge(String where, Position p, DossierResult u, List<Map<String, Set<String>>> worlds, List<String> problems) {
        Map<String, Set<String>> unknown = byRule(u);
        Set<String> named = new TreeSet<>();
        for (Finding f : u.findings()) {
            if (f.ruleId().equals("record/unknown") && f.path().equals(p.path())) {
                named.addAll(f.notJudged());
            }
        }
        Map<String, String> idOf = new HashMap<>();
        Set<String> rules = new TreeSet<>(unknown.keySet());
        worlds.forEach(w -> rules.addAll(w.keySet()));
        for (Map<String, Set<String>> w : worlds) {
            w.keySet().forEach(k -> idOf.put(k, k.substring(0, k.indexOf(' '))));
        }
        unknown.keySet().forEach(k -> idOf.put(k, k.substring(0, k.indexOf(' '))));
        Map<String, Boolean> idAgrees = new TreeMap<>();
        for (String rule : rules) {
            String id = idOf.get(rule);
            if (NOT_ON_FACTS.contains(id)) {
                continue;
            }
            Set<String> first = worlds.get(0).getOrDefault(rule, Set.of());
            boolean agree = worlds.stream().allMatch(w -> w.getOrDefault(rule, Set.of()).equals(first));
            Set<String> said = unknown.getOrDefault(rule, Set.of());
            if (agree && p.exhaustive() && !said.equals(first)) {
                problems.add(where + ": " + rule + " is " + first + " in every world, " + said + " with unknown");
            }
            Set<String> common = new TreeSet<>(first);
            worlds.forEach(w -> common.retainAll(w.getOrDefault(rule, Set.of())));
            if (!common.containsAll(said)) {
                problems.add(where + ": " + rule + " claims " + said + " with unknown, some world only " + common);
            }
            idAgrees.merge(id, agree, Boolean::logicalAnd);
        }
        idAgrees.forEach((id, agree) -> {
            if (!agree && !named.contains(id)) {
                problems.add(where + ": the worlds disagree on " + id + ", and no record/unknown there names it (named " + named + ")");
            } else if (agree && p.exhaustive() && named.contains(id)) {
                problems.add(where + ": record/unknown names " + id + ", on which every world agrees");
            }
        });
    }

    /** Each finding a user tells apart, an id at a severity: "id severity" → the paths it fired at. */
    private static Map<String, Set<String>> byRule(DossierResult r) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Finding f : r.findings()) {
            out.computeIfAbsent(f.ruleId() + " " + f.severity().id(), k -> new TreeSet<>()).add(ANCHORS.contains(f.path()) ? "<anchor>" : f.path());
        }
        return out;
    }

    /**
     * The dossier with each of {@code roots} as its tree, checked in one run (each under an id of
     * its own, which no rule reads); null for one that is not a valid dossier.
     */
    private static List<DossierResult> run(Checker checker, YamlDocument doc, List<Node.Mapping> roots) {
        List<DossierResult> out = new ArrayList<>();
        checker.run(sink -> {
            for (int i = 0; i < roots.size(); i++) {
                Node.Mapping root = roots.get(i);
                Node.Entry id = root.entries().get("id");
                root = replace(root, List.of("id"), 0, new Node.Scalar(Node.Scalar.Type.STRING, "v" + i, id.value().position()));
                YamlDocument variant = new YamlDocument(doc.source(), root, new SourceMap(root));
                sink.accept(Input.read(ReadResult.ok(variant)));
            }
        }, r -> out.add(r.status() == DossierResult.Status.INVALID ? null : r), null);
        return out;
    }

    /** Every value the format lets be unknown, with the worlds it could stand for. */
    private static void collect(Node.Mapping m, Shape.Obj shape, Kind kind, List<Object> route, String path, List<Position> out) {
        for (Node.Entry e : m.entries().values()) {
            Field f = shape.field(e.key());
            if (f == null || e.value() instanceof Node.Scalar s && (s.isNull() || s.isUnknown())) {
                continue;
            }
            List<Object> here = new ArrayList<>(route);
            here.add(e.key());
            String p = SourceMap.child(path, e.key());
            Shape s = f.shape() instanceof Shape.PerKind k ? k.of(kind) : f.shape();
            if (f.mayBeUnknown()) {
                out.add(worlds(here, p, f, s, e.value()));
            }
            if (s instanceof Shape.Obj o && e.value() instanceof Node.Mapping child) {
                collect(child, o, kind, here, p, out);
            } else if (s instanceof Shape.ListOf l && l.item() instanceof Shape.Obj o && e.value() instanceof Node.Seq seq) {
                for (int i = 0; i < seq.items().size(); i++) {
                    List<Object> item = new ArrayList<>(here);
                    item.add(i);
                    collect((Node.Mapping) seq.items().get(i), o, kind, item, SourceMap.item(p, i), out);
                }
            }
        }
    }

    private static Position worlds(List<Object> route, String path, Field f, Shape s, Node value) {
        List<Node> worlds = new ArrayList<>();
        juece.read.Position at = value.position();
        boolean exhaustive = false;
        if (s instanceof Shape.Bool) {
            worlds.add(new Node.Scalar(Node.Scalar.Type.BOOLEAN, "true", at));
            worlds.add(new Node.Scalar(Node.Scalar.Type.BOOLEAN, "false", at));
            exhaustive = true;
        } else if (s instanceof Shape.Choice c) {
            Vocabulary.codes(c.vocabulary()).forEach(code -> worlds.add(new Node.Scalar(Node.Scalar.Type.STRING, code, at)));
            exhaustive = true;
        } else if (s instanceof Shape.Date && value instanceof Node.Scalar d) {
            java.time.LocalDate date = java.time.LocalDate.parse(d.text());
            worlds.add(value);
            for (int shift : SHIFTS) {
                worlds.add(new Node.Scalar(Node.Scalar.Type.STRING, date.plusDays(shift).toString(), at));
            }
        } else if (s instanceof Shape.Count) {
            for (String n : List.of("0", "1", ((Node.Scalar) value).text())) {
                worlds.add(new Node.Scalar(Node.Scalar.Type.INTEGER, n, at));
            }
        } else {
            worlds.add(value);
            if (s instanceof Shape.ListOf l && !l.nonEmpty()) {
                worlds.add(new Node.Seq(new ArrayList<>(), at));
            }
        }
        if (!f.isRequired(null) && !(f.shape() instanceof Shape.Bool)) {
            worlds.add(null); // absent
            exhaustive = false;
        }
        return new Position(route, path, f, worlds, exhaustive);
    }

    private static Node at(Node node, List<Object> route) {
        for (Object step : route) {
            node = step instanceof String key ? ((Node.Mapping) node).get(key) : ((Node.Seq) node).items().get((Integer) step);
        }
        return node;
    }

    /** The tree with the node at {@code route} replaced ({@code with} null: the key removed). */
    @SuppressWarnings("unchecked")
    private static <N extends Node> N replace(N node, List<Object> route, int depth, Node with) {
        Object step = route.get(depth);
        boolean last = depth == route.size() - 1;
        if (node instanceof Node.Mapping m) {
            Map<String, Node.Entry> entries = new LinkedHashMap<>();
            for (Node.Entry e : m.entries().values()) {
                if (!e.key().equals(step)) {
                    entries.put(e.key(), e);
                } else if (!last) {
                    entries.put(e.key(), new Node.Entry(e.key(), e.keyPosition(), replace(e.value(), route, depth + 1, with)));
                } else if (with != null) {
                    entries.put(e.key(), new Node.Entry(e.key(), e.keyPosition(), with));
                }
            }
            return (N) new Node.Mapping(entries, m.position());
        }
        Node.Seq seq = (Node.Seq) node;
        List<Node> items = new ArrayList<>(seq.items());
        int i = (Integer) step;
        items.set(i, last ? with : replace(items.get(i), route, depth + 1, with));
        return (N) new Node.Seq(items, seq.position());
    }
}
