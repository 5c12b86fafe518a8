package juece.plan;

import static juece.text.Texts.msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import juece.calendar.CountedDay;
import juece.calendar.Deadline;
import juece.calendar.WorkCalendar;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.facts.Archive;
import juece.facts.Assessment;
import juece.facts.CollectiveDecision;
import juece.facts.Document;
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
import juece.law.Thresholds;
import juece.text.Lang;
import juece.text.Message;

/**
 * Back-scheduling from targets ({@code --target STEP=DATE}): for a meeting, a publication, a day the
 * draft goes for review or a hearing set for a date, the latest (or earliest) day for every other step
 * so that the target stays lawful. Periods come from the same thresholds and calendar functions the
 * rules use, counted backwards ({@link WorkCalendar#latestStart}) or forwards; each date says whether
 * the law sets it ({@code law}: 30 days, 7 working days, 7 days before a hearing, 20 working days), the
 * profile does ({@code profile}), or the order of the steps ({@code order}) — with the rule that
 * enforces that order (legality-review/after-decision, order/step-after-decision,
 * publication/before-decision, party-committee/not-reported), or none where the law puts a step
 * before the review (the review examines it) but no rule of the checker dates that.
 */
final class Schedule {
    static final List<Step> TARGETS = List.of(Step.HEARING, Step.LEGALITY_REVIEW, Step.COLLECTIVE_DECISION, Step.PUBLICATION);

    private final DossierFacts facts;
    private final Catalog catalog;
    private final WorkCalendar calendar;
    private final Kind kind;
    private final Traits traits;
    private final Parameters x;
    private final LocalDate asOf;
    private final List<PlannedStep> steps;
    private final List<Scheduled> out = new ArrayList<>();

    private Schedule(DossierFacts facts, Catalog catalog, WorkCalendar calendar, List<PlannedStep> steps) {
        this.facts = facts;
        this.catalog = catalog;
        this.calendar = calendar;
        this.kind = facts.dossier().kind();
        this.traits = Duties.one(facts, Traits.class);
        this.x = facts.parameters();
        this.asOf = facts.context().asOf();
        this.steps = steps;
    }

    static List<Scheduled> of(DossierFacts facts, Map<Step, LocalDate> targets, Catalog catalog, WorkCalendar calendar,
                              List<PlannedStep> steps) {
        if (targets.isEmpty()) {
            return List.of();
        }
        Schedule s = new Schedule(facts, catalog, calendar, steps);
        s.plan(targets.get(Step.HEARING), targets.get(Step.LEGALITY_REVIEW), targets.get(Step.COLLECTIVE_DECISION),
                targets.get(Step.PUBLICATION));
        // in the order of the calendar, so that the adviser reads them as they fall due
        s.out.sort(java.util.Comparator.comparing(Scheduled::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(Scheduled::step).thenComparing(Scheduled::field));
        return List.copyOf(s.out);
    }

    private static CountedDay day(LocalDate d) {
        return new CountedDay(d, List.of());
    }

    private boolean required(Step step) {
        return steps.stream().anyMatch(p -> p.step() == step && p.status() != PlannedStep.Status.NOT_REQUIRED);
    }

    private int reviewMin() {
        return kind == Kind.MAJOR_DECISION ? Thresholds.MD_LEGALITY_REVIEW_MIN_WORKDAYS : Thresholds.ND_LEGALITY_REVIEW_MIN_WORKDAYS;
    }

    private void plan(LocalDate hearing, LocalDate review, LocalDate decision, LocalDate publication) {
        boolean publishes = traits == null || !Boolean.TRUE.equals(traits.confidential());
        if (publication != null) {
            add(Step.COLLECTIVE_DECISION, "collective_decision.date", Duty.Bound.LATEST, day(publication), Scheduled.Source.ORDER,
                    "publication/before-decision", msg("plan.why.before-publication", "target", publication));
            if (publishes && decision == null) {
                add(Step.COLLECTIVE_DECISION, "collective_decision.date", Duty.Bound.EARLIEST,
                        next(calendar.latestStart(publication, Thresholds.PUBLICATION_MAX_WORKDAYS + 1)), Scheduled.Source.LAW,
                        "publication/overdue", msg("plan.why.decide-not-before", "target", publication, "days", Thresholds.PUBLICATION_MAX_WORKDAYS));
            }
            if (catalog.kinds("party-committee/not-reported").contains(kind)) {
                add(Step.PARTY_COMMITTEE_REPORT, "party_committee_report.date", Duty.Bound.LATEST, day(publication),
                        Scheduled.Source.ORDER, "party-committee/not-reported", msg("plan.why.before-publication", "target", publication));
            }
            afterPublication(publication);
        }
        if (decision != null && publishes) {
            add(Step.PUBLICATION, "publication.date", Duty.Bound.EARLIEST, day(decision), Scheduled.Source.ORDER,
                    "publication/before-decision", msg("plan.why.publish-after", "target", decision));
            add(Step.PUBLICATION, "publication.date", Duty.Bound.LATEST,
                    calendar.nthWorkdayAfter(decision, Thresholds.PUBLICATION_MAX_WORKDAYS), Scheduled.Source.LAW,
                    "publication/overdue", msg("plan.why.publish-within", "target", decision, "days", Thresholds.PUBLICATION_MAX_WORKDAYS));
        }
        LocalDate meeting = decision != null ? decision : publication;
        if (meeting != null) {
            add(Step.LEGALITY_REVIEW, "legality_review.completed", Duty.Bound.LATEST, day(meeting), Scheduled.Source.ORDER,
                    "legality-review/after-decision", msg("plan.why.before-decision", "target", meeting));
        }
        LocalDate sent = review;
        if (review == null && meeting != null) {
            CountedDay last = calendar.latestStart(meeting, reviewMin());
            add(Step.LEGALITY_REVIEW, "legality_review.submitted", Duty.Bound.LATEST, last, Scheduled.Source.LAW,
                    "legality-review/too-short", msg("plan.why.review-time", "target", meeting, "days", reviewMin()));
            sent = last.date();
        }
        if (review != null) {
            CountedDay first = calendar.nthWorkdayAfter(review, reviewMin());
            add(Step.LEGALITY_REVIEW, "legality_review.completed", Duty.Bound.EARLIEST, first, Scheduled.Source.LAW,
                    "legality-review/too-short", msg("plan.why.review-from", "target", review, "days", reviewMin()));
            if (catalog.kinds("legality-review/too-long").contains(kind)) {
                add(Step.LEGALITY_REVIEW, "legality_review.completed", Duty.Bound.LATEST,
                        calendar.nthWorkdayAfter(review, Thresholds.ND_LEGALITY_REVIEW_MAX_WORKDAYS), Scheduled.Source.LAW,
                        "legality-review/too-long", msg("plan.why.review-max", "target", review, "days", Thresholds.ND_LEGALITY_REVIEW_MAX_WORKDAYS));
            }
            if (meeting == null) {
                add(Step.COLLECTIVE_DECISION, "collective_decision.date", Duty.Bound.EARLIEST, first, Scheduled.Source.ORDER,
                        "legality-review/after-decision", msg("plan.why.decide-after-review", "target", review, "days", reviewMin()));
            }
        }
        if (sent != null) {
            drafting(sent);
        }
        if (hearing != null) {
            add(Step.HEARING, "public_participation.hearing.materials_delivered", Duty.Bound.LATEST,
                    day(hearing.minusDays(Thresholds.HEARING_MATERIALS_MIN_DAYS)), Scheduled.Source.LAW, "hearing/materials-late",
                    msg("plan.why.materials", "target", hearing, "days", Thresholds.HEARING_MATERIALS_MIN_DAYS));
        }
    }

    /** The day after a counted day (the first day of the period that follows it), or the same unknown. */
    private static CountedDay next(CountedDay d) {
        return d.covered() ? day(d.date().plusDays(1)) : d;
    }

    /** The steps the legality review examines: done by the day the draft is sent, the comment period over the day before. */
    private void drafting(LocalDate sent) {
        Message why = msg("plan.why.before-review", "target", sent);
        for (Step step : List.of(Step.ASSESSMENT, Step.EXPERT_REVIEW, Step.RISK_ASSESSMENT, Step.FAIR_COMPETITION_REVIEW)) {
            if (required(step)) {
                add(step, field(step), Duty.Bound.LATEST, day(sent), Scheduled.Source.ORDER, null, why);
            }
        }
        if (!required(Step.PUBLIC_PARTICIPATION)) {
            return;
        }
        LocalDate closes = sent.minusDays(1);
        add(Step.PUBLIC_PARTICIPATION, "public_participation.comment.closes", Duty.Bound.LATEST, day(closes), Scheduled.Source.ORDER,
                null, msg("plan.why.comment-before-review", "target", sent));
        if (kind == Kind.MAJOR_DECISION || traits != null && Boolean.TRUE.equals(traits.marketEntities())) {
            int days = kind == Kind.MAJOR_DECISION ? Thresholds.MD_COMMENT_MIN_DAYS : Thresholds.ND_MARKET_COMMENT_MIN_DAYS;
            add(Step.PUBLIC_PARTICIPATION, "public_participation.comment.published", Duty.Bound.LATEST, day(closes.minusDays(days)),
                    Scheduled.Source.LAW, "public-comment/too-short", msg("plan.why.comment-days", "target", closes, "days", days));
        } else {
            add(Step.PUBLIC_PARTICIPATION, "public_participation.comment.published", Duty.Bound.LATEST,
                    calendar.latestStart(closes, Thresholds.ND_COMMENT_MIN_WORKDAYS), Scheduled.Source.LAW, "public-comment/too-short",
                    msg("plan.why.comment-workdays", "target", closes, "days", Thresholds.ND_COMMENT_MIN_WORKDAYS));
        }
        add(Step.PUBLIC_PARTICIPATION, "public_participation.adoption_report.date", Duty.Bound.LATEST, day(sent),
                Scheduled.Source.ORDER, null, why);
    }

    private static String field(Step step) {
        return switch (step) {
            case ASSESSMENT -> "assessment.date";
            case EXPERT_REVIEW -> "expert_review.date";
            case RISK_ASSESSMENT -> "risk_assessment.completed";
            default -> "fair_competition_review.completed";
        };
    }

    private void afterPublication(LocalDate publication) {
        if (catalog.kinds("filing/overdue").contains(kind)) {
            Deadline due = calendar.deadline(publication, x.filingDays());
            add(Step.FILING, "filing.submitted", Duty.Bound.LATEST, due.covered() ? day(due.due()) : new CountedDay(null, due.missingYears()),
                    Scheduled.Source.PROFILE, "filing/overdue",
                    msg("plan.why.filing", "target", publication, "days", x.filingDays(), "profile", x.profile()));
        }
        if (catalog.kinds("normative/effective-too-soon").contains(kind)) {
            add(Step.DOCUMENT, "document.effective", Duty.Bound.EARLIEST, day(publication.plusDays(x.effectiveWaitDays())),
                    x.effectiveWaitDays() > 0 ? Scheduled.Source.PROFILE : Scheduled.Source.ORDER,
                    x.effectiveWaitDays() > 0 ? "normative/effective-too-soon" : "normative/effective-before-publication",
                    msg("plan.why.effective", "target", publication, "days", x.effectiveWaitDays(), "profile", x.profile()));
        }
        if (catalog.kinds("archive/missing").contains(kind)) {
            add(Step.ARCHIVE, "archive.date", Duty.Bound.LATEST, day(publication.plusDays(x.archiveGraceDays() - 1L)),
                    Scheduled.Source.PROFILE, "archive/missing",
                    msg("plan.why.archive", "target", publication, "days", x.archiveGraceDays(), "profile", x.profile()));
        }
    }

    private String basis(String rule) {
        if (rule == null) {
            return kind == Kind.MAJOR_DECISION ? "重大行政决策程序暂行条例 第二十六条、第二十七条" : "国办发〔2018〕115号（五）";
        }
        RuleMeta r = Branches.applicable(catalog, rule, kind, traits);
        List<RuleMeta> any = Branches.branches(catalog, rule, kind);
        return r != null ? r.basisFor(kind) : any.isEmpty() ? "" : any.get(0).basisFor(kind);
    }

    /** What the dossier records for a field, or null. */
    private LocalDate recorded(String field) {
        for (Object o : facts.facts()) {
            LocalDate d = switch (field) {
                case "collective_decision.date" -> o instanceof CollectiveDecision c ? c.date() : null;
                case "party_committee_report.date" -> o instanceof PartyCommitteeReport p ? p.date() : null;
                case "legality_review.completed" -> o instanceof LegalityReview l ? l.completed() : null;
                case "legality_review.submitted" -> o instanceof LegalityReview l ? l.submitted() : null;
                case "publication.date" -> o instanceof Publication p ? p.date() : null;
                case "filing.submitted" -> o instanceof Filing f ? f.submitted() : null;
                case "document.effective" -> o instanceof Document d2 ? d2.effective() : null;
                case "archive.date" -> o instanceof Archive a ? a.date() : null;
                case "assessment.date" -> o instanceof Assessment a ? a.date() : null;
                case "expert_review.date" -> o instanceof ExpertReview e ? e.date() : null;
                case "risk_assessment.completed" -> o instanceof RiskAssessment r ? r.completed() : null;
                case "fair_competition_review.completed" -> o instanceof FairCompetitionReview f ? f.completed() : null;
                case "public_participation.comment.closes" -> o instanceof PublicComment c ? c.closes() : null;
                case "public_participation.comment.published" -> o instanceof PublicComment c ? c.published() : null;
                case "public_participation.adoption_report.date" -> o instanceof juece.facts.AdoptionReport a ? a.date() : null;
                case "public_participation.hearing.materials_delivered" -> o instanceof Hearing h ? h.materialsDelivered() : null;
                default -> null;
            };
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private void add(Step step, String field, Duty.Bound bound, CountedDay date, Scheduled.Source source, String rule, Message why) {
        LocalDate actual = recorded(field);
        Duty.Status status;
        Message stands;
        if (date.date() == null) {
            status = Duty.Status.UNKNOWN;
            stands = msg("plan.stands.unknown", "years", date.missingYears());
        } else if (actual != null) {
            boolean outside = bound == Duty.Bound.EARLIEST ? actual.isBefore(date.date()) : actual.isAfter(date.date());
            status = outside ? Duty.Status.MISSED : Duty.Status.MET;
            stands = msg(outside ? "plan.schedule.recorded-outside" : "plan.schedule.recorded", "actual", actual);
        } else if (bound == Duty.Bound.LATEST && date.date().isBefore(asOf)) {
            status = Duty.Status.MISSED;
            stands = msg("plan.schedule.passed", "asOf", asOf);
        } else {
            status = Duty.Status.OPEN;
            stands = msg("plan.schedule.open");
        }
        Message head = msg("plan.schedule.bound." + bound.id(), "date", date, "why", why);
        out.add(new Scheduled(step, field, bound, date.date(), date.missingYears(), source, rule, basis(rule), status,
                lang -> head.render(lang) + (lang == Lang.ZH ? "；" : "; ") + stands.render(lang)));
    }
}
