package juece.profile;

import static juece.text.Texts.msg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import juece.facts.ParameterSource;
import juece.facts.Parameters;
import juece.read.YamlDocument;
import juece.read.Node;
import juece.read.Position;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.text.Message;
import juece.text.Nearest;

/**
 * Finds and reads profiles (SPEC §6): a built-in name or a file path; {@code extends} resolved
 * recursively (the national profile at the root); every key and value checked.
 */
public final class Profiles {
    public static final String NATIONAL = "national";
    private static final String BUILT_IN = "/juece/profiles/";
    private static final Set<String> KEYS = Set.of("profile", "title", "extends", "parameters", "rules");
    /** A parameter written out: its value and where it comes from, in Chinese and, optionally, English. */
    private static final Set<String> VALUE_KEYS = Set.of("value", "source", "source_en");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private Profiles() {
    }

    /** The names of the profiles shipped in the jar. */
    public static List<String> builtIn() {
        try (InputStream in = Profiles.class.getResourceAsStream(BUILT_IN + "index.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Profile national() {
        try {
            return load(NATIONAL, Path.of("."));
        } catch (ProfileException e) {
            throw new IllegalStateException("the bundled national profile is broken: " + e.getMessage(), e);
        }
    }

    /**
     * A built-in profile by name, or a profile file (relative to {@code base}); {@code base} null: a
     * built-in name only (a dossier that did not come from disk names no file).
     */
    public static Profile load(String nameOrFile, Path base) throws ProfileException {
        return resolve(nameOrFile, base, new ArrayList<>());
    }

    private static Profile resolve(String ref, Path base, List<String> chain) throws ProfileException {
        Source src = open(ref, base);
        if (chain.contains(src.id)) {
            throw new ProfileException(src.name, Position.START, msg("profile.cycle", "chain", String.join(" → ", chain) + " → " + src.id));
        }
        chain.add(src.id);
        ReadResult read = src.read();
        if (!read.ok()) {
            var p = read.problems().get(0);
            throw new ProfileException(src.name, p.position(), p.message());
        }
        YamlDocument doc = read.document();
        Node.Mapping root = doc.root();
        for (Node.Entry e : root.entries().values()) {
            if (!KEYS.contains(e.key())) {
                throw new ProfileException(src.name, e.keyPosition(), msg("profile.unknown-key", "key", e.key(), "keys", List.copyOf(new java.util.TreeSet<>(KEYS))));
            }
        }
        String name = text(root, "profile", src.name, true);
        if (!NAME.matcher(name).matches()) {
            throw new ProfileException(src.name, root.entries().get("profile").keyPosition(), msg("profile.bad-name", "name", name));
        }
        String parentRef = text(root, "extends", src.name, false);
        if (parentRef == null && !name.equals(NATIONAL)) {
            parentRef = NATIONAL;
        }
        Profile parent = parentRef == null ? null : parent(parentRef, root, src, base, chain);
        Map<Parameter, Object> values = new EnumMap<>(Parameter.class);
        Map<String, ParameterSource> sources = new LinkedHashMap<>();
        if (parent != null) {
            Parameters p = parent.parameters();
            for (Parameter q : Parameter.values()) {
                values.put(q, q.valueIn(p));
            }
            sources.putAll(p.sources());
        }
        readParameters(root, src.name, name, values, sources);
        for (Parameter p : Parameter.values()) {
            if (!values.containsKey(p)) {
                throw new ProfileException(src.name, root.position(), msg("profile.missing-parameter", "key", p.key()));
            }
        }
        List<Path> rules = new ArrayList<>(parent == null ? List.of() : parent.ruleFiles());
        rules.addAll(ruleFiles(root, src));
        Parameters parameters = new Parameters(name,
                (Integer) values.get(Parameter.FILING_DAYS),
                (Integer) values.get(Parameter.EFFECTIVE_WAIT_DAYS),
                (Integer) values.get(Parameter.VALIDITY_MAX_YEARS),
                (Integer) values.get(Parameter.VALIDITY_MAX_YEARS_TRIAL),
                (Boolean) values.get(Parameter.CATALOG_REQUIRED),
                (Integer) values.get(Parameter.ARCHIVE_GRACE_DAYS),
                sources);
        String title = text(root, "title", src.name, false);
        List<String> lineage = new ArrayList<>(parent == null ? List.of() : parent.chain());
        lineage.add(name);
        return new Profile(name, title == null ? name : title, parameters, rules, lineage);
    }

    private static void readParameters(Node.Mapping root, String file, String profile,
                                       Map<Parameter, Object> values, Map<String, ParameterSource> sources)
            throws ProfileException {
        Node params = root.value("parameters");
        if (params == null) {
            return;
        }
        if (!(params instanceof Node.Mapping m)) {
            throw new ProfileException(file, params.position(), msg("profile.parameters-mapping"));
        }
        for (Node.Entry e : m.entries().values()) {
            Parameter p = Parameter.byKey(e.key());
            if (p == null) {
                throw new ProfileException(file, e.keyPosition(), msg("profile.unknown-parameter", "key", e.key(),
                        "keys", java.util.Arrays.stream(Parameter.values()).map(Parameter::key).toList()));
            }
            Node value = e.value();
            ParameterSource source = ParameterSource.NONE;
            if (value instanceof Node.Mapping vm) {
                for (String k : vm.entries().keySet()) {
                    if (!VALUE_KEYS.contains(k)) {
                        throw new ProfileException(file, vm.entries().get(k).keyPosition(), msg("profile.value-keys", "key", k));
                    }
                }
                if (!vm.entries().containsKey("value")) {
                    throw new ProfileException(file, e.keyPosition(), msg("profile.value-keys", "key", e.key()));
                }
                source = new ParameterSource(vm.value("source") instanceof Node.Scalar s ? s.text() : null,
                        vm.value("source_en") instanceof Node.Scalar s ? s.text() : null);
                value = vm.get("value");
            }
            values.put(p, value(p, value, file));
            sources.put(p.key(), source);
        }
    }

    private static Object value(Parameter p, Node node, String file) throws ProfileException {
        if (!(node instanceof Node.Scalar s)) {
            throw new ProfileException(file, node.position(), msg("profile.bad-value", "key", p.key(), "type", msg("profile.type." + p.type().name())));
        }
        if (p.type() == Parameter.Type.FLAG) {
            if (s.type() == Node.Scalar.Type.BOOLEAN && s.text().matches("true|false")) {
                return Boolean.parseBoolean(s.text());
            }
        } else if (p.type() == Parameter.Type.YEARS_OR_NULL && s.isNull()) {
            return null;
        } else if (s.type() == Node.Scalar.Type.INTEGER && s.text().matches("\\d{1,5}")) {
            int n = Integer.parseInt(s.text());
            if (n >= (p.type() == Parameter.Type.DAYS_OR_ZERO ? 0 : 1)) {
                return n;
            }
        }
        throw new ProfileException(file, s.position(), msg("profile.bad-value", "key", p.key(), "type", msg("profile.type." + p.type().name())));
    }

    private static List<Path> ruleFiles(Node.Mapping root, Source src) throws ProfileException {
        Node rules = root.value("rules");
        if (rules == null) {
            return List.of();
        }
        if (!(rules instanceof Node.Seq seq) || src.folder == null) {
            throw new ProfileException(src.name, rules.position(), msg("profile.rules-list"));
        }
        List<Path> files = new ArrayList<>();
        for (Node item : seq.items()) {
            if (!(item instanceof Node.Scalar s) || s.isNull()) {
                throw new ProfileException(src.name, item.position(), msg("profile.rules-list"));
            }
            Path p = src.folder.resolve(s.text()).normalize();
            if (!Files.exists(p)) {
                throw new ProfileException(src.name, item.position(), msg("profile.rules-missing", "path", p));
            }
            files.add(p);
        }
        return files;
    }

    private static String text(Node.Mapping root, String key, String file, boolean required) throws ProfileException {
        Node n = root.value(key);
        if (n == null) {
            if (required) {
                throw new ProfileException(file, root.position(), msg("profile.missing-key", "key", key));
            }
            return null;
        }
        if (!(n instanceof Node.Scalar s) || s.type() == Node.Scalar.Type.BOOLEAN) {
            throw new ProfileException(file, n.position(), msg("profile.text", "key", key));
        }
        return s.text();
    }

    /** The profile {@code extends} names; one that does not exist is reported at the {@code extends:} line that names it. */
    private static Profile parent(String ref, Node.Mapping root, Source src, Path base, List<String> chain) throws ProfileException {
        try {
            return resolve(ref, src.folder == null ? base : src.folder, chain);
        } catch (ProfileException e) {
            Node.Entry named = root.entries().get("extends");
            if (e.position() != null || named == null) {
                throw e;
            }
            throw new ProfileException(src.name, named.value().position(), e.reason());
        }
    }

    /** Where a profile comes from: the jar (built-in name) or a file. */
    private record Source(String id, String name, Path folder, byte[] bundled, Path file) {
        ReadResult read() {
            return file != null ? YamlReader.read(file, name) : YamlReader.parse(name, bundled);
        }
    }

    private static Source open(String ref, Path base) throws ProfileException {
        if (NAME.matcher(ref).matches() && builtIn().contains(ref)) {
            try (InputStream in = Profiles.class.getResourceAsStream(BUILT_IN + ref + ".yaml")) {
                return new Source("builtin:" + ref, "profile " + ref, null, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (base == null) {
            throw new ProfileException(ref, null, msg("profile.builtin-only", "name", ref, "builtin", builtIn()));
        }
        Path file = base.resolve(ref).normalize();
        if (!Files.isRegularFile(file)) {
            String near = Nearest.of(ref, builtIn());
            throw new ProfileException(ref, null, msg("profile.unknown", "name", ref, "builtin", builtIn(),
                    "hint", near == null ? Message.literal("") : msg("format.hint-nearest", "key", near)));
        }
        return new Source(file.toAbsolutePath().toString(), file.toString(), file.toAbsolutePath().getParent(), null, file);
    }
}
