package juece.pipeline;

import static juece.text.Texts.msg;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import juece.Version;
import juece.calendar.WorkCalendar;
import juece.catalog.Catalog;
import juece.catalog.Severity;
import juece.engine.Engine;
import juece.engine.Outcome;
import juece.engine.RuleBook;
import juece.engine.RuleFailure;
import juece.engine.RuleFileException;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.FactsBuilder;
import juece.facts.Gate;
import juece.facts.Evidence;
import juece.findings.DossierResult;
import juece.findings.EvidenceRecord;
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
import juece.text.Message;
import juece.validate.DossierFormat;
import juece.validate.Validator;

/**
 * The pipeline, one dossier at a time: read → validate → facts → rules → findings; then the run's
 * report. Dossiers are independent and checked on all cores; the report is in file order whatever
 * the thread count. A dossier is checked under the run's profile ({@code --profile}), else its own
 * {@code profile:} key, else the national profile; a profile's extra rules are layered on the rules
 * of the run.
 */
public final class Checker {
    /** The most dossiers checked as one batch, whose rules run in one session. */
    public static final int BATCH = 32;
    /** Text from an extra rule is shown on one line: each run of control characters becomes a space. */
    private static final Pattern CONTROL_RUNS = Pattern.compile(Inputs.CONTROL.pattern() + "+");

    private final Options options;
    /** The run's rules: null until first needed when they are the shipped ones (built in the background). */
    private volatile RuleBook rules;
    private final Map<String, Object> profiles;
    private final Map<List<Path>, Object> ruleBooks;

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
        this.rules = options.extraRules().isEmpty() ? null : RuleBook.layered(options.extraRules());
        this.profiles = new ConcurrentHashMap<>();
        this.ruleBooks = new ConcurrentHashMap<>();
    }

    private Checker(Options options, Checker same) {
        this.options = options;
        this.rules = same.rules;
        this.profiles = same.profiles;
        this.ruleBooks = same.ruleBooks;
    }

    /**
     * The same rules, calendar and threads under other settings of a run: a server varies as-of,
     * gate, fail-on and profile per request, and the rules compiled so far (--rules, a profile's
     * rules) and the profiles read so far are shared instead of built again. Cheap; thread-safe.
     */
    public Checker with(LocalDate asOf, Gate gate, Severity failOn, Profile profile, boolean timelines) {
        return new Checker(new Options(asOf, gate, failOn, profile, options.extraRules(), options.calendar(),
                options.threads(), timelines), this);
    }

    private RuleBook rules() {
        RuleBook r = rules;
        if (r == null) {
            r = rules = RuleBook.builtIn();
        }
        return r;
    }

    /** Told after each dossier: how many are done, of how many ({@code total} -1 while the walk goes on). */
    @FunctionalInterface
    public interface Progress {
        void checked(int done, int total);
    }

    /** What the run checks against. */
    public Options options() {
        return options;
    }

    /** The run's settings as reports state them; the profile is --profile's, null without one (each dossier's own, else national). */
    public RunReport.Tool tool() {
        String profile = options.profile() == null ? null : options.profile().name();
        return new RunReport.Tool("juece", Version.get(), profile, options.asOf(), options.gate(), options.failOn());
    }

    /** The rules the run checks against (the built-in ones, with --rules layered on). */
    public Catalog catalog() {
        return rules().catalog();
    }

    /** A whole run held at once: for tests, golden cases and small runs. */
    public RunReport check(List<Path> paths) {
        return check(files(paths));
    }

    /** A whole run of what a door hands over, held at once. */
    public RunReport check(Input.Door door) {
        List<DossierResult> results = new ArrayList<>();
        Summary summary = run(door, results::add, null);
        return new RunReport(tool(), results, summary, catalog());
    }

    /** The file door: every dossier under {@code paths}, in the walk's order. */
    public static Input.Door files(List<Path> paths) {
        return sink -> Inputs.each(paths, sink);
    }

    /** Checks every dossier under {@code paths}: {@link #run(Input.Door, Consumer, Progress)} through the file door. */
    public Summary run(List<Path> paths, Consumer<DossierResult> sink, Progress progress) {
        return run(files(paths), sink, progress);
    }

    /**
     * Checks every dossier the door hands over and hands each result to {@code sink} in the door's
     * order, keeping none: dossiers are checked on all cores while the walk goes on, at most a few
     * batches per thread ahead of the one the sink is waiting for, so memory stays flat and the
     * output is the same whatever the thread count.
     */
    public Summary run(Input.Door door, Consumer<DossierResult> sink, Progress progress) {
        return run(door, Reading.FINDINGS, sink, progress);
    }

    /**
     * The same road for every reader: each dossier the door hands over is checked as by
     * {@link #run(Input.Door, Consumer, Progress)}, judged as often as {@code reading} asks, and what
     * {@code reading} makes of it goes to {@code sink} in the door's order. The summary counts the
     * dossiers' findings (those of each dossier's first judgement).
     */
    public <T> Summary run(Input.Door door, Reading<T> reading, Consumer<T> sink, Progress progress) {
        Summary.Counter counter = new Summary.Counter();
        Map<String, String> firstFileOfId = new HashMap<>();
        int[] done = {0};
        int[] total = {-1}; // known when the walk is over
        Consumer<Done<T>> ordered = d -> {
            DossierResult checked = uniqueId(d.result(), firstFileOfId);
            counter.add(checked);
            sink.accept(checked == d.result() ? d.value() : reading.read(checked, null));
            if (progress != null) {
                progress.checked(++done[0], total[0]);
            }
        };
        if (options.threads() <= 1) {
            List<Input> inputs = new ArrayList<>();
            door.each(inputs::add);
            total[0] = inputs.size();
            for (int i = 0; i < inputs.size(); i += BATCH) {
                checkBatch(inputs.subList(i, Math.min(inputs.size(), i + BATCH)), reading).forEach(ordered);
            }
            return counter.summary();
        }
        try (Batches<T> batches = new Batches<>(options.threads(), reading, ordered)) {
            int[] found = {0};
            door.each(in -> {
                found[0]++;
                batches.add(in);
            });
            total[0] = found[0];
            batches.finish();
        }
        return counter.summary();
    }

    /**
     * Hands the walk's inputs to the workers in batches and their results on in order. Batches
     * start at one dossier, so that every core has work at once, and double up to 32: one
     * hand-over per dossier costs more than a small dossier's check. A batch goes out when the
     * next input is found, so that a run of one dossier is checked here, without a pool.
     */
    private final class Batches<T> implements AutoCloseable {
        private final int threads;
        private final Reading<T> reading;
        private final Consumer<Done<T>> ordered;
        private final ArrayDeque<Future<List<Done<T>>>> inFlight = new ArrayDeque<>();
        private ExecutorService pool;
        private List<Input> pending = new ArrayList<>();
        private int size = 1;

        Batches(int threads, Reading<T> reading, Consumer<Done<T>> ordered) {
            this.threads = threads;
            this.reading = reading;
            this.ordered = ordered;
        }

        void add(Input in) {
            if (pending.size() == size) {
                submit(pending);
                pending = new ArrayList<>();
                size = Math.min(BATCH, size * 2);
            }
            pending.add(in);
        }

        void finish() {
            if (pool == null) {
                checkBatch(pending, reading).forEach(ordered);
            } else {
                submit(pending);
            }
            while (!inFlight.isEmpty()) {
                passOnOldest();
            }
        }

        private void submit(List<Input> batch) {
            if (pool == null) {
                pool = Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "juece-check");
                    t.setDaemon(true);
                    return t;
                });
            }
            if (inFlight.size() == threads * 4) {
                passOnOldest();
            }
            inFlight.addLast(pool.submit(() -> checkBatch(batch, reading)));
        }

        private void passOnOldest() {
            try {
                inFlight.removeFirst().get().forEach(ordered);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** A dossier read, valid and turned into facts (one set per judgement the reading asks for), waiting for the rules. */
    private record Ready(YamlDocument doc, Profile profile, RuleBook rules, List<DossierFacts> judgements) {
    }

    /** What a batch hands on for one dossier: its result, and what the reading made of it. */
    private record Done<T>(DossierResult result, T value) {
    }

    /**
     * Checks a batch: each dossier is read, validated and turned into facts, then the rules run over
     * all the dossiers that share a rule book at once.
     */
    private <T> List<Done<T>> checkBatch(List<Input> batch, Reading<T> reading) {
        Object[] prepared = new Object[batch.size()];
        Map<RuleBook, List<DossierFacts>> byRules = new LinkedHashMap<>();
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = prepare(batch.get(i), reading);
            if (prepared[i] instanceof Ready r) {
                byRules.computeIfAbsent(r.rules(), k -> new ArrayList<>()).addAll(r.judgements());
            }
        }
        Map<DossierFacts, Object> ran = new IdentityHashMap<>();
        byRules.forEach((rules, facts) -> applyRules(rules, facts, ran));
        List<Done<T>> results = new ArrayList<>(prepared.length);
        for (Object p : prepared) {
            if (p instanceof Ready r) {
                results.add(finish(r, ran, reading));
            } else {
                results.add(new Done<>((DossierResult) p, reading.read((DossierResult) p, null)));
            }
        }
        return results;
    }

    /**
     * The engine's result for each dossier, or the failure of an extra rule on it, which leaves only
     * that dossier unchecked.
     */
    private void applyRules(RuleBook rules, List<DossierFacts> facts, Map<DossierFacts, Object> ran) {
        Engine engine = new Engine(rules, options.calendar());
        try {
            List<Engine.Result> results = engine.run(facts);
            for (int i = 0; i < facts.size(); i++) {
                ran.put(facts.get(i), results.get(i));
            }
        } catch (RuleFailure f) {
            if (f.builtIn()) {
                throw f;
            }
            for (DossierFacts one : facts) {
                try {
                    ran.put(one, engine.run(one));
                } catch (RuleFailure each) {
                    if (each.builtIn()) {
                        throw each;
                    }
                    ran.put(one, each);
                }
            }
        }
    }

    /** The dossier's facts and rules, or its result already when it cannot be checked. */
    private Object prepare(Input in, Reading<?> reading) {
        ReadResult read = in.read();
        if (!read.ok()) {
            return Findings.invalid(read.source().name(), null, null, read.problems());
        }
        YamlDocument doc = read.document();
        List<Problem> problems = Validator.validate(doc);
        if (!problems.isEmpty()) {
            return invalid(doc, problems);
        }
        Object profile = profileOf(doc);
        if (profile instanceof Problem p) {
            return invalid(doc, List.of(p));
        }
        Profile prof = (Profile) profile;
        Object book = ruleBookFor(prof);
        if (book instanceof Problem p) {
            return invalid(doc, List.of(p));
        }
        Context context = new Context(options.asOf(), options.gate());
        DossierFacts facts = FactsBuilder.build(doc, context, prof.parameters(), DossierFormat::describe);
        return new Ready(doc, prof, (RuleBook) book,
                reading.judgements(facts, () -> FactsBuilder.build(doc, context, prof.parameters(), DossierFormat::describe)));
    }

    private <T> Done<T> finish(Ready ready, Map<DossierFacts, Object> ran, Reading<T> reading) {
        List<List<Findings.Concluded>> concluded = new ArrayList<>(ready.judgements().size());
        for (DossierFacts judged : ready.judgements()) {
            if (ran.get(judged) instanceof RuleFailure f) {
                DossierResult invalid = invalid(ready.doc(), List.of(new Problem(Position.START,
                        msg("input.rule-failed", "where", oneLine(f.where()), "rule", oneLine(f.rule()), "reason", oneLine(f.reason())))));
                return new Done<>(invalid, reading.read(invalid, null));
            }
            concluded.add(concluded((Engine.Result) ran.get(judged)));
        }
        DossierFacts facts = ready.judgements().get(0);
        DossierResult checked = Findings.checked(ready.doc().source().name(), facts.dossier(), ready.profile().name(),
                ready.doc().map(), concluded.get(0), ready.rules().catalog(), options.failOn(), evidence(facts));
        if (options.timelines()) {
            checked = checked.withTimeline(Timelines.of(facts, checked.findings(), options.calendar()));
        }
        return new Done<>(checked, reading.read(checked, new Reading.Judged(ready.judgements(), concluded, ready.rules().catalog())));
    }

    /** The dossier's evidence list as reports show it. */
    public static List<EvidenceRecord> evidence(DossierFacts facts) {
        List<EvidenceRecord> out = new ArrayList<>();
        for (Object o : facts.facts()) {
            if (o instanceof Evidence e) {
                out.add(new EvidenceRecord(e.id(), e.kind() == null ? null : e.kind().yaml(), e.title(), e.file(), e.url()));
            }
        }
        return out;
    }

    /** What the rules concluded about one dossier, as the findings stage takes it. */
    public static List<Findings.Concluded> concluded(Engine.Result result) {
        List<Findings.Concluded> concluded = new ArrayList<>(result.outcomes().size());
        for (Outcome o : result.outcomes()) {
            concluded.add(new Findings.Concluded(o.ruleName(), o.path(), o.args(), result.waived().get(o)));
        }
        return concluded;
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
        Path base = doc.source().attachments().folder();
        Position at = root.entries().get("profile").keyPosition();
        String key = base + "\u0000" + ref.text();
        Object known = profiles.get(key);
        if (known != null) {
            return known;
        }
        Object loaded;
        try {
            loaded = Profiles.load(ref.text(), base);
        } catch (ProfileException e) {
            loaded = new Problem(at, msg("input.profile", "where", e.where(), "reason", e.reason()));
        }
        // a dossier without a folder (an upload) may name a built-in profile only: a name that is not
        // one is not kept, or a long-running server would keep every name its clients ever sent
        if (base != null || loaded instanceof Profile) {
            Object first = profiles.putIfAbsent(key, loaded);
            return first != null ? first : loaded;
        }
        return loaded;
    }

    /** The run's rules with the profile's extra rule files layered on, built once per set of files. */
    private Object ruleBookFor(Profile profile) {
        if (profile.ruleFiles().isEmpty()) {
            return rules();
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

    /** Text from an extra rule (its name, what it threw) on one line, without control characters. */
    private static String oneLine(String s) {
        return CONTROL_RUNS.matcher(s).replaceAll(" ");
    }

    /** A dossier that was read but cannot be checked, named by its id and title where they can be read. */
    private static DossierResult invalid(YamlDocument doc, List<Problem> problems) {
        return Findings.invalid(doc.source().name(), scalar(doc, "id"), scalar(doc, "title"), problems);
    }

    private static String scalar(YamlDocument doc, String key) {
        return doc.root().value(key) instanceof Node.Scalar s ? s.text() : null;
    }

    /** Ids are unique within a run (SPEC §3): the second file with an id is invalid, naming the first. */
    private static DossierResult uniqueId(DossierResult r, Map<String, String> firstFileOfId) {
        if (r.id() == null || r.status() == DossierResult.Status.INVALID) {
            return r;
        }
        String first = firstFileOfId.putIfAbsent(r.id(), r.file());
        return first == null ? r : Findings.invalidate(r, new Problem(r.idPosition() == null ? Position.START : r.idPosition(),
                msg("format.duplicate-id", "id", r.id(), "other", first)));
    }
}
