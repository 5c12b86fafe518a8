package juece.findings;

import static juece.text.Texts.msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import juece.calendar.Deadline;
import juece.calendar.WorkCalendar;
import juece.calendar.Workdays;
import juece.catalog.Severity;
import juece.law.Thresholds;
import juece.facts.Adjustment;
import juece.facts.AdjustmentKind;
import juece.facts.Archive;
import juece.facts.Assessment;
import juece.facts.CollectiveDecision;
import juece.facts.Consultation;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.Execution;
import juece.facts.ExpertReview;
import juece.facts.FairCompetitionReview;
import juece.facts.Filing;
import juece.facts.Hearing;
import juece.facts.Kind;
import juece.facts.Located;
import juece.facts.LegalityReview;
import juece.facts.Parameters;
import juece.facts.PartyCommitteeReport;
import juece.facts.PostEvaluation;
import juece.facts.PublicComment;
import juece.facts.Publication;
import juece.facts.RiskAssessment;
import juece.facts.Step;
import juece.facts.Traits;
import juece.text.Message;

/** Builds a dossier's {@link Timeline} from its facts and findings. */
public final class Timelines {
    private Timelines() {
    }

    private static <T> T one(DossierFacts facts, Class<T> type) {
        for (Object o : facts.facts()) {
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
        return null;
    }

    public static Timeline of(DossierFacts facts, List<Finding> findings, WorkCalendar calendar) {
        Context context = facts.context();
        Parameters parameters = facts.parameters();
        Traits traits = one(facts, Traits.class);
        boolean md = facts.dossier().kind() == Kind.MAJOR_DECISION;
        Set<Step> problems = EnumSet.noneOf(Step.class);
        Set<Step> missing = EnumSet.noneOf(Step.class);
        List<String> problemPaths = new ArrayList<>(); // where the adjustments' findings point: each adjustment is a lane
        for (Finding f : findings) {
            if (!f.waived() && f.severity() != Severity.INFO) {
                problems.add(f.step());
                if (f.step() == Step.ADJUSTMENT) {
                    problemPaths.add(f.path());
                }
                if (f.ruleId().endsWith("/missing") || f.ruleId().equals("normative/assessment-missing")
                        || (f.ruleId().equals("party-committee/not-reported") && one(facts, PartyCommitteeReport.class) == null)) {
                    missing.add(f.step());
                }
            }
        }
        List<Timeline.Lane> lanes = new ArrayList<>();
        Lanes l = new Lanes(lanes, problems);

        Assessment a = one(facts, Assessment.class);
        l.point(Step.ASSESSMENT, a, a == null ? null : a.date(), "date", null);
        PublicComment c = one(facts, PublicComment.class);
        if (c != null && (c.published() == null || c.closes() == null)) {
            l.unknown(Step.PUBLIC_PARTICIPATION, msg("timeline.comment"), c.recorded());
        } else if (c != null) {
            List<Timeline.Mark> marks = new ArrayList<>();
            boolean thirtyDays = md || traits != null && Boolean.TRUE.equals(traits.marketEntities());
            if (thirtyDays) {
                LocalDate end = c.published().plusDays(Thresholds.MD_COMMENT_MIN_DAYS);
                marks.add(new Timeline.Mark(end, msg("timeline.min-days", "days", Thresholds.MD_COMMENT_MIN_DAYS), c.closes().isBefore(end)));
            } else if (traits != null && Boolean.FALSE.equals(traits.marketEntities())) {
                Deadline end = calendar.nthWorkday(c.published(), Thresholds.ND_COMMENT_MIN_WORKDAYS);
                if (end.covered()) {
                    marks.add(new Timeline.Mark(end.due(), msg("timeline.min-workdays", "days", Thresholds.ND_COMMENT_MIN_WORKDAYS), c.closes().isBefore(end.due())));
                }
            }
            l.span(Step.PUBLIC_PARTICIPATION, msg("timeline.comment"), c.published(), c.closes(),
                    msg("timeline.days", "days", c.days()), marks);
        }
        Hearing h = one(facts, Hearing.class);
        if (h != null && h.noticeDays() == null) {
            l.unknown(Step.HEARING, null, h.recorded());
        } else if (h != null) {
            l.span(Step.HEARING, null, h.materialsDelivered(), h.held(), msg("timeline.days-notice", "days", h.noticeDays()),
                    List.of(new Timeline.Mark(h.held().minusDays(Thresholds.HEARING_MATERIALS_MIN_DAYS),
                            msg("timeline.materials-by"), h.noticeDays() < Thresholds.HEARING_MATERIALS_MIN_DAYS)));
        }
        List<Timeline.Mark> consultations = new ArrayList<>();
        boolean consultationsUnknown = false;
        for (Object o : facts.facts()) {
            if (o instanceof Consultation k) {
                if (k.date() != null) {
                    consultations.add(new Timeline.Mark(k.date(), null, false));
                } else {
                    consultationsUnknown = true;
                }
            }
        }
        if (!consultations.isEmpty()) {
            LocalDate first = consultations.stream().map(Timeline.Mark::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = consultations.stream().map(Timeline.Mark::date).max(LocalDate::compareTo).orElseThrow();
            lanes.add(new Timeline.Lane(Step.PUBLIC_PARTICIPATION, msg("timeline.consultations"), Timeline.State.DONE,
                    first, last, msg("timeline.times", "count", consultations.size()), consultations));
        } else if (consultationsUnknown) {
            l.unknown(Step.PUBLIC_PARTICIPATION, msg("timeline.consultations"), true);
        }
        if (c == null && h == null && consultations.isEmpty() && !consultationsUnknown && missing.contains(Step.PUBLIC_PARTICIPATION)) {
            l.missing(Step.PUBLIC_PARTICIPATION);
        }
        ExpertReview e = one(facts, ExpertReview.class);
        l.point(Step.EXPERT_REVIEW, e, e == null ? null : e.date(), "date", null);
        RiskAssessment r = one(facts, RiskAssessment.class);
        l.point(Step.RISK_ASSESSMENT, r, r == null ? null : r.completed(), "completed",
                r != null && r.completed() == null && r.priorAssessment() != null ? msg("timeline.prior") : null);
        FairCompetitionReview fcr = one(facts, FairCompetitionReview.class);
        l.point(Step.FAIR_COMPETITION_REVIEW, fcr, fcr == null ? null : fcr.completed(), "completed", null);
        LegalityReview lr = one(facts, LegalityReview.class);
        if (lr != null && lr.underWay() && lr.submitted() != null) {
            l.span(Step.LEGALITY_REVIEW, null, lr.submitted(), lr.submitted(), msg("timeline.under-way"), List.of());
        } else if (lr != null && (lr.submitted() == null || lr.completed() == null)) {
            l.unknown(Step.LEGALITY_REVIEW, null, lr.recorded());
        } else if (lr != null) {
            Workdays n = calendar.workdays(lr.submitted(), lr.completed());
            l.span(Step.LEGALITY_REVIEW, null, lr.submitted(), lr.completed(),
                    n.covered() ? msg("timeline.workdays", "days", n.days()) : msg("timeline.not-covered"), List.of());
        }
        PartyCommitteeReport p = one(facts, PartyCommitteeReport.class);
        l.point(Step.PARTY_COMMITTEE_REPORT, p, p == null ? null : p.date(), "date", null);
        CollectiveDecision d = one(facts, CollectiveDecision.class);
        l.point(Step.COLLECTIVE_DECISION, d, d == null ? null : d.date(), "date",
                d == null || d.outcome() == null ? null : d.outcome()::label);
        Publication pub = one(facts, Publication.class);
        if (pub != null && pub.date() != null && d != null && d.approved() && d.date() != null) {
            // published: the 20th working day after the decision, missed when published after it
            Deadline due = calendar.nthWorkday(d.date(), Thresholds.PUBLICATION_MAX_WORKDAYS);
            l.span(Step.PUBLICATION, null, pub.date(), pub.date(), null, due.covered()
                    ? List.of(new Timeline.Mark(due.due(), msg("timeline.publish-by"), pub.date().isAfter(due.due()))) : List.of());
        } else if (pub != null) {
            l.point(Step.PUBLICATION, pub, pub.date(), "date", null);
        } else if (d != null && d.approved() && d.date() != null) {
            Deadline due = calendar.nthWorkday(d.date(), Thresholds.PUBLICATION_MAX_WORKDAYS);
            if (due.covered()) {
                lanes.add(new Timeline.Lane(Step.PUBLICATION, null, problems.contains(Step.PUBLICATION) ? Timeline.State.PROBLEM
                        : Timeline.State.DONE, null, null, msg("timeline.unpublished"),
                        List.of(new Timeline.Mark(due.due(), msg("timeline.publish-by"), due.due().isBefore(context.asOf())))));
            }
        }
        if (!md && pub != null && pub.date() != null) {
            Filing f = one(facts, Filing.class);
            Deadline due = calendar.deadline(pub.date(), parameters.filingDays());
            if (f != null && f.submitted() == null) {
                l.unknown(Step.FILING, null, f.recorded());
            } else {
                List<Timeline.Mark> marks = due.covered() ? List.of(new Timeline.Mark(due.due(), msg("timeline.file-by"),
                        f == null ? due.due().isBefore(context.asOf()) : f.submitted().isAfter(due.due()))) : List.of();
                lanes.add(new Timeline.Lane(Step.FILING, null, problems.contains(Step.FILING) ? Timeline.State.PROBLEM : Timeline.State.DONE,
                        f == null ? null : f.submitted(), f == null ? null : f.submitted(), f == null ? msg("timeline.not-filed") : null, marks));
            }
        }
        Archive ar = one(facts, Archive.class);
        l.point(Step.ARCHIVE, ar, ar == null ? null : ar.date(), "date", null);
        afterPublication(facts, l, problemPaths);
        for (Step s : missing) {
            if (s != Step.PUBLIC_PARTICIPATION && lanes.stream().noneMatch(x -> x.step() == s)) {
                l.missing(s);
            }
        }
        lanes.sort((x, y) -> Integer.compare(x.step().ordinal(), y.step().ordinal()));
        return new Timeline(context.asOf(), lanes);
    }

    /**
     * The decision's life after publication (MD Arts. 34–37): the executing unit as a note, the
     * post-decision evaluation on its date with the unit that did it, each adjustment on its date
     * with its kind — marked a problem when a finding points into that adjustment.
     */
    private static void afterPublication(DossierFacts facts, Lanes l, List<String> problemPaths) {
        Execution x = one(facts, Execution.class);
        if (x != null && x.unit() == null) {
            l.lanes().add(new Timeline.Lane(Step.EXECUTION, null, Timeline.State.UNKNOWN, null, null,
                    msg(x.recorded() ? "timeline.unit-unknown" : "timeline.unknown"), List.of()));
        } else if (x != null) {
            l.lanes().add(new Timeline.Lane(Step.EXECUTION, null, l.problems().contains(Step.EXECUTION) ? Timeline.State.PROBLEM
                    : Timeline.State.DONE, null, null, msg("timeline.execution-unit", "unit", x.unit()), List.of()));
        }
        PostEvaluation e = one(facts, PostEvaluation.class);
        l.point(Step.POST_EVALUATION, e, e == null ? null : e.date(), "date",
                e == null || e.evaluator() == null ? null : msg("timeline.evaluator", "evaluator", e.evaluator()));
        for (Object o : facts.facts()) {
            if (o instanceof Adjustment a) {
                boolean problem = problemPaths.stream().anyMatch(p -> p.equals(a.path()) || p.startsWith(a.path() + "."));
                if (a.date() == null) {
                    l.lanes().add(new Timeline.Lane(Step.ADJUSTMENT, a.kind() == null ? null : a.kind()::label, Timeline.State.UNKNOWN,
                            null, null, msg(a.recorded() ? "timeline.date-unknown" : "timeline.unknown"), List.of()));
                    continue;
                }
                String note = a.kind() == null ? "timeline.adjustment-kind-unknown"
                        : a.kind() == AdjustmentKind.SUSPENSION && Boolean.TRUE.equals(a.urgent()) ? "timeline.adjustment-urgent"
                        : "timeline.adjustment";
                l.lanes().add(new Timeline.Lane(Step.ADJUSTMENT, null, problem ? Timeline.State.PROBLEM : Timeline.State.DONE,
                        a.date(), a.date(), msg(note, "kind", a.kind()), List.of()));
            }
        }
    }

    /** Adds lanes, marking those of steps that have findings. */
    private record Lanes(List<Timeline.Lane> lanes, Set<Step> problems) {
        /** A step of one date: drawn on it, or said to be unknown when the step or its date is. */
        void point(Step step, Located fact, LocalDate date, String field, Message note) {
            if (fact != null && fact.isUnknown(field)) {
                unknown(step, null, fact.recorded());
            } else if (date != null || note != null) {
                span(step, null, date, date, note, List.of());
            }
        }

        /** A step written unknown, or recorded with a date written unknown. */
        void unknown(Step step, Message label, boolean recorded) {
            lanes.add(new Timeline.Lane(step, label, Timeline.State.UNKNOWN, null, null,
                    msg(recorded ? "timeline.date-unknown" : "timeline.unknown"), List.of()));
        }

        void span(Step step, Message label, LocalDate from, LocalDate to, Message note, List<Timeline.Mark> marks) {
            lanes.add(new Timeline.Lane(step, label, problems.contains(step) ? Timeline.State.PROBLEM : Timeline.State.DONE,
                    from, to, note, marks));
        }

        void missing(Step step) {
            lanes.add(new Timeline.Lane(step, null, Timeline.State.MISSING, null, null, msg("timeline.missing"), List.of()));
        }
    }
}
