package juece.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Kind;
import juece.facts.Step;
import juece.facts.Vocabulary;
import juece.Version;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.drools.kiesession.rulebase.SessionsAwareKnowledgeBase;

/**
 * The rules of the run: the built-in KieBase (compiled to the executable model at build time) and
 * the catalogue read back from every rule's metadata. Built once per process; thread-safe.
 */
public final class RuleBook {
    private static volatile RuleBook builtIn;

    private final KieBase kieBase;
    private final Catalog catalog;
    /** Each rule's conditions, read from the compiled rule when first asked for. */
    private final Map<String, Conditions> conditions = new java.util.concurrent.ConcurrentHashMap<>();
    /** The names of every rule, those that state findings and those that derive facts. */
    private final Set<String> names = new HashSet<>();
    /** Sessions are reset and reused: their node memories, built on a session's first dossier, stay. */
    private final KieSessionsPool sessions;

    private RuleBook(KieBase kieBase, Catalog catalog) {
        this.kieBase = kieBase;
        this.catalog = catalog;
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /**
     * What the rule named {@code ruleName} reads: the constraints of its patterns, by fact type, and
     * the facts it requires to be absent, as its DRL writes them (see {@link Conditions}).
     */
    public Conditions conditions(String ruleName) {
        return conditions.computeIfAbsent(ruleName, name -> {
            for (KiePackage p : kieBase.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    if (r.getName().equals(name) && r instanceof RuleImpl impl) {
                        Map<String, List<String>> present = new java.util.LinkedHashMap<>();
                        Set<String> absent = new java.util.TreeSet<>();
                        read(impl.getLhs(), false, present, absent);
                        return new Conditions(present, absent);
                    }
                }
            }
            throw new IllegalArgumentException("no rule named " + name);
        });
    }

    private static void read(org.drools.base.rule.RuleConditionElement e, boolean negated, Map<String, List<String>> present,
                             Set<String> absent) {
        if (e instanceof org.drools.base.rule.GroupElement g) {
            for (org.drools.base.rule.RuleConditionElement c : g.getChildren()) {
                read(c, negated != g.isNot(), present, absent);
            }
        } else if (e instanceof org.drools.base.rule.Pattern p
                && p.getObjectType() instanceof org.drools.base.base.ClassObjectType type) {
            String name = type.getClassType().getSimpleName();
            if (negated) {
                absent.add(name);
                return;
            }
            List<String> constraints = present.computeIfAbsent(name, k -> new ArrayList<>());
            for (org.drools.base.rule.constraint.Constraint c : p.getConstraints()) {
                if (c instanceof org.drools.modelcompiler.constraints.LambdaConstraint l) {
                    String text = l.getPredicateInformation().getStringConstraint();
                    if (text != null && !text.isBlank() && !text.contains("$dossier")) {
                        constraints.add(text.strip());
                    }
                }
            }
        }
    }

    /** A session of its own for one dossier; {@code dispose()} gives it back, emptied. */
    KieSession session() {
        return sessions.newKieSession();
    }

    /**
     * Starts building the shipped KieBase on a background thread, so that reading and validating the
     * input overlap with it (it is most of a cold start); {@link #builtIn()} then waits for it.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                builtIn();
            } catch (RuntimeException | Error e) {
                // builtIn() fails again, where a caller can report it
            }
        }, "juece-kiebase");
        t.setDaemon(true);
        t.start();
    }

    /** The shipped rules; the KieBase is built on first use and shared by every later caller. */
    public static RuleBook builtIn() {
        RuleBook b = builtIn;
        if (b == null) {
            synchronized (RuleBook.class) {
                b = builtIn;
                if (b == null) {
                    KieBase kb = compiledModel();
                    List<MetaProblem> problems = new ArrayList<>();
                    Catalog catalog = new Catalog(readMetadata(kb, problems));
                    if (!problems.isEmpty()) {
                        throw new IllegalStateException("built-in rules break the metadata contract: "
                                + problems.stream().map(MetaProblem::text).toList());
                    }
                    b = builtIn = new RuleBook(kb, catalog);
                }
            }
        }
        return b;
    }

    /**
     * The built-in rules with extra DRL files layered on them (SPEC §2 {@code --rules}, §6 profile
     * {@code rules:}). Only the extra files compile at start-up; they see the same facts, helpers and
     * globals, and must keep the same metadata contract, or the run stops (exit 2).
     */
    public static RuleBook layered(List<Path> drlFiles) throws RuleFileException {
        if (drlFiles.isEmpty()) {
            return builtIn();
        }
        KieBase kb = compiledModel();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kb);
        for (Path f : drlFiles) {
            if (!Files.isRegularFile(f)) {
                throw new RuleFileException(f.toString(), 0, Files.exists(f) ? "not a regular file" : "no such rule file");
            }
            if (!Files.isReadable(f)) {
                throw new RuleFileException(f.toString(), 0, "permission denied: the rule file cannot be read");
            }
            try {
                builder.add(ResourceFactory.newFileResource(f.toFile()).setSourcePath(f.toString()), ResourceType.DRL);
            } catch (RuntimeException e) { // Drools wraps a read failure in an unchecked exception
                throw new RuleFileException(f.toString(), 0, "cannot be read: " + e.getMessage());
            }
            if (builder.hasErrors()) {
                KnowledgeBuilderError e = builder.getErrors().iterator().next();
                int[] lines = e.getLines();
                throw new RuleFileException(f.toString(), lines.length > 0 ? lines[0] : 0, e.getMessage().strip());
            }
        }
        Set<String> builtInRules = builtIn().names;
        for (KiePackage p : builder.getKnowledgePackages()) {
            for (Rule r : p.getRules()) {
                if (builtInRules.contains(r.getName())) {
                    throw ruleFileException(fileOf(r), r.getName(), "the rule has the name of a built-in rule");
                }
            }
        }
        ((SessionsAwareKnowledgeBase) kb).addPackages(builder.getKnowledgePackages());
        List<MetaProblem> problems = new ArrayList<>();
        Catalog catalog = new Catalog(readMetadata(kb, problems));
        if (!problems.isEmpty()) {
            MetaProblem first = problems.get(0);
            throw ruleFileException(fileOf(first.rule()), first.rule().getName(), "the metadata contract is broken: " + first.text());
        }
        // SPEC §4 fixes each id's severity: an extra rule may add a branch to a built-in id, not change it
        Map<String, List<RuleMeta>> fixed = builtIn().catalog().ids();
        for (RuleMeta m : catalog.rules()) {
            List<RuleMeta> same = builtInRules.contains(m.name()) ? null : fixed.get(m.id());
            if (same != null && same.stream().noneMatch(b -> b.severity() == m.severity())) {
                throw ruleFileException(m.file(), m.name(), "@severity " + m.severity().id() + " for the built-in id " + m.id()
                        + ", whose severity is fixed: " + same.stream().map(b -> b.severity().id()).distinct().toList());
            }
        }
        return new RuleBook(kb, catalog);
    }

    /** Whether extra rule files are layered on the shipped rules. */
    boolean layered() {
        return builtIn != this;
    }

    /** Whether {@code ruleName} is one of the shipped rules (a failure in one is a bug in juece). */
    static boolean isBuiltIn(String ruleName) {
        return builtIn().names.contains(ruleName);
    }

    /** A problem with one rule of an extra file, at the line where the rule starts. */
    private static RuleFileException ruleFileException(String file, String ruleName, String message) {
        return new RuleFileException(file, lineOf(file, ruleName), "rule \"" + ruleName + "\": " + message);
    }

    /** The line of {@code rule "NAME"} in a DRL file; 0 when it cannot be found. */
    static int lineOf(String file, String ruleName) {
        Pattern start = Pattern.compile("^\\s*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|'" + Pattern.quote(ruleName) + "'|"
                + Pattern.quote(ruleName) + "(\\s|$))");
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (start.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no line then: the file and the rule name still say where
        }
        return 0;
    }

    /** The DRL files named, and every {@code *.drl} in the folders named, in name order. */
    public static List<Path> drlFiles(List<Path> filesOrFolders) throws RuleFileException {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                List<Path> drl;
                try (var list = Files.list(p)) {
                    drl = list.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl")).sorted().toList();
                } catch (IOException e) {
                    throw new RuleFileException(p.toString(), 0, e instanceof AccessDeniedException
                            ? "permission denied: the folder cannot be read" : "the folder cannot be read: " + e.getMessage());
                }
                if (drl.isEmpty()) { // rules that were meant to apply and apply nothing must not pass silently
                    throw new RuleFileException(p.toString(), 0, "no *.drl rule file in this folder (subfolders are not searched)");
                }
                files.addAll(drl);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new RuleFileException(p.toString(), 0, "no such folder or rule file");
            }
        }
        return files;
    }

    /**
     * A new KieBase of the shipped rules, from the executable-model classes the build generated
     * (listed in the kie-maven-plugin's drools-model file). Instantiating them directly skips the
     * classpath scan of a KieContainer: half the cost of a cold start.
     */
    private static KieBase compiledModel() {
        List<Model> models = new ArrayList<>();
        String list = Version.property("model");
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(list)) {
            if (in == null) {
                throw new IllegalStateException("the built-in rules were not compiled: " + list + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(line.strip()).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("the built-in rules cannot be loaded: " + e, e);
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    static String fileOf(Rule r) {
        var resource = ((RuleImpl) r).getResource();
        return resource == null ? r.getPackageName() : resource.getSourcePath();
    }

    public Catalog catalog() {
        return catalog;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * Every rule's metadata. A rule either states a finding ({@code @id @severity @step @basis
     * @waivable @zh @en}) or derives a fact for other rules ({@code @derives @basis}); anything else,
     * and rules of one id that disagree on step or waivability, are reported in {@code problems}.
     */
    static List<RuleMeta> readMetadata(KieBase kb, List<MetaProblem> problems) {
        List<RuleMeta> rules = new ArrayList<>();
        Map<String, First> firstOfId = new HashMap<>();
        List<Rule> all = new ArrayList<>();
        for (KiePackage p : kb.getKiePackages()) {
            all.addAll(p.getRules());
        }
        // declaration order: an id's first rule is its main branch (the SPEC's severity)
        all.sort(Comparator.comparingInt(r -> ((RuleImpl) r).getLoadOrder()));
        for (Rule r : all) {
            Map<String, Object> m = r.getMetaData();
            if (m.containsKey("derives")) {
                require(r, m, problems, "basis");
                continue;
            }
            if (!require(r, m, problems, "id", "severity", "step", "basis", "waivable", "zh", "en")) {
                continue;
            }
            String id = str(m, "id");
            Severity severity;
            Step step;
            try {
                severity = Severity.parse(str(m, "severity"));
                step = Vocabulary.parse(Step.class, str(m, "step")).orElseThrow(() -> new IllegalArgumentException("step"));
            } catch (IllegalArgumentException e) {
                problems.add(new MetaProblem(r, "bad @severity or @step"));
                continue;
            }
            String waivable = str(m, "waivable");
            if (!waivable.equals("true") && !waivable.equals("false")) {
                problems.add(new MetaProblem(r, "@waivable must be true or false"));
                continue;
            }
            if (!id.matches("[a-z]+(-[a-z]+)*/[a-z]+(-[a-z]+)*")) {
                problems.add(new MetaProblem(r, "@id must look like step/problem, found " + id));
                continue;
            }
            String basisNd = str(m, "basis_nd");
            String kind = str(m, "kind");
            Set<Kind> kinds = kind.isEmpty() ? Set.of() : Vocabulary.parse(Kind.class, kind).map(Set::of).orElse(null);
            if (kinds == null) {
                problems.add(new MetaProblem(r, "@kind must be major_decision or normative_document, found " + kind));
                continue;
            }
            RuleMeta meta = new RuleMeta(r.getName(), id, severity, step, str(m, "basis"),
                    basisNd.isEmpty() ? null : basisNd, Boolean.parseBoolean(waivable), kinds,
                    str(m, "zh"), str(m, "en"), fileOf(r));
            First first = firstOfId.putIfAbsent(id, new First(meta, r));
            if (first != null && (first.meta().step() != meta.step() || first.meta().waivable() != meta.waivable())) {
                // blame the rule from a file: a shipped rule (compiled, no file) is the reference
                Rule other = first.rule();
                Rule culprit = ((RuleImpl) r).getResource() != null ? r : other;
                problems.add(new MetaProblem(culprit, "rules of " + id + " disagree on @step or @waivable with \""
                        + (culprit == r ? other : r).getName() + "\""));
            }
            rules.add(meta);
        }
        return rules;
    }

    /** The first rule of an id, which later rules of the id must agree with. */
    private record First(RuleMeta meta, Rule rule) {
    }

    /** One rule that breaks the metadata contract, and how. */
    record MetaProblem(Rule rule, String text) {
    }

    private static boolean require(Rule r, Map<String, Object> m, List<MetaProblem> problems, String... keys) {
        List<String> missing = Arrays.stream(keys).filter(k -> str(m, k).isBlank()).map(k -> "@" + k).toList();
        if (!missing.isEmpty()) {
            problems.add(new MetaProblem(r, "missing " + String.join(", ", missing)));
        }
        return missing.isEmpty();
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString().strip();
    }
}
