package juece.pipeline;

import static juece.text.Texts.msg;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.engine.Engine;
import juece.engine.Outcome;
import juece.engine.RuleBook;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.FactsBuilder;
import juece.facts.Gate;
import juece.findings.DossierResult;
import juece.findings.Findings;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.profile.Profile;
import juece.read.Document;
import juece.read.Position;
import juece.read.Problem;
import juece.read.ReadResult;
import juece.read.YamlReader;
import juece.validate.Validator;

/**
 * The pipeline, one dossier at a time: read → validate → facts → rules → findings; then the run's
 * report. Dossiers are independent and checked on all cores; the report is in file order whatever
 * the thread count.
 */
public final class Checker {
    private final Options options;
    private final Engine engine;
    private final RuleBook rules;

    /** What a run checks against. {@code failOn} null means "none"; {@code gate} null means no gate. */
    public record Options(LocalDate asOf, Gate gate, Severity failOn, Profile profile, WorkCalendar calendar,
                          int threads) {
    }

    public Checker(RuleBook rules, Options options) {
        this.rules = rules;
        this.options = options;
        this.engine = new Engine(rules, options.calendar());
    }

    public RunReport check(List<Path> paths) {
        List<Inputs.Input> inputs = Inputs.collect(paths);
        List<DossierResult> results = new ArrayList<>(inputs.size());
        int threads = Math.max(1, Math.min(options.threads(), inputs.size()));
        if (threads == 1) {
            for (Inputs.Input in : inputs) {
                results.add(checkOne(in));
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
                    futures.add(pool.submit(() -> checkOne(in)));
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
        RunReport.Tool tool = new RunReport.Tool("juece", Version.get(), options.profile().name(), options.asOf(),
                options.gate(), options.failOn());
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
        Document doc = read.document();
        List<Problem> problems = Validator.validate(doc);
        if (!problems.isEmpty()) {
            return Findings.invalid(file, idOf(doc), problems);
        }
        DossierFacts facts = FactsBuilder.build(doc, new Context(options.asOf(), options.gate()),
                options.profile().parameters());
        Engine.Result result = engine.run(facts);
        List<Findings.Concluded> concluded = new ArrayList<>(result.outcomes().size());
        for (Outcome o : result.outcomes()) {
            concluded.add(new Findings.Concluded(o.ruleName(), o.path(), o.args(), result.waived().get(o)));
        }
        return Findings.checked(file, facts.dossier(), doc.map(), concluded, rules.catalog(), options.failOn());
    }

    private static String idOf(Document doc) {
        return doc.root().value("id") instanceof juece.read.Node.Scalar s ? s.text() : null;
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
