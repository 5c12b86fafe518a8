package juece.stats;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import juece.calendar.Deadline;
import juece.calendar.WorkCalendar;
import juece.calendar.Workdays;
import juece.catalog.Catalog;
import juece.catalog.Severity;
import juece.facts.CollectiveDecision;
import juece.facts.DecisionOutcome;
import juece.facts.Document;
import juece.facts.DocumentExclusion;
import juece.facts.DocumentScope;
import juece.facts.Dossier;
import juece.facts.Exclusion;
import juece.facts.ExpertReview;
import juece.facts.FairCompetitionReview;
import juece.facts.Filing;
import juece.facts.Hearing;
import juece.facts.Kind;
import juece.facts.LegalityReview;
import juece.facts.PublicParticipation;
import juece.facts.Publication;
import juece.facts.RiskAssessment;
import juece.facts.Scope;
import juece.facts.Traits;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.law.Thresholds;

/**
 * Where one checked dossier stands in each indicator of SPEC §10.1, read from its facts and its
 * findings: never a second copy of a rule. Where a rule judges exactly what an indicator asks (a
 * late filing or publication, a decision taken at the wrong kind of meeting, an unwaived error), its finding
 * decides; elsewhere the indicator asks the facts, and for dates the same thresholds and calendar
 * functions the rules call ({@link Thresholds#PUBLICATION_MAX_WORKDAYS}, {@link WorkCalendar#workdays},
 * {@link WorkCalendar#deadline}). An answer that depends on a fact written {@code unknown}, or on a
 * year the calendar lacks, puts the dossier in neither numerator nor denominator but in the
 * indicator's {@code unknown}. A date after as-of is a planned date: the step has not happened yet.
 */
final class Judge {
    static final String RECORD_UNKNOWN = "record/unknown";
    /** Findings that are not a rule broken: the record's gaps, the calendar's, the input's, the waivers'. */
    private static final Set<String> NOT_BROKEN = Set.of(RECORD_UNKNOWN, "calendar/not-covered", Catalog.DOSSIER_INVALID,
            "waiver/invalid", "waiver/expired", "waiver/unused");

    /** Whether and when a dossier counts in the year asked for. */
    enum Counting { COUNTED, OTHER_YEAR, UNKNOWN_YEAR, EXCLUDED }

    /** A dossier's place in one indicator: out of it, in the denominator only, in both, or unknown. */
    enum Place { OUT, DEN, NUM, UNKNOWN }

    /** One dossier judged: whether it counts, in which month, and its place in each indicator. */
    record Evaluation(Kind kind, Counting counting, int month, Place[] places, Set<String> broken) {
        Place place(Indicator i) {
            return places[i.ordinal()];
        }
    }

    private final int year;
    private final LocalDate asOf;
    private final WorkCalendar calendar;

    Judge(int year, LocalDate asOf, WorkCalendar calendar) {
        this.year = year;
        this.asOf = asOf;
        this.calendar = calendar;
    }

    /** A date of a step: recorded (YES, with the date), not recorded or not yet (NO), or unknown. */
    private record Dated(Tri state, LocalDate date) {
        static final Dated NO = new Dated(Tri.NO, null);
        static final Dated UNKNOWN = new Dated(Tri.UNKNOWN, null);
    }

    Evaluation evaluate(View v, DossierResult result) {
        Kind kind = v.dossier().kind();
        Place[] places = new Place[Indicator.values().length];
        java.util.Arrays.fill(places, Place.OUT);
        Dated pub = publication(v);
        Dated cd = decision(v);
        Counting counting;
        int month = 0;
        Scope scope = v.one(Scope.class);
        DocumentScope documentScope = v.one(DocumentScope.class);
        if (scope != null && v.unknown(scope, "excluded") || documentScope != null && v.unknown(documentScope, "excluded")) {
            counting = Counting.UNKNOWN_YEAR;
        } else if (scope != null && scope.excluded() != null && scope.excluded() != Exclusion.NONE
                || documentScope != null && documentScope.excluded() != null && documentScope.excluded() != DocumentExclusion.NONE) {
            counting = Counting.EXCLUDED;
        } else if (kind == Kind.MAJOR_DECISION) {
            Tri approved = approved(v, cd);
            // a decision counts in the year of its approved collective decision, else of its publication
            Integer[] years = approved == Tri.YES ? new Integer[] {cd.date().getYear()}
                    : approved == Tri.UNKNOWN && cd.state() == Tri.YES ? new Integer[] {cd.date().getYear(), yearOf(pub)}
                    : approved == Tri.UNKNOWN ? new Integer[] {UNKNOWN_YEAR} : new Integer[] {yearOf(pub)};
            counting = counting(years);
            if (counting == Counting.COUNTED) {
                month = (cd.state() == Tri.YES && cd.date().getYear() == year ? cd.date() : pub.date()).getMonthValue();
            }
        } else {
            counting = counting(new Integer[] {yearOf(pub)});
            if (counting == Counting.COUNTED) {
                month = pub.date().getMonthValue();
            }
        }
        Set<String> broken = new TreeSet<>();
        if (counting == Counting.COUNTED) {
            if (kind == Kind.MAJOR_DECISION) {
                decision(v, result, pub, cd, places);
            } else {
                document(v, result, pub, cd, places);
            }
            for (Finding f : result.findings()) {
                if (!f.waived() && f.severity().atLeast(Severity.WARNING) && !NOT_BROKEN.contains(f.ruleId())) {
                    broken.add(f.ruleId());
                }
            }
        }
        if (kind == Kind.NORMATIVE_DOCUMENT && counting != Counting.EXCLUDED) {
            places[Indicator.ND_EXPIRING_NEXT_YEAR.ordinal()] = count(expiringNextYear(v, pub));
        }
        return new Evaluation(kind, counting, month, places, broken);
    }

    /** A candidate year that is not known, and one that is none (the step has not happened). */
    private static final int UNKNOWN_YEAR = -1;
    private static final int NO_YEAR = 0;

    private static Integer yearOf(Dated d) {
        return d.state() == Tri.YES ? d.date().getYear() : d.state() == Tri.NO ? NO_YEAR : UNKNOWN_YEAR;
    }

    /** Counted when every candidate year is the year asked for; unknown when one is unknown or only some are. */
    private Counting counting(Integer[] years) {
        boolean any = false;
        boolean all = true;
        for (int y : years) {
            if (y == UNKNOWN_YEAR) {
                return Counting.UNKNOWN_YEAR;
            }
            any |= y == year;
            all &= y == year;
        }
        return all ? Counting.COUNTED : any ? Counting.UNKNOWN_YEAR : Counting.OTHER_YEAR;
    }

    private void decision(View v, DossierResult r, Dated pub, Dated cd, Place[] places) {
        Traits t = v.one(Traits.class);
        Tri notConfidential = trait(v, t, "confidential").not();
        set(places, Indicator.MD_COUNT, Place.NUM);
        places[Indicator.MD_PUBLIC_PARTICIPATION.ordinal()] = rate(notConfidential, v.step(PublicParticipation.class));
        places[Indicator.MD_HEARINGS.ordinal()] = count(hearing(v));
        places[Indicator.MD_EXPERT_REVIEW.ordinal()] = rate(trait(v, t, "technical"), v.step(ExpertReview.class));
        places[Indicator.MD_RISK_ASSESSMENT.ordinal()] = rate(trait(v, t, "stability_risk"), v.step(RiskAssessment.class));
        places[Indicator.MD_FAIR_COMPETITION_REVIEW.ordinal()] = rate(trait(v, t, "market_entities"), fairCompetitionReviewed(v, cd));
        places[Indicator.MD_LEGALITY_REVIEW.ordinal()] = rate(Tri.YES, reviewedBeforeDecision(v, cd));
        LegalityReview lr = v.one(LegalityReview.class);
        places[Indicator.MD_LEGAL_ADVISER_OPINION.ordinal()] = rate(v.step(LegalityReview.class),
                lr == null ? Tri.NO : v.unknown(lr, "legal_adviser_opinion") ? Tri.UNKNOWN : Tri.of(Boolean.TRUE.equals(lr.legalAdviserOpinion())));
        places[Indicator.MD_COLLECTIVE_DECISION.ordinal()] = rate(Tri.YES, rightMeeting(v, r, cd));
        places[Indicator.MD_PUBLISHED_ON_TIME.ordinal()] = rate(approved(v, cd).and(notConfidential), publishedOnTime(r, pub, cd));
        places[Indicator.MD_COMPLIANT.ordinal()] = rate(Tri.YES, compliant(r));
    }

    private void document(View v, DossierResult r, Dated pub, Dated cd, Place[] places) {
        set(places, Indicator.ND_COUNT, Place.NUM);
        places[Indicator.ND_LEGALITY_REVIEW.ordinal()] = rate(Tri.YES, reviewedBeforeDecision(v, cd));
        places[Indicator.ND_COLLECTIVE_DECISION.ordinal()] = rate(Tri.YES, collectivelyDecided(v, cd));
        places[Indicator.ND_REGISTERED.ordinal()] = rate(Tri.YES, registered(v));
        Tri filed = filed(v);
        places[Indicator.ND_FILED.ordinal()] = rate(Tri.YES, filed);
        places[Indicator.ND_FILED_ON_TIME.ordinal()] = rate(filed, filedOnTime(v, r, pub));
        places[Indicator.ND_COMPLIANT.ordinal()] = rate(Tri.YES, compliant(r));
    }

    private static void set(Place[] places, Indicator i, Place p) {
        places[i.ordinal()] = p;
    }

    /** In the denominator when {@code den}, in the numerator too when {@code num}; unknown when either answer is. */
    private static Place rate(Tri den, Tri num) {
        if (den == Tri.NO) {
            return Place.OUT;
        }
        if (den == Tri.UNKNOWN) {
            return Place.UNKNOWN;
        }
        return num == Tri.YES ? Place.NUM : num == Tri.NO ? Place.DEN : Place.UNKNOWN;
    }

    private static Place count(Tri t) {
        return t == Tri.YES ? Place.NUM : t == Tri.NO ? Place.OUT : Place.UNKNOWN;
    }

    private Dated publication(View v) {
        Publication p = v.one(Publication.class);
        if (p == null) {
            return Dated.NO;
        }
        return dated(p.date(), v.unknown(p, "date"));
    }

    private Dated decision(View v) {
        CollectiveDecision d = v.one(CollectiveDecision.class);
        if (d == null) {
            return Dated.NO;
        }
        return dated(d.date(), v.unknown(d, "date"));
    }

    private Dated dated(LocalDate date, boolean unknown) {
        if (unknown || date == null) {
            return Dated.UNKNOWN;
        }
        return date.isAfter(asOf) ? Dated.NO : new Dated(Tri.YES, date);
    }

    /** Whether the collective decision approved the matter: no decision, no; its outcome unknown, unknown. */
    private static Tri approved(View v, Dated cd) {
        if (cd.state() != Tri.YES) {
            return cd.state();
        }
        CollectiveDecision d = v.one(CollectiveDecision.class);
        return v.unknown(d, "outcome") ? Tri.UNKNOWN : Tri.of(d.outcome() == DecisionOutcome.APPROVED);
    }

    private static Tri trait(View v, Traits t, String field) {
        if (t == null || v.unknown(t, field)) {
            return Tri.UNKNOWN;
        }
        return Tri.of(switch (field) {
            case "confidential" -> t.confidential();
            case "technical" -> t.technical();
            case "stability_risk" -> t.stabilityRisk();
            case "market_entities" -> t.marketEntities();
            default -> throw new IllegalArgumentException(field);
        });
    }

    private Tri hearing(View v) {
        Tri participation = v.step(PublicParticipation.class);
        if (participation != Tri.YES) {
            return participation;
        }
        Hearing h = v.one(Hearing.class);
        if (h == null) {
            return Tri.NO;
        }
        return v.unknown(h, "held") || h.held() == null ? Tri.UNKNOWN : Tri.of(!h.held().isAfter(asOf));
    }

    /** A review or assessment completed on {@code done}: on or before the decision (no decision: nothing to be late for). */
    private static Tri beforeDecision(LocalDate done, boolean doneUnknown, Dated cd) {
        if (doneUnknown) {
            return Tri.UNKNOWN;
        }
        if (done == null) {
            return Tri.NO;
        }
        return cd.state() == Tri.YES ? Tri.of(!done.isAfter(cd.date())) : cd.state() == Tri.NO ? Tri.YES : Tri.UNKNOWN;
    }

    private Tri fairCompetitionReviewed(View v, Dated cd) {
        FairCompetitionReview f = v.one(FairCompetitionReview.class);
        if (f == null) {
            return Tri.NO;
        }
        return beforeDecision(f.completed(), v.unknown(f, "completed"), cd);
    }

    private Tri reviewedBeforeDecision(View v, Dated cd) {
        LegalityReview lr = v.one(LegalityReview.class);
        if (lr == null) {
            return Tri.NO;
        }
        LocalDate completed = lr.completed() != null && lr.completed().isAfter(asOf) ? null : lr.completed();
        return beforeDecision(completed, v.unknown(lr, "completed"), cd);
    }

    /** Decided at a meeting of the right kind: the rule that judges the meeting decides (collective-decision/wrong-meeting). */
    private static Tri rightMeeting(View v, DossierResult r, Dated cd) {
        if (cd.state() != Tri.YES) {
            return cd.state();
        }
        if (has(r, "collective-decision/wrong-meeting")) {
            return Tri.NO;
        }
        CollectiveDecision d = v.one(CollectiveDecision.class);
        Dossier dossier = v.dossier();
        return v.unknown(d, "meeting") || v.unknown(dossier, "authority_type") ? Tri.UNKNOWN : Tri.YES;
    }

    /** Collectively decided: a decision recorded, unless its outcome is recorded as rejected or deferred. */
    private static Tri collectivelyDecided(View v, Dated cd) {
        if (cd.state() != Tri.YES) {
            return cd.state();
        }
        CollectiveDecision d = v.one(CollectiveDecision.class);
        return v.unknown(d, "outcome") ? Tri.YES : Tri.of(d.outcome() == DecisionOutcome.APPROVED);
    }

    /**
     * Published within 20 working days of the approved decision: late when publication/late says so;
     * otherwise counted as publication/late and publication/overdue count (the same threshold and
     * calendar), unknown where the calendar cannot say or publication is still to come.
     */
    private Tri publishedOnTime(DossierResult r, Dated pub, Dated cd) {
        if (has(r, "publication/late")) {
            return Tri.NO;
        }
        if (cd.state() != Tri.YES || pub.state() == Tri.UNKNOWN) {
            return Tri.UNKNOWN;
        }
        if (pub.state() == Tri.YES) {
            Boolean late = calendar.workdays(cd.date(), pub.date()).above(Thresholds.PUBLICATION_MAX_WORKDAYS);
            return late == null ? Tri.UNKNOWN : Tri.of(!late);
        }
        Workdays sinceDecision = calendar.workdays(cd.date(), asOf);
        Boolean overdue = sinceDecision.above(Thresholds.PUBLICATION_MAX_WORKDAYS);
        // not yet published and not yet overdue: whether it will be on time is not known yet
        return Boolean.TRUE.equals(overdue) ? Tri.NO : Tri.UNKNOWN;
    }

    private static Tri registered(View v) {
        Document d = v.one(Document.class);
        if (d == null) {
            return Tri.UNKNOWN;
        }
        Tri number = v.unknown(d, "number") ? Tri.UNKNOWN : Tri.of(d.number() != null && !d.number().isBlank());
        Tri registered = v.unknown(d, "registered") ? Tri.UNKNOWN : Tri.of(d.registered());
        return number.and(registered);
    }

    private Tri filed(View v) {
        Filing f = v.one(Filing.class);
        if (f == null) {
            return Tri.NO;
        }
        if (!f.recorded()) {
            return Tri.UNKNOWN;
        }
        return !v.unknown(f, "submitted") && f.submitted() != null && f.submitted().isAfter(asOf) ? Tri.NO : Tri.YES;
    }

    /**
     * Filed by the filing/file date: late when filing/late says so; on time when that rule could
     * conclude (the dates known, the calendar covering the deadline) and did not fire.
     */
    private Tri filedOnTime(View v, DossierResult r, Dated pub) {
        if (has(r, "filing/late")) {
            return Tri.NO;
        }
        Filing f = v.one(Filing.class);
        if (f == null || v.unknown(f, "submitted") || f.submitted() == null || pub.state() != Tri.YES) {
            return Tri.UNKNOWN;
        }
        Deadline due = calendar.deadline(pub.date(), v.facts().parameters().filingDays());
        Boolean late = due.endsBefore(f.submitted());
        return late == null ? Tri.UNKNOWN : Tri.of(!late);
    }

    /** No unwaived error: not compliant whatever else is unknown; without one but with a record/unknown, unknown. */
    private static Tri compliant(DossierResult r) {
        boolean unknown = false;
        for (Finding f : r.findings()) {
            if (!f.waived() && f.severity() == Severity.ERROR) {
                return Tri.NO;
            }
            unknown |= f.ruleId().equals(RECORD_UNKNOWN);
        }
        return unknown ? Tri.UNKNOWN : Tri.YES;
    }

    private Tri expiringNextYear(View v, Dated pub) {
        Tri published = pub.state() == Tri.YES ? Tri.of(pub.date().getYear() <= year) : pub.state();
        Document d = v.one(Document.class);
        Tri expires;
        if (d == null || v.unknown(d, "expires")) {
            expires = Tri.UNKNOWN;
        } else {
            expires = Tri.of(d.expires() != null && d.expires().getYear() == year + 1);
        }
        return published.and(expires);
    }

    private static boolean has(DossierResult r, String rule) {
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(rule)) {
                return true;
            }
        }
        return false;
    }
}
