package juece.plan;

import static juece.text.Texts.msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.facts.Archive;
import juece.facts.Assessment;
import juece.facts.CollectiveDecision;
import juece.facts.Consultation;
import juece.facts.DossierFacts;
import juece.facts.ExpertReview;
import juece.facts.FairCompetitionReview;
import juece.facts.Filing;
import juece.facts.Gate;
import juece.facts.Hearing;
import juece.facts.Kind;
import juece.facts.LegalityReview;
import juece.facts.PartyCommitteeReport;
import juece.facts.PublicComment;
import juece.facts.Publication;
import juece.facts.RiskAssessment;
import juece.facts.Stage;
import juece.facts.Step;
import juece.facts.Traits;
import juece.text.Lang;
import juece.text.Message;

/**
 * The steps the law requires of one dossier, and where each stands (SPEC §9). Whether a step is
 * required is the rule's word, never a second copy of it: the rule that judges the step's presence
 * (its {@code missing} rule) fired when the dossier was judged — as it stands at the gate asked for,
 * or, for what comes later, as at the publication gate. The reason given is the rule's own condition on
 * the traits, with the values the dossier records.
 */
final class Steps {
    /** The rule that judges whether each step before publication is there, and the stage it must precede. */
    private static final Map<Step, String> PRESENCE = Map.of(
            Step.PUBLIC_PARTICIPATION, "public-participation/missing",
            Step.EXPERT_REVIEW, "expert-review/missing",
            Step.RISK_ASSESSMENT, "risk-assessment/missing",
            Step.FAIR_COMPETITION_REVIEW, "fair-competition-review/missing",
            Step.ASSESSMENT, "normative/assessment-missing",
            Step.LEGALITY_REVIEW, "legality-review/missing",
            Step.COLLECTIVE_DECISION, "collective-decision/missing",
            Step.PARTY_COMMITTEE_REPORT, "party-committee/not-reported");
    /** The stage a step belongs to (the Stage enum's order): it must be there before the next stage. */
    private static final Map<Step, Stage> STAGE = Map.of(
            Step.PUBLIC_PARTICIPATION, Stage.DRAFTING, Step.EXPERT_REVIEW, Stage.DRAFTING,
            Step.RISK_ASSESSMENT, Stage.DRAFTING, Step.FAIR_COMPETITION_REVIEW, Stage.DRAFTING,
            Step.ASSESSMENT, Stage.DRAFTING, Step.LEGALITY_REVIEW, Stage.LEGALITY_REVIEW,
            Step.COLLECTIVE_DECISION, Stage.DECISION, Step.PARTY_COMMITTEE_REPORT, Stage.DECISION);

    /** The facts that record a step, by simple class name: what the presence rules' {@code not} patterns look for. */
    private static final class Records {
        static final java.util.Set<String> NAMES = names();

        private static java.util.Set<String> names() {
            java.util.Set<String> names = new java.util.HashSet<>();
            Catalog shipped = juece.engine.RuleBook.builtIn().catalog();
            for (String id : PRESENCE.values()) {
                for (RuleMeta r : shipped.withId(id)) {
                    names.addAll(Branches.absent(r.name()));
                }
            }
            return java.util.Set.copyOf(names);
        }
    }
    private static final ClassValue<String> SIMPLE_NAME = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName();
        }
    };

    private final DossierFacts facts;
    private final Catalog catalog;
    private final Verdicts now;
    private final Verdicts eventually;
    private final Gate gate;
    private final Kind kind;
    private final Traits traits;
    private final LocalDate asOf;
    private final List<Duty> duties;
    private final List<PlannedStep> out = new ArrayList<>();
    /** The first fact of each kind (by simple class name): what a rule's {@code not} pattern looks for. */
    private final Map<String, Object> firstOfKind = new java.util.HashMap<>();

    private Steps(DossierFacts facts, Catalog catalog, Verdicts now, Verdicts eventually, List<Duty> duties) {
        this.facts = facts;
        this.catalog = catalog;
        this.now = now;
        this.eventually = eventually;
        this.gate = facts.context().gate();
        this.kind = facts.dossier().kind();
        this.traits = Duties.one(facts, Traits.class);
        this.asOf = facts.context().asOf();
        this.duties = duties;
        for (Object o : facts.facts()) {
            String name = SIMPLE_NAME.get(o.getClass());
            if (Records.NAMES.contains(name)) {
                Object had = firstOfKind.get(name);
                if (had == null || had instanceof juece.facts.Located l && !l.recorded()) {
                    firstOfKind.put(name, o); // one that records the step wins over one written unknown
                }
            }
        }
    }

    /**
     * {@code now}: the dossier judged as it stands (with the gate asked for); {@code eventually}: judged
     * as at the publication gate, for what the law requires of it before publication.
     */
    static List<PlannedStep> of(DossierFacts facts, Catalog catalog, Verdicts now, Verdicts eventually, List<Duty> duties) {
        Steps s = new Steps(facts, catalog, now, eventually, duties);
        Verdicts.Verdict excluded = now.of(Verdicts.SCOPE_EXCLUDED).stream().findFirst().orElse(null);
        for (Step step : Step.values()) {
            if (PRESENCE.containsKey(step)) {
                s.presence(step, excluded);
            } else if (step == Step.HEARING) {
                s.hearing(excluded);
            } else if (step == Step.PUBLICATION) {
                s.publication(excluded);
            } else if (step == Step.FILING) {
                s.afterPublication(step, "filing/overdue", Duties.FILE, excluded);
            } else if (step == Step.ARCHIVE) {
                s.afterPublication(step, "archive/missing", Duties.ARCHIVE, excluded);
            }
        }
        return List.copyOf(s.out);
    }

    private String basis(String id) {
        List<RuleMeta> b = Branches.branches(catalog, id, kind);
        return b.isEmpty() ? "" : b.get(0).basisFor(kind);
    }

    private void add(Step step, PlannedStep.Status status, Message reason, String rule, LocalDate date) {
        out.add(new PlannedStep(step, status, reason, basis(rule), rule, date));
    }

    private static Message excludedBy(Verdicts.Verdict v) {
        return lang -> v.rule().message(v.args(), lang);
    }

    private void presence(Step step, Verdicts.Verdict excluded) {
        String id = PRESENCE.get(step);
        List<RuleMeta> branches = Branches.branches(catalog, id, kind);
        if (branches.isEmpty()) {
            return; // not a step of this kind's procedure
        }
        Object done = recorded(step, branches);
        if (done instanceof juece.facts.Located l && !l.recorded()) {
            add(step, PlannedStep.Status.UNKNOWN, msg("plan.step.written-unknown", "path", l.path()), id, null);
            return;
        }
        if (done != null) {
            LocalDate date = dateOf(done);
            add(step, PlannedStep.Status.DONE, date != null && date.isAfter(asOf) ? msg("plan.step.planned", "date", date)
                    : describe(step, done), id, date);
            return;
        }
        if (eventually.undecided(id) || now.undecided(id)) {
            add(step, PlannedStep.Status.UNKNOWN, undecided(branches.get(0)), id, null);
            return;
        }
        if (excluded != null) {
            add(step, PlannedStep.Status.NOT_REQUIRED, excludedBy(excluded), id, null);
            return;
        }
        Message before = msg("plan.step.before." + STAGE.get(step).name().toLowerCase(java.util.Locale.ROOT));
        Verdicts.Verdict fired = firstOf(now, branches);
        if (fired != null) {
            add(step, PlannedStep.Status.REQUIRED, join(because(fired.rule(), true), before), id, null);
            return;
        }
        Verdicts.Verdict later = firstOf(eventually, branches);
        if (later != null) {
            add(step, PlannedStep.Status.LATER, join(because(later.rule(), true),
                    msg("plan.step.after-gate", "gate", gate == null ? "" : gate.yaml(), "before", before)), id, null);
            return;
        }
        RuleMeta branch = branches.get(0);
        add(step, PlannedStep.Status.NOT_REQUIRED, because(branch, false), id, null);
    }

    /** Why the rule could not say: the conditions it reads on the traits that are unknown, else the step's own record. */
    private Message undecided(RuleMeta rule) {
        List<Message> parts = new ArrayList<>();
        for (Branches.OnTrait c : Branches.onTraits(rule.name())) {
            if (c.unknownIn(traits)) {
                parts.add(c.words(traits));
            }
        }
        if (parts.isEmpty()) {
            return msg("plan.step.undecided", "rule", rule.id());
        }
        return lang -> {
            StringBuilder b = new StringBuilder();
            for (Message p : parts) {
                b.append(b.length() == 0 ? "" : lang == Lang.ZH ? "，" : ", ").append(p.render(lang));
            }
            return b.toString();
        };
    }

    private static Verdicts.Verdict firstOf(Verdicts v, List<RuleMeta> branches) {
        for (Verdicts.Verdict x : v.of(branches.get(0).id())) {
            if (branches.contains(x.rule()) && !x.excused()) {
                return x;
            }
        }
        return null;
    }

    /**
     * Why the rule requires the step (its trait conditions, which hold) or does not (those that fail):
     * "属于“专业性、技术性较强”（traits.technical: true）"; without a condition on the traits, the law
     * requires the step of every dossier of its kind.
     */
    private Message because(RuleMeta rule, boolean required) {
        List<Branches.OnTrait> conditions = Branches.onTraits(rule.name());
        List<Message> parts = new ArrayList<>();
        for (Branches.OnTrait c : conditions) {
            if (traits != null && c.holds(traits) == required) {
                parts.add(c.words(traits));
            }
        }
        if (parts.isEmpty()) {
            return required ? msg("plan.step.always", "kind", kind) : msg("plan.step.not-required", "rule", rule.id());
        }
        return lang -> {
            StringBuilder b = new StringBuilder();
            for (Message p : parts) {
                b.append(b.length() == 0 ? "" : lang == Lang.ZH ? "，" : ", ").append(p.render(lang));
            }
            return b.toString();
        };
    }

    private static Message join(Message a, Message b) {
        return lang -> a.render(lang) + (lang == Lang.ZH ? "；" : "; ") + b.render(lang);
    }

    /** The fact that records the step: one of those whose presence keeps its rule silent. */
    private Object recorded(Step step, List<RuleMeta> branches) {
        Object found = null;
        for (RuleMeta r : branches) {
            for (String kind : Branches.absent(r.name())) {
                Object o = firstOfKind.get(kind);
                if (o != null && (found == null || rank(o) < rank(found))) {
                    found = o;
                }
            }
        }
        return found;
    }

    /** A fact that records the step comes before one written unknown as a whole, then the order of the facts. */
    private int rank(Object fact) {
        int i = facts.facts().indexOf(fact);
        return fact instanceof juece.facts.Located l && !l.recorded() ? i + 100_000 : i;
    }

    private static LocalDate dateOf(Object fact) {
        if (fact instanceof PublicComment c) {
            return c.closes();
        } else if (fact instanceof Hearing h) {
            return h.held();
        } else if (fact instanceof Consultation c) {
            return c.date();
        } else if (fact instanceof ExpertReview e) {
            return e.date();
        } else if (fact instanceof RiskAssessment r) {
            return r.completed();
        } else if (fact instanceof FairCompetitionReview f) {
            return f.completed();
        } else if (fact instanceof Assessment a) {
            return a.date();
        } else if (fact instanceof LegalityReview l) {
            return l.completed() != null ? l.completed() : l.submitted();
        } else if (fact instanceof CollectiveDecision d) {
            return d.date();
        } else if (fact instanceof PartyCommitteeReport p) {
            return p.date();
        } else if (fact instanceof Publication p) {
            return p.date();
        } else if (fact instanceof Filing f) {
            return f.submitted();
        } else if (fact instanceof Archive a) {
            return a.date();
        }
        return null;
    }

    /** What the dossier records of a done step, in a few words. */
    private Message describe(Step step, Object fact) {
        if (fact instanceof PublicComment c) {
            return msg("plan.step.comment", "published", c.published(), "closes", c.closes());
        } else if (fact instanceof RiskAssessment r && r.completed() == null) {
            return msg("plan.step.prior", "prior", r.priorAssessment());
        } else if (fact instanceof LegalityReview l) {
            return l.completed() == null ? msg("plan.step.review-under-way", "submitted", l.submitted())
                    : msg("plan.step.review", "submitted", l.submitted(), "completed", l.completed());
        } else if (fact instanceof CollectiveDecision d && d.date() != null) {
            return msg("plan.step.decided", "date", d.date(), "outcome", d.outcome());
        }
        return dateOf(fact) == null ? msg("plan.step.done-date-unknown") : msg("plan.step.done", "date", dateOf(fact));
    }

    private void hearing(Verdicts.Verdict excluded) {
        if (Branches.branches(catalog, "hearing/materials-late", kind).isEmpty()) {
            return;
        }
        Hearing h = Duties.one(facts, Hearing.class);
        if (h != null && !h.recorded()) {
            add(Step.HEARING, PlannedStep.Status.UNKNOWN, msg("plan.step.written-unknown", "path", h.path()), "hearing/materials-late", null);
        } else if (h != null) {
            add(Step.HEARING, PlannedStep.Status.DONE, h.held() != null && h.held().isAfter(asOf) ? msg("plan.step.planned", "date", h.held())
                    : h.held() == null ? msg("plan.step.done-date-unknown") : msg("plan.step.done", "date", h.held()),
                    "hearing/materials-late", h.held());
        } else {
            add(Step.HEARING, PlannedStep.Status.NOT_REQUIRED, excluded != null ? excludedBy(excluded) : msg("plan.step.hearing"),
                    "hearing/materials-late", null);
        }
    }

    private Duty duty(String id) {
        return duties.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    private void publication(Verdicts.Verdict excluded) {
        String id = "publication/overdue";
        Publication p = Duties.one(facts, Publication.class);
        if (p != null && !p.recorded()) {
            add(Step.PUBLICATION, PlannedStep.Status.UNKNOWN, msg("plan.step.written-unknown", "path", p.path()), id, null);
            return;
        }
        if (p != null) {
            add(Step.PUBLICATION, PlannedStep.Status.DONE, p.date() != null && p.date().isAfter(asOf) ? msg("plan.step.planned", "date", p.date())
                    : p.date() == null ? msg("plan.step.done-date-unknown") : msg("plan.step.done", "date", p.date()), id, p.date());
            return;
        }
        if (excluded != null) {
            add(Step.PUBLICATION, PlannedStep.Status.NOT_REQUIRED, excludedBy(excluded), id, null);
            return;
        }
        CollectiveDecision d = Duties.one(facts, CollectiveDecision.class);
        Boolean confidential = traits == null ? null : traits.confidential();
        if (Boolean.TRUE.equals(confidential)) {
            add(Step.PUBLICATION, PlannedStep.Status.NOT_REQUIRED, because(catalog.withId(id).get(0), false), id, null);
        } else if (d == null) {
            add(Step.PUBLICATION, PlannedStep.Status.LATER, msg("plan.step.after-decision"), id, null);
        } else if (!d.recorded() || d.isUnknown("outcome") || confidential == null) {
            add(Step.PUBLICATION, PlannedStep.Status.UNKNOWN, undecided(catalog.withId(id).get(0)), id, null);
        } else if (!d.approved()) {
            add(Step.PUBLICATION, PlannedStep.Status.NOT_REQUIRED, msg("plan.step.not-approved", "outcome", d.outcome().yaml()), id, null);
        } else {
            Duty due = duty(Duties.PUBLISH);
            add(Step.PUBLICATION, PlannedStep.Status.REQUIRED, msg("plan.step.publish-by", "date",
                    due == null || due.date() == null ? "?" : due.date()), id, null);
        }
    }

    private void afterPublication(Step step, String id, String dutyId, Verdicts.Verdict excluded) {
        if (Branches.branches(catalog, id, kind).isEmpty()) {
            return;
        }
        Object done = step == Step.FILING ? Duties.one(facts, Filing.class) : Duties.one(facts, Archive.class);
        Publication p = Duties.one(facts, Publication.class);
        if (done instanceof juece.facts.Located l && !l.recorded()) {
            add(step, PlannedStep.Status.UNKNOWN, msg("plan.step.written-unknown", "path", l.path()), id, null);
        } else if (done != null) {
            LocalDate date = dateOf(done);
            add(step, PlannedStep.Status.DONE, date != null && date.isAfter(asOf) ? msg("plan.step.planned", "date", date)
                    : date == null ? msg("plan.step.done-date-unknown") : msg("plan.step.done", "date", date), id, date);
        } else if (excluded != null) {
            add(step, PlannedStep.Status.NOT_REQUIRED, excludedBy(excluded), id, null);
        } else if (p == null) {
            add(step, PlannedStep.Status.LATER, msg("plan.step.after-publication"), id, null);
        } else if (!p.recorded()) {
            add(step, PlannedStep.Status.UNKNOWN, msg("plan.step.written-unknown", "path", p.path()), id, null);
        } else {
            Duty due = duty(dutyId);
            add(step, PlannedStep.Status.REQUIRED, msg("plan.step.due", "date", due == null || due.date() == null ? "?" : due.date()),
                    id, null);
        }
    }
}
