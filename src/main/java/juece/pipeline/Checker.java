package juece.pipeline;

import static juece.text.Texts.msg;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.engine.Engine;
import juece.engine.Outcome;
import juece.engine.RuleBook;
import juece.engine.RuleFileException;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.FactsBuilder;
import juece.facts.Gate;
import juece.findings.DossierResult;
import juece.findings.Findings;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.findings.Timelines;
import juece.profile.Profile;
import juece.profile.ProfileException;
import juece.profile.Profiles;
import juece.read.Node;
import juece.read.Position;
import juece.read.Problem;
import juece.read.ReadResult;
import juece.read.YamlDocument;
import juece.read.YamlReader;
import juece.text.Message;
import juece.validate.Validator;

/**
 * The pipeline, one dossier at a time: read → validate → facts → rules → findings; then the run's
 * report. Dossiers are independent and checked on all cores; the report is in file order whatever
 * the thread count. A dossier is checked under the run's profile ({@code --profile}), else its own
 * {@code profile:} key, else the national profile; a profile's extra rules are layered on the rules
 * of the run.
 */
public final class Checker {
    private final Options options;
    private final RuleBook rules;
    private final Map<String, Object> profiles = new ConcurrentHashMap<>();
    private final Map<List<Path>, Object> ruleBooks = new ConcurrentHashMap<>();

    /**
     * What a run checks against. {@code profile} null: each dossier's own, else national;
     * {@code failOn} null: none; {@code gate} null: no gate; {@code extraRules}: --rules files.
     */
    public record Options(LocalDate asOf, Gate gate, Severity failOn, Profile profile, List<Path> extraRules,
                          WorkCalendar calendar, int threads, boolean timelines) {
        public Options {
            extraRules = List.copyOf(extraRules);
        }
    }

    /** @throws RuleFileException when an extra rule file does not compile (exit 2) */
    public Checker(Options options) throws RuleFileException {
        this.options = options;
        this.rules = RuleBook.layered(options.extraRules());
    }

    /** Told after each dossier: how many are done, of how many. */
    @FunctionalInterface
    public interface Progress {
        void checked(int done, int total);
    }

    public RunReport check(List<Path> paths) {
        return check(paths, null);
    }

    public RunReport check(List<Path> paths, Progress progress) {
        List<Inputs.Input> inputs = Inputs.collect(paths);
        List<DossierResult> results = new ArrayList<>(inputs.size());
        int threads = Math.max(1, Math.min(options.threads(), inputs.size()));
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<Inputs.Input, DossierResult> one = in -> {
            DossierResult r = checkOne(in);
            if (progress != null) {
                progress.checked(done.incrementAndGet(), inputs.size());
            }
            return r;
        };
        if (threads == 1) {
            for (Inputs.Input in : inputs) {
                results.add(one.apply(in));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "juece-check");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<DossierResult>> futures = new ArrayList<>(inputs.size());
                for (Inputs.Input in : inputs) {
                    futures.add(pool.submit(() -> one.apply(in)));
                }
                for (Future<DossierResult> f : futures) {
                    results.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        results = markDuplicateIds(results);
        String profile = options.profile() == null ? Profiles.NATIONAL : options.profile().name();
        RunReport.Tool tool = new RunReport.Tool("juece", Version.get(), profile, options.asOf(), options.gate(),
                options.failOn());
        return new RunReport(tool, results, Summary.of(results), rules.catalog());
    }

    private DossierResult checkOne(Inputs.Input in) {
        String file = in.path().toString();
        if (!in.exists()) {
            return Findings.invalid(file, null, List.of(new Problem(Position.START, msg("input.missing"))));
        }
        ReadResult read = YamlReader.read(in.path(), file);
        if (!read.ok()) {
            return Findings.invalid(file, null, read.problems());
        }
        YamlDocument doc = read.document();
        List<Problem> problems = Validator.validate(doc);
        if (!problems.isEmpty()) {
            return Findings.invalid(file, idOf(doc), problems);
        }
        Object profile = profileOf(doc);
        if (profile instanceof Problem p) {
            return Findings.invalid(file, idOf(doc), List.of(p));
        }
        Profile prof = (Profile) profile;
        Object book = ruleBookFor(prof);
        if (book instanceof Problem p) {
            return Findings.invalid(file, idOf(doc), List.of(p));
        }
        RuleBook ruleBook = (RuleBook) book;
        DossierFacts facts = FactsBuilder.build(doc, new Context(options.asOf(), options.gate()), prof.parameters());
        Engine.Result result = new Engine(ruleBook, options.calendar()).run(facts);
        List<Findings.Concluded> concluded = new ArrayList<>(result.outcomes().size());
        for (Outcome o : result.outcomes()) {
            concluded.add(new Findings.Concluded(o.ruleName(), o.path(), o.args(), result.waived().get(o)));
        }
        DossierResult checked = Findings.checked(file, facts.dossier(), prof.name(), doc.map(), concluded,
                ruleBook.catalog(), options.failOn());
        return options.timelines()
                ? checked.withTimeline(Timelines.of(facts, checked.findings(), options.calendar())) : checked;
    }

    /** The dossier's profile, or the problem that keeps it from being used (the run's own profile wins). */
    private Object profileOf(YamlDocument doc) {
        if (options.profile() != null) {
            return options.profile();
        }
        Node.Mapping root = doc.root();
        if (!(root.value("profile") instanceof Node.Scalar ref)) {
            return profiles.computeIfAbsent(Profiles.NATIONAL, k -> Profiles.national());
        }
        Path base = doc.source().folder();
        Position at = root.entries().get("profile").keyPosition();
        return profiles.computeIfAbsent(base + "\u0000" + ref.text(), k -> {
            try {
                return Profiles.load(ref.text(), base);
            } catch (ProfileException e) {
                return new Problem(at, msg("input.profile", "where", e.where(), "reason", e.reason()));
            }
        });
    }

    /** The run's rules with the profile's extra rule files layered on, built once per set of files. */
    private Object ruleBookFor(Profile profile) {
        if (profile.ruleFiles().isEmpty()) {
            return rules;
        }
        List<Path> files = new ArrayList<>(options.extraRules());
        files.addAll(profile.ruleFiles());
        return ruleBooks.computeIfAbsent(List.copyOf(files), k -> {
            try {
                return RuleBook.layered(k);
            } catch (RuleFileException e) {
                return new Problem(Position.START, Message.literal(e.getMessage()));
            }
        });
    }

    private static String idOf(YamlDocument doc) {
        return doc.root().value("id") instanceof Node.Scalar s ? s.text() : null;
    }

    /** Ids are unique within a run (SPEC §3): the second file with an id is invalid, naming the first. */
    private static List<DossierResult> markDuplicateIds(List<DossierResult> results) {
        Map<String, String> firstFile = new HashMap<>();
        List<DossierResult> out = new ArrayList<>(results.size());
        for (DossierResult r : results) {
            String first = r.id() == null || r.status() == DossierResult.Status.INVALID ? null
                    : firstFile.putIfAbsent(r.id(), r.file());
            out.add(first == null ? r : Findings.invalidate(r, new Problem(Position.START,
                    msg("format.duplicate-id", "id", r.id(), "other", first))));
        }
        return out;
    }
}
