package juece.plan;

import static juece.text.Texts.msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import juece.calendar.CountedDay;
import juece.calendar.Deadline;
import juece.calendar.WorkCalendar;
import juece.calendar.Workdays;
import juece.catalog.Catalog;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Archive;
import juece.facts.CollectiveDecision;
import juece.facts.Document;
import juece.facts.DossierFacts;
import juece.facts.Filing;
import juece.facts.Hearing;
import juece.facts.Kind;
import juece.facts.LegalityReview;
import juece.facts.Parameters;
import juece.facts.PublicComment;
import juece.facts.Publication;
import juece.facts.Stage;
import juece.facts.Step;
import juece.facts.Traits;
import juece.findings.Findings;
import juece.law.Thresholds;
import juece.text.Lang;
import juece.text.Message;

/**
 * The dated duties of one dossier (SPEC §9), each date counted from the same named thresholds and
 * calendar functions the rules call, and each status read from the rule that judges the duty in the
 * same run: missed exactly when its breaking branch fires, unknown exactly when it reports
 * calendar/not-covered, met when it stays silent on a recorded act (or fires its excused branch: a
 * stated shortened_reason), open when the act is still to come. {@code DutiesTest} holds plan and
 * check together over every golden case and thousands of shifted variants.
 *
 * <p>A reader of a checked dossier may call {@link #of(DossierFacts, List, Catalog, WorkCalendar)}
 * with the dossier's facts and what the rules concluded (the HTML report's open duties, for one).
 */
public final class Duties {
    static final String COMMENT = "public-comment/close";
    static final String MATERIALS = "hearing/materials";
    static final String OPINION = "legality-review/opinion";
    static final String OPINION_BY = "legality-review/opinion-by";
    static final String PUBLISH = "publication/publish";
    static final String EFFECTIVE = "normative/effective";
    static final String EXPIRES = "normative/expires";
    static final String FILE = "filing/file";
    static final String ARCHIVE = "archive/archive";

    private final DossierFacts facts;
    private final Verdicts verdicts;
    private final Catalog catalog;
    private final WorkCalendar calendar;
    private final Kind kind;
    private final Traits traits;
    private final LocalDate asOf;
    private final List<Duty> out = new ArrayList<>();

    private Duties(DossierFacts facts, Verdicts verdicts, Catalog catalog, WorkCalendar calendar) {
        this.facts = facts;
        this.verdicts = verdicts;
        this.catalog = catalog;
        this.calendar = calendar;
        this.kind = facts.dossier().kind();
        this.traits = one(facts, Traits.class);
        this.asOf = facts.context().asOf();
    }

    /** The duties of a dossier the rules have judged: its facts, what they concluded, the rules' catalogue. */
    public static List<Duty> of(DossierFacts facts, List<Findings.Concluded> concluded, Catalog catalog, WorkCalendar calendar) {
        return of(facts, Verdicts.of(concluded, catalog), catalog, calendar);
    }

    static List<Duty> of(DossierFacts facts, Verdicts verdicts, Catalog catalog, WorkCalendar calendar) {
        Duties d = new Duties(facts, verdicts, catalog, calendar);
        if (!verdicts.fired(Verdicts.SCOPE_EXCLUDED)) { // the procedure does not apply: no duty of it either
            d.comment();
            d.hearing();
            d.legalityReview();
            d.publication();
            d.document();
            d.filing();
            d.archive();
        }
        return List.copyOf(d.out);
    }

    static <T> T one(DossierFacts facts, Class<T> type) {
        for (Object o : facts.facts()) {
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
        return null;
    }

    /** Does the rule {@code id} judge dossiers of this kind at all (its @kind)? */
    private boolean judges(String id) {
        return !Branches.branches(catalog, id, kind).isEmpty();
    }

    private String basis(String id) {
        RuleMeta r = Branches.applicable(catalog, id, kind, traits);
        if (r == null) {
            List<RuleMeta> any = Branches.branches(catalog, id, kind);
            r = any.isEmpty() ? null : any.get(0);
        }
        return r == null ? "" : r.basisFor(kind);
    }

    private static CountedDay day(LocalDate d) {
        return d == null ? UNKNOWN : new CountedDay(d, List.of());
    }

    /**
     * A date that depends on a value the dossier wrote {@code unknown}: no date, and no missing year
     * either (a {@link CountedDay} cannot say that, so this one instance stands for it).
     */
    static final CountedDay UNKNOWN = new CountedDay(LocalDate.MIN, List.of());

    private static boolean known(CountedDay d) {
        return d != UNKNOWN;
    }

    /** A fact of the dossier that may stand for a step written unknown as a whole. */
    private static boolean placeholder(Object fact) {
        return fact instanceof juece.facts.Located l && !l.recorded();
    }

    /** A duty on an act the dossier records (or not yet: {@code actual} null), judged by the rules {@code ids}. */
    private void add(String id, Step step, Duty.Bound bound, CountedDay date, Message rule, LocalDate actual, String act,
                     String... ids) {
        add(id, step, bound, date, rule, actual, false, act, ids);
    }

    /** {@code actualUnknown}: the dossier wrote the act's date (or the whole step) unknown. */
    private void add(String id, Step step, Duty.Bound bound, CountedDay date, Message rule, LocalDate actual, boolean actualUnknown,
                     String act, String... ids) {
        Duty.Status status;
        Verdicts.Verdict breach = null;
        Verdicts.Verdict excuse = null;
        boolean inconclusive = false;
        boolean undecided = false;
        for (String r : ids) {
            breach = breach != null ? breach : verdicts.breach(r);
            excuse = excuse != null ? excuse : verdicts.excuse(r);
            inconclusive |= verdicts.inconclusive(r);
            undecided |= verdicts.undecided(r);
        }
        if (breach != null) {
            status = Duty.Status.MISSED;
        } else if (undecided || !known(date) || inconclusive) {
            status = Duty.Status.UNKNOWN;
        } else if (actual != null && !actualUnknown) {
            status = Duty.Status.MET;
        } else {
            status = Duty.Status.OPEN;
        }
        Verdicts.Verdict said = breach != null ? breach : excuse;
        Message finding = said == null ? null : message(said);
        boolean excused = excuse != null && breach == null && status == Duty.Status.MET;
        Message m = message(id, date, rule, actualUnknown ? null : actual, act, status, finding, excused, undecided || !known(date));
        // a judging rule that a value written unknown kept from concluding leaves the duty without a date too
        LocalDate d = known(date) && !undecided ? date.date() : null;
        out.add(new Duty(id, step, bound, d, known(date) && !undecided ? date.missingYears() : List.of(), status, actual, ids[0],
                basis(ids[0]), m,
                excused ? String.valueOf(excuse.args().getOrDefault("reason", "")) : null,
                said == null ? null : said.waiver(), breach == null ? null : breach.rule().severity()));
    }

    private static Message message(Verdicts.Verdict v) {
        return lang -> v.rule().message(v.args(), lang);
    }

    /** "bound; how the dossier stands". */
    private Message message(String id, CountedDay date, Message rule, LocalDate actual, String act, Duty.Status status,
                            Message finding, boolean excused, boolean unknownValue) {
        Message bound = known(date) ? msg("plan.bound." + id, "date", date, "rule", rule) : msg("plan.duty." + id);
        Message stands;
        if (finding != null && (status == Duty.Status.MISSED || excused)) {
            stands = excused ? msg("plan.stands.excused", "finding", finding) : finding;
        } else if (status == Duty.Status.UNKNOWN) {
            stands = unknownValue ? msg("plan.stands.unknown-value")
                    : msg("plan.stands.unknown", "years", date.missingYears().isEmpty() ? "?" : date.missingYears());
        } else if (actual != null) {
            stands = msg("plan.stands.met." + act, "actual", actual);
        } else {
            // a period of working days has run out once a working day follows its last one
            boolean passed = date.date() != null && (id.equals(PUBLISH) ? calendar.workdays(date.date(), asOf).min() > 0
                    : date.date().isBefore(asOf));
            stands = msg(passed ? "plan.stands.open-passed." + act : "plan.stands.open." + act, "asOf", asOf);
        }
        return lang -> bound.render(lang) + (lang == Lang.ZH ? "；" : "; ") + stands.render(lang);
    }

    private void comment() {
        PublicComment c = one(facts, PublicComment.class);
        String id = "public-comment/too-short";
        if (c == null || !judges(id)) {
            return;
        }
        CountedDay date = UNKNOWN;
        Message rule = msg("plan.duty." + COMMENT);
        Boolean market = traits == null ? null : traits.marketEntities();
        if (c.published() != null && (kind == Kind.MAJOR_DECISION || market != null)) {
            if (kind == Kind.MAJOR_DECISION) {
                date = day(c.published().plusDays(Thresholds.MD_COMMENT_MIN_DAYS));
                rule = msg("plan.days", "from", c.published(), "days", Thresholds.MD_COMMENT_MIN_DAYS);
            } else if (market) {
                date = day(c.published().plusDays(Thresholds.ND_MARKET_COMMENT_MIN_DAYS));
                rule = msg("plan.days", "from", c.published(), "days", Thresholds.ND_MARKET_COMMENT_MIN_DAYS);
            } else {
                date = calendar.nthWorkdayAfter(c.published(), Thresholds.ND_COMMENT_MIN_WORKDAYS);
                rule = msg("plan.workdays", "from", c.published(), "days", Thresholds.ND_COMMENT_MIN_WORKDAYS);
            }
        }
        add(COMMENT, Step.PUBLIC_PARTICIPATION, Duty.Bound.EARLIEST, date, rule, c.closes(), placeholder(c) || c.isUnknown("closes"),
                "closes", id);
    }

    private void hearing() {
        Hearing h = one(facts, Hearing.class);
        String id = "hearing/materials-late";
        if (h == null || !judges(id)) {
            return;
        }
        add(MATERIALS, Step.HEARING, Duty.Bound.LATEST, h.held() == null ? UNKNOWN : day(h.held().minusDays(Thresholds.HEARING_MATERIALS_MIN_DAYS)),
                msg("plan.days-before", "to", h.held(), "days", Thresholds.HEARING_MATERIALS_MIN_DAYS),
                h.materialsDelivered(), placeholder(h) || h.isUnknown("materials_delivered"), "delivered", id);
    }

    private void legalityReview() {
        LegalityReview r = one(facts, LegalityReview.class);
        if (r == null || (r.submitted() == null && !placeholder(r) && !r.isUnknown("submitted"))) {
            return;
        }
        boolean urgent = r.urgentReason() != null;
        String shortId = "legality-review/too-short";
        if (judges(shortId)) {
            int min = kind == Kind.MAJOR_DECISION ? Thresholds.MD_LEGALITY_REVIEW_MIN_WORKDAYS : Thresholds.ND_LEGALITY_REVIEW_MIN_WORKDAYS;
            CountedDay date = r.submitted() == null ? UNKNOWN : calendar.nthWorkdayAfter(r.submitted(), min);
            excusable(OPINION, Duty.Bound.EARLIEST, date, msg("plan.workdays", "from", r.submitted(), "days", min),
                    r, kind == Kind.NORMATIVE_DOCUMENT && urgent, shortId);
        }
        String longId = "legality-review/too-long";
        if (judges(longId)) {
            CountedDay date = r.submitted() == null ? UNKNOWN : calendar.nthWorkdayAfter(r.submitted(), Thresholds.ND_LEGALITY_REVIEW_MAX_WORKDAYS);
            excusable(OPINION_BY, Duty.Bound.LATEST, date,
                    msg("plan.workdays", "from", r.submitted(), "days", Thresholds.ND_LEGALITY_REVIEW_MAX_WORKDAYS), r, urgent, longId);
        }
    }

    /**
     * A review bound that an emergency ground lifts (国办发〔2018〕115号（五）: urgent_reason): with one,
     * the rule does not judge the review at all, and a review outside the bound is met, noting the ground.
     */
    private void excusable(String id, Duty.Bound bound, CountedDay date, Message rule, LegalityReview r, boolean excused, String ruleId) {
        LocalDate done = r.completed();
        boolean outside = done != null && known(date) && date.date() != null
                && (bound == Duty.Bound.EARLIEST ? done.isBefore(date.date()) : done.isAfter(date.date()));
        if (excused && outside) {
            Message m = msg("plan.bound." + id, "date", date, "rule", rule);
            Message stands = msg("plan.stands.urgent", "actual", done, "reason", r.urgentReason());
            out.add(new Duty(id, Step.LEGALITY_REVIEW, bound, date.date(), date.missingYears(), Duty.Status.MET, done, ruleId,
                    basis(ruleId), lang -> m.render(lang) + (lang == Lang.ZH ? "；" : "; ") + stands.render(lang),
                    r.urgentReason(), null, null));
            return;
        }
        add(id, Step.LEGALITY_REVIEW, bound, date, rule, done, placeholder(r) || r.isUnknown("completed"), "opinion", ruleId);
    }

    private void publication() {
        CollectiveDecision d = one(facts, CollectiveDecision.class);
        String id = "publication/overdue";
        if (d == null || !d.mayHaveApproved() || traits == null || Boolean.TRUE.equals(traits.confidential()) || !judges(id)) {
            return;
        }
        CountedDay date = d.date() == null ? UNKNOWN : calendar.nthWorkdayAfter(d.date(), Thresholds.PUBLICATION_MAX_WORKDAYS);
        Message rule = msg("plan.workdays", "from", d.date(), "days", Thresholds.PUBLICATION_MAX_WORKDAYS);
        Publication p = one(facts, Publication.class);
        if (p == null) { // not published: publication/overdue judges it
            add(PUBLISH, Step.PUBLICATION, Duty.Bound.LATEST, date, rule, null, "published", id);
            return;
        }
        if (placeholder(p)) { // not known to be published: either rule may have judged it
            add(PUBLISH, Step.PUBLICATION, Duty.Bound.LATEST, date, rule, null, true, "published", id, "publication/late");
            return;
        }
        if (!facts.context().judgesDutiesOf(Stage.PUBLICATION)) {
            return; // a gate before publication judges no publication deadline (SPEC §5), so neither does the plan
        }
        // a recorded publication is judged by publication/late, as a missing one by publication/overdue
        add(PUBLISH, Step.PUBLICATION, Duty.Bound.LATEST, date, rule, p.date(), p.isUnknown("date"), "published", "publication/late");
    }

    private void document() {
        Document doc = one(facts, Document.class);
        if (doc == null) {
            return;
        }
        Publication p = one(facts, Publication.class);
        Parameters x = facts.parameters();
        String soon = "normative/effective-too-soon";
        if (p != null && judges(soon)) {
            add(EFFECTIVE, Step.DOCUMENT, Duty.Bound.EARLIEST, p.date() == null ? UNKNOWN : day(p.date().plusDays(x.effectiveWaitDays())),
                    msg("plan.wait", "from", p.date(), "days", x.effectiveWaitDays(), "profile", x.profile()),
                    doc.effective(), placeholder(p) || doc.isUnknown("effective"), "effective", soon, "normative/effective-before-publication");
        }
        String expired = "normative/expired";
        if ((doc.expires() != null || doc.isUnknown("expires")) && judges(expired)) {
            add(EXPIRES, Step.DOCUMENT, Duty.Bound.LATEST, day(doc.expires()), msg("plan.expiry"), null, "expires", expired);
        }
    }

    private void filing() {
        Publication p = one(facts, Publication.class);
        String overdue = "filing/overdue";
        if (p == null || !judges(overdue)) {
            return;
        }
        Parameters x = facts.parameters();
        CountedDay date = UNKNOWN;
        if (p.date() != null) {
            Deadline due = calendar.deadline(p.date(), x.filingDays());
            date = due.covered() ? day(due.due()) : new CountedDay(null, due.missingYears());
        }
        Message rule = msg("plan.filing", "from", p.date(), "days", x.filingDays(), "profile", x.profile());
        Filing f = one(facts, Filing.class);
        if (f != null) {
            add(FILE, Step.FILING, Duty.Bound.LATEST, date, rule, f.submitted(), placeholder(f) || placeholder(p) || f.isUnknown("submitted"),
                    "filed", "filing/late", overdue);
        } else {
            add(FILE, Step.FILING, Duty.Bound.LATEST, date, rule, null, placeholder(p), "filed", overdue);
        }
    }

    private void archive() {
        Publication p = one(facts, Publication.class);
        String id = "archive/missing";
        if (p == null || !judges(id)) {
            return;
        }
        Parameters x = facts.parameters();
        Archive a = one(facts, Archive.class);
        add(ARCHIVE, Step.ARCHIVE, Duty.Bound.LATEST, p.date() == null ? UNKNOWN : day(p.date().plusDays(x.archiveGraceDays() - 1L)),
                msg("plan.archive", "from", p.date(), "days", x.archiveGraceDays(), "profile", x.profile()),
                a == null ? null : a.date(), placeholder(p) || a != null && (placeholder(a) || a.isUnknown("date")), "archived", id);
    }
}
