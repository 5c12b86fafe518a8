package juece.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.engine.RuleFileException;
import juece.facts.DossierFacts;
import juece.facts.Gate;
import juece.facts.Progress;
import juece.facts.Stage;
import juece.facts.Step;
import juece.findings.DossierResult;
import juece.findings.RunReport;
import juece.pipeline.Checker;
import juece.pipeline.Input;
import juece.pipeline.Reading;
import juece.profile.Profile;

/**
 * {@code juece plan}: what must happen next, and by when (SPEC §9). Planning is checking, read
 * differently: the same road ({@link Checker}) reads, validates and judges every dossier, and the plan
 * is read from the dossier's facts and what the rules concluded. A dossier not yet published is judged
 * as at the publication gate, so that the rules themselves say which steps the law requires of it; with
 * {@code --gate} before publication it is judged twice in the same session, at the gate (required now)
 * and at publication (required later). Thread-safe; build one per configuration and reuse it.
 *
 * <pre>{@code
 * Planner planner = new Planner(new Planner.Options(LocalDate.of(2025, 3, 1), null, Severity.ERROR, null, List.of(),
 *         WorkCalendar.load(List.of()), 2, Map.of(Step.COLLECTIVE_DECISION, LocalDate.of(2025, 3, 20))));
 * PlanReport report = planner.plan(Checker.files(List.of(Path.of("dossier.yaml"))));
 * }</pre>
 */
public final class Planner {
    private final Options options;
    private final Checker checker;

    /**
     * What a plan is made against: as {@link Checker.Options} (no timelines), and {@code targets}: dates
     * set for steps ({@code --target STEP=DATE}), from which the dates of the other steps are scheduled.
     */
    public record Options(LocalDate asOf, Gate gate, Severity failOn, Profile profile, List<Path> extraRules,
                          WorkCalendar calendar, int threads, Map<Step, LocalDate> targets) {
        public Options {
            extraRules = List.copyOf(extraRules);
            targets = Map.copyOf(targets);
        }
    }

    /** @throws RuleFileException when an extra rule file does not compile (exit 2) */
    public Planner(Options options) throws RuleFileException {
        this.options = options;
        this.checker = new Checker(new Checker.Options(options.asOf(), options.gate(), options.failOn(), options.profile(),
                options.extraRules(), options.calendar(), options.threads(), false));
        for (Step s : options.targets().keySet()) {
            if (!Schedule.TARGETS.contains(s)) {
                throw new IllegalArgumentException("a target step must be one of " + Schedule.TARGETS + ": " + s.yaml());
            }
        }
    }

    /** Plans by {@code checker} (its rules, as-of, gate, fail-on, profile and calendar), with {@code targets}. */
    public Planner(Checker checker, Map<Step, LocalDate> targets) {
        Checker.Options o = checker.options();
        this.options = new Options(o.asOf(), o.gate(), o.failOn(), o.profile(), o.extraRules(), o.calendar(), o.threads(), targets);
        this.checker = checker;
    }

    /** What reports state before the dossiers. */
    public PlanReport.Header header() {
        return new PlanReport.Header(tool(), options.targets());
    }

    /** The steps a target may name ({@code --target STEP=DATE}). */
    public static List<Step> targetSteps() {
        return Schedule.TARGETS;
    }

    /** The run's settings as reports state them. */
    public RunReport.Tool tool() {
        return checker.tool();
    }

    public Options options() {
        return options;
    }

    /** A whole plan held at once: for the HTTP API, tests and small runs. */
    public PlanReport plan(Input.Door door) {
        List<DossierPlan> plans = new ArrayList<>();
        PlanSummary summary = run(door, plans::add, null);
        return new PlanReport(tool(), options.targets(), plans, summary);
    }

    /**
     * Plans every dossier the door hands over and hands each plan to {@code sink} in the door's order,
     * keeping none (as {@link Checker#run(Input.Door, Reading, Consumer, Checker.Progress)}).
     */
    public PlanSummary run(Input.Door door, Consumer<DossierPlan> sink, Checker.Progress progress) {
        PlanSummary.Counter counter = new PlanSummary.Counter(options.failOn());
        checker.run(door, new PlanReading(), p -> {
            counter.add(p);
            sink.accept(p);
        }, progress);
        return counter.summary();
    }

    /** Judges a dossier as the plan needs it, and reads its plan from the judgements. */
    private final class PlanReading implements Reading<DossierPlan> {
        @Override
        public List<DossierFacts> judgements(DossierFacts facts, Supplier<DossierFacts> again) {
            Progress progress = Duties.one(facts, Progress.class);
            if (progress == null || progress.reached().compareTo(Stage.PUBLICATION) >= 0) {
                return List.of(facts); // published, or at the publication gate: as it stands is as at publication
            }
            if (options.gate() == null) {
                return List.of(atPublication(facts));
            }
            return List.of(facts, atPublication(again.get()));
        }

        @Override
        public DossierPlan read(DossierResult result, Judged judged) {
            if (judged == null) {
                return DossierPlan.invalid(result);
            }
            DossierFacts facts = judged.facts().get(0);
            Verdicts now = Verdicts.of(judged.concluded().get(0), judged.catalog());
            Verdicts eventually = judged.concluded().size() == 1 ? now
                    : Verdicts.of(judged.concluded().get(judged.concluded().size() - 1), judged.catalog());
            List<Duty> duties = Duties.of(facts, now, judged.catalog(), options.calendar());
            List<PlannedStep> steps = Steps.of(facts, judged.catalog(), now, eventually, duties);
            List<Scheduled> schedule = Schedule.of(facts, options.targets(), judged.catalog(), options.calendar(), steps);
            return new DossierPlan(result, steps, duties, schedule);
        }
    }

    /**
     * The dossier's facts with its progress as at the publication gate: every step the law requires
     * before publication is required, so its rule says whether the dossier needs it. The run's context
     * (as-of, gate) stays: the rules that judge dated duties read that, never the progress.
     */
    static DossierFacts atPublication(DossierFacts facts) {
        List<Object> moved = new ArrayList<>(facts.facts().size());
        for (Object o : facts.facts()) {
            moved.add(o instanceof Progress p && p.reached().compareTo(Stage.PUBLICATION) < 0
                    ? new Progress(p.dossier(), Stage.PUBLICATION, p.gate(), p.recorded(), p.unsure()) : o);
        }
        return new DossierFacts(facts.dossier(), facts.context(), facts.parameters(), moved);
    }
}
