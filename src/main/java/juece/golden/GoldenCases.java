package juece.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import juece.catalog.Severity;
import juece.facts.Gate;
import juece.facts.Vocabulary;
import juece.read.Node;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.text.Lang;

/** Finds golden cases under a folder and reads their expectations. */
public final class GoldenCases {
    private static final Set<String> KEYS = Set.of("title", "as_of", "gate", "profile", "rules", "fail_on", "exit",
            "findings", "near_miss", "unknown_near_miss");
    private static final Set<String> FINDING_KEYS = Set.of("rule", "severity", "line", "waived", "not_judged");

    private GoldenCases() {
    }

    /** A broken expectation file: the runner reports it instead of guessing. */
    public static final class BadCase extends Exception {
        private static final long serialVersionUID = 1L;

        BadCase(Path file, String message) {
            super(file + ": " + message);
        }
    }

    /**
     * The repository's golden-case folders, relative to its root: {@code cases/} (dossiers that are
     * read and judged: {@code juece check cases/} ends with findings, exit 1) and {@code cases-invalid/}
     * (input that cannot be read or is invalid, exit 2). The test suite, the rule-hygiene tests and
     * {@code juece verify} without a folder take both.
     */
    public static final List<Path> FOLDERS = List.of(Path.of("cases"), Path.of("cases-invalid"));

    /** The cases under every folder of {@link #FOLDERS} that exists below {@code base}, folder by folder. */
    public static List<Path> findAll(Path base) {
        List<Path> all = new ArrayList<>();
        for (Path f : FOLDERS) {
            if (Files.isDirectory(base.resolve(f))) {
                all.addAll(find(base.resolve(f)));
            }
        }
        return all;
    }

    public static List<Path> find(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("expected.yaml"))
                    .map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GoldenCase read(Path folder) throws BadCase {
        Path file = folder.resolve("expected.yaml");
        if (!Files.isRegularFile(folder.resolve("dossier.yaml"))) {
            throw new BadCase(folder, "a golden case needs dossier.yaml beside expected.yaml");
        }
        ReadResult read = YamlReader.read(file, file.toString());
        if (!read.ok()) {
            throw new BadCase(file, read.problems().get(0).position() + " " + read.problems().get(0).message().render(Lang.EN));
        }
        Node.Mapping root = read.document().root();
        for (String key : root.entries().keySet()) {
            if (!KEYS.contains(key)) {
                throw new BadCase(file, "unknown key " + key + "; allowed: " + KEYS);
            }
        }
        LocalDate asOf = date(file, text(root, "as_of"));
        if (asOf == null) {
            throw new BadCase(file, "as_of is required: a case never depends on the real today");
        }
        String gate = text(root, "gate");
        String failOn = text(root, "fail_on");
        String exit = text(root, "exit");
        List<GoldenCase.Expected> findings = new ArrayList<>();
        if (root.value("findings") instanceof Node.Seq seq) {
            for (Node n : seq.items()) {
                findings.add(expected(file, n));
            }
        } else if (root.value("findings") != null) {
            throw new BadCase(file, "findings must be a list");
        }
        List<Path> rules = new ArrayList<>();
        if (root.value("rules") instanceof Node.Seq seq) {
            for (Node n : seq.items()) {
                rules.add(folder.resolve(((Node.Scalar) n).text()));
            }
        }
        List<String> nearMiss = texts(root, "near_miss");
        List<GoldenCase.UnknownNearMiss> unknownNearMiss = new ArrayList<>();
        if (root.value("unknown_near_miss") instanceof Node.Seq seq) {
            for (Node n : seq.items()) {
                String rule = n instanceof Node.Mapping m ? text(m, "rule") : null;
                String unknown = n instanceof Node.Mapping m ? text(m, "unknown") : null;
                if (rule == null || unknown == null) {
                    throw new BadCase(file, n.position() + " each unknown_near_miss is {rule, unknown: path of a value written unknown}");
                }
                unknownNearMiss.add(new GoldenCase.UnknownNearMiss(rule, unknown));
            }
        }
        try {
            return new GoldenCase(folder, text(root, "title"), asOf,
                    gate == null ? null : Vocabulary.parse(Gate.class, gate).orElseThrow(() -> new IllegalArgumentException("gate " + gate)),
                    text(root, "profile"), rules,
                    failOn == null ? Severity.ERROR : failOn.equals("none") ? null : Severity.parse(failOn),
                    exit == null ? null : Integer.valueOf(exit), findings, nearMiss, unknownNearMiss);
        } catch (IllegalArgumentException e) {
            throw new BadCase(file, e.getMessage());
        }
    }

    private static GoldenCase.Expected expected(Path file, Node n) throws BadCase {
        if (!(n instanceof Node.Mapping m)) {
            throw new BadCase(file, "each finding is {rule, severity, line}");
        }
        for (String key : m.entries().keySet()) {
            if (!FINDING_KEYS.contains(key)) {
                throw new BadCase(file, n.position() + " unknown key " + key + "; allowed: " + FINDING_KEYS);
            }
        }
        String rule = text(m, "rule");
        String severity = text(m, "severity");
        String line = text(m, "line");
        if (rule == null || severity == null || line == null) {
            throw new BadCase(file, n.position() + " each finding needs rule, severity and line");
        }
        try {
            return new GoldenCase.Expected(rule, Severity.parse(severity), Integer.parseInt(line),
                    "true".equals(text(m, "waived")), texts(m, "not_judged"));
        } catch (IllegalArgumentException e) {
            throw new BadCase(file, n.position() + " " + e.getMessage());
        }
    }

    private static List<String> texts(Node.Mapping m, String key) {
        List<String> out = new ArrayList<>();
        if (m.value(key) instanceof Node.Seq seq) {
            for (Node n : seq.items()) {
                out.add(((Node.Scalar) n).text());
            }
        }
        return out;
    }

    private static String text(Node.Mapping m, String key) {
        return m.value(key) instanceof Node.Scalar s ? s.text() : null;
    }

    private static LocalDate date(Path file, String s) throws BadCase {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadCase(file, "as_of: " + e.getMessage());
        }
    }
}
