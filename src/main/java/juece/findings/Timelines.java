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
import juece.facts.Archive;
import juece.facts.Assessment;
import juece.facts.CollectiveDecision;
import juece.facts.Consultation;
import juece.facts.Context;
import juece.facts.DossierFacts;
import juece.facts.ExpertReview;
import juece.facts.FairCompetitionReview;
import juece.facts.Filing;
import juece.facts.Hearing;
import juece.facts.Kind;
import juece.facts.LegalityReview;
import juece.facts.Parameters;
import juece.facts.PartyCommitteeReport;
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
        for (Finding f : findings) {
            if (!f.waived() && f.severity() != Severity.INFO) {
                problems.add(f.step());
                if (f.ruleId().endsWith("/missing") || f.ruleId().equals("normative/assessment-missing")
                        || (f.ruleId().equals("party-committee/not-reported") && one(facts, PartyCommitteeReport.class) == null)) {
                    missing.add(f.step());
                }
            }
        }
        List<Timeline.Lane> lanes = new ArrayList<>();
        Lanes l = new Lanes(lanes, problems);

        Assessment a = one(facts, Assessment.class);
        l.point(Step.ASSESSMENT, a == null ? null : a.date(), null);
        PublicComment c = one(facts, PublicComment.class);
        if (c != null) {
            List<Timeline.Mark> marks = new ArrayList<>();
            boolean thirtyDays = md || (traits != null && traits.marketEntities());
            if (thirtyDays) {
                LocalDate end = c.published().plusDays(Thresholds.MD_COMMENT_MIN_DAYS);
                marks.add(new Timeline.Mark(end, msg("timeline.min-days", "days", Thresholds.MD_COMMENT_MIN_DAYS), c.closes().isBefore(end)));
            } else {
                Deadline end = calendar.nthWorkday(c.published(), Thresholds.ND_COMMENT_MIN_WORKDAYS);
                if (end.covered()) {
                    marks.add(new Timeline.Mark(end.due(), msg("timeline.min-workdays", "days", Thresholds.ND_COMMENT_MIN_WORKDAYS), c.closes().isBefore(end.due())));
                }
            }
            l.span(Step.PUBLIC_PARTICIPATION, msg("timeline.comment"), c.published(), c.closes(),
                    msg("timeline.days", "days", c.days()), marks);
        }
        Hearing h = one(facts, Hearing.class);
        if (h != null) {
            l.span(Step.HEARING, null, h.materialsDelivered(), h.held(), msg("timeline.days-notice", "days", h.noticeDays()),
                    List.of(new Timeline.Mark(h.held().minusDays(Thresholds.HEARING_MATERIALS_MIN_DAYS),
                            msg("timeline.materials-by"), h.noticeDays() < Thresholds.HEARING_MATERIALS_MIN_DAYS)));
        }
        List<Timeline.Mark> consultations = new ArrayList<>();
        for (Object o : facts.facts()) {
            if (o instanceof Consultation k) {
                consultations.add(new Timeline.Mark(k.date(), null, false));
            }
        }
        if (!consultations.isEmpty()) {
            LocalDate first = consultations.stream().map(Timeline.Mark::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = consultations.stream().map(Timeline.Mark::date).max(LocalDate::compareTo).orElseThrow();
            lanes.add(new Timeline.Lane(Step.PUBLIC_PARTICIPATION, msg("timeline.consultations"), Timeline.State.DONE,
                    first, last, msg("timeline.times", "count", consultations.size()), consultations));
        }
        if (c == null && h == null && consultations.isEmpty() && missing.contains(Step.PUBLIC_PARTICIPATION)) {
            l.missing(Step.PUBLIC_PARTICIPATION);
        }
        ExpertReview e = one(facts, ExpertReview.class);
        l.point(Step.EXPERT_REVIEW, e == null ? null : e.date(), null);
        RiskAssessment r = one(facts, RiskAssessment.class);
        l.point(Step.RISK_ASSESSMENT, r == null ? null : r.completed(), r != null && r.completed() == null ? msg("timeline.prior") : null);
        FairCompetitionReview fcr = one(facts, FairCompetitionReview.class);
        l.point(Step.FAIR_COMPETITION_REVIEW, fcr == null ? null : fcr.completed(), null);
        LegalityReview lr = one(facts, LegalityReview.class);
        if (lr != null) {
            Workdays n = calendar.workdays(lr.submitted(), lr.completed());
            l.span(Step.LEGALITY_REVIEW, null, lr.submitted(), lr.completed(),
                    n.covered() ? msg("timeline.workdays", "days", n.days()) : msg("timeline.not-covered"), List.of());
        }
        PartyCommitteeReport p = one(facts, PartyCommitteeReport.class);
        l.point(Step.PARTY_COMMITTEE_REPORT, p == null ? null : p.date(), null);
        CollectiveDecision d = one(facts, CollectiveDecision.class);
        l.point(Step.COLLECTIVE_DECISION, d == null ? null : d.date(), d == null ? null : d.outcome()::label);
        Publication pub = one(facts, Publication.class);
        if (pub != null) {
            l.point(Step.PUBLICATION, pub.date(), null);
        } else if (d != null && d.approved()) {
            Deadline due = calendar.nthWorkday(d.date(), Thresholds.PUBLICATION_MAX_WORKDAYS);
            if (due.covered()) {
                lanes.add(new Timeline.Lane(Step.PUBLICATION, null, problems.contains(Step.PUBLICATION) ? Timeline.State.PROBLEM
                        : Timeline.State.DONE, null, null, msg("timeline.unpublished"),
                        List.of(new Timeline.Mark(due.due(), msg("timeline.publish-by"), due.due().isBefore(context.asOf())))));
            }
        }
        if (!md && pub != null) {
            Filing f = one(facts, Filing.class);
            Deadline due = calendar.deadline(pub.date(), parameters.filingDays());
            List<Timeline.Mark> marks = due.covered() ? List.of(new Timeline.Mark(due.due(), msg("timeline.file-by"),
                    f == null ? due.due().isBefore(context.asOf()) : f.submitted().isAfter(due.due()))) : List.of();
            lanes.add(new Timeline.Lane(Step.FILING, null, problems.contains(Step.FILING) ? Timeline.State.PROBLEM : Timeline.State.DONE,
                    f == null ? null : f.submitted(), f == null ? null : f.submitted(), f == null ? msg("timeline.not-filed") : null, marks));
        }
        Archive ar = one(facts, Archive.class);
        l.point(Step.ARCHIVE, ar == null ? null : ar.date(), null);
        for (Step s : missing) {
            if (s != Step.PUBLIC_PARTICIPATION && lanes.stream().noneMatch(x -> x.step() == s)) {
                l.missing(s);
            }
        }
        lanes.sort((x, y) -> Integer.compare(x.step().ordinal(), y.step().ordinal()));
        return new Timeline(context.asOf(), lanes);
    }

    /** Adds lanes, marking those of steps that have findings. */
    private record Lanes(List<Timeline.Lane> lanes, Set<Step> problems) {
        void point(Step step, LocalDate date, Message note) {
            if (date != null || note != null) {
                span(step, null, date, date, note, List.of());
            }
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
