package juece.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.engine.RuleBook;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.golden.GoldenCase;
import juece.golden.GoldenCases;
import juece.pipeline.Checker;
import juece.pipeline.Input;
import juece.profile.Profile;
import juece.profile.Profiles;
import juece.read.Source;
import juece.read.SourceMap;
import juece.read.YamlReader;
import juece.text.Lang;
import org.junit.jupiter.api.Test;

/**
 * Plan and check never disagree (SPEC §9): over every golden case and thousands of variants — each
 * recorded date shifted by ±1, ±7 and ±30 days, each duty's act moved to the day before, on and after
 * its date, as-of moved around each open duty's date — a duty is missed exactly when the rule that
 * judges it fires (its breaking branch: an excused info branch is met), unknown exactly when that rule
 * reports calendar/not-covered, met or open when it stays silent; and every such finding of check has
 * its duty in the plan; a value written unknown (SPEC §3) that keeps the judging rule from concluding
 * ({@code record/unknown} names it) makes the duty unknown too. The date agrees with the rule too: a met duty's act lies within the date, a
 * missed one's outside it, and a latest date passed as of as-of is missed when the run judges it.
 *
 * <p>Duty → rule: public-comment/close → public-comment/too-short; hearing/materials →
 * hearing/materials-late; legality-review/opinion → legality-review/too-short; legality-review/opinion-by
 * → legality-review/too-long; publication/publish → publication/overdue (not yet published) and
 * publication/late (published);
 * normative/effective → normative/effective-too-soon and normative/effective-before-publication (the
 * wait of 0 days: not before publication); normative/expires → normative/expired; filing/file →
 * filing/overdue (not filed) and filing/late (filed); archive/archive → archive/missing.
 */
class PlanAgreesWithCheckTest {
    private static final WorkCalendar CALENDAR = WorkCalendar.load(List.of());
    private static final Pattern DATE = Pattern.compile("(?<![\\d-])(\\d{4}-\\d{2}-\\d{2})(?![\\d-])");
    private static final Pattern ID = Pattern.compile("(?m)^id:[ \\t]*\\S.*$");
    private static final int[] SHIFTS = {-30, -7, -1, 1, 7, 30};
    /** Which rules judge each duty, and which YAML field holds the act it dates. */
    static final Map<String, Set<String>> JUDGED_BY = Map.of(
            Duties.COMMENT, Set.of("public-comment/too-short"),
            Duties.MATERIALS, Set.of("hearing/materials-late"),
            Duties.OPINION, Set.of("legality-review/too-short"),
            Duties.OPINION_BY, Set.of("legality-review/too-long"),
            Duties.PUBLISH, Set.of("publication/overdue", "publication/late"),
            Duties.EFFECTIVE, Set.of("normative/effective-too-soon", "normative/effective-before-publication"),
            Duties.EXPIRES, Set.of("normative/expired"),
            Duties.FILE, Set.of("filing/overdue", "filing/late"),
            Duties.ARCHIVE, Set.of("archive/missing"));
    private static final Map<String, String> ACT = Map.of(
            Duties.COMMENT, "public_participation.comment.closes",
            Duties.MATERIALS, "public_participation.hearing.materials_delivered",
            Duties.OPINION, "legality_review.completed",
            Duties.OPINION_BY, "legality_review.completed",
            Duties.EFFECTIVE, "document.effective",
            Duties.FILE, "filing.submitted");

    /** One variant to judge: the dossier's text and the as-of it is judged on. */
    private record Variant(String text, LocalDate asOf, String how) {
    }

    private int judged;
    private final Map<String, Integer> byStatus = new LinkedHashMap<>();

    @Test
    void everyDutyAgreesWithTheRuleThatJudgesIt() throws Exception {
        int cases = 0;
        for (Path folder : GoldenCases.find(Path.of("cases"))) {
            GoldenCase c = GoldenCases.read(folder);
            if (!c.rules().isEmpty()) {
                continue; // extra rules may change what a built-in id means; the shipped rules are what plan reads
            }
            String text;
            try {
                text = Files.readString(c.dossier(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // not UTF-8 (or not there): cannot be read, and plan lists it as check does
            }
            if (!ID.matcher(text).find()) {
                continue; // cannot be read: plan lists it as check does (PlanCommandTest)
            }
            cases++;
            Profile profile = c.profile() == null ? null : Profiles.load(c.profile(), c.folder());
            List<Variant> variants = new ArrayList<>();
            variants.add(new Variant(text, c.asOf(), "as recorded"));
            Matcher m = DATE.matcher(text);
            while (m.find()) {
                LocalDate d;
                try {
                    d = LocalDate.parse(m.group(1));
                } catch (java.time.format.DateTimeParseException e) {
                    continue; // a date that does not exist: the dossier is invalid
                }
                for (int shift : SHIFTS) {
                    variants.add(new Variant(text.substring(0, m.start()) + d.plusDays(shift) + text.substring(m.end()), c.asOf(),
                            m.group(1) + (shift > 0 ? "+" : "") + shift + " at offset " + m.start()));
                }
            }
            for (int shift : SHIFTS) {
                variants.add(new Variant(text, c.asOf().plusDays(shift), "as-of " + shift));
            }
            // boundaries: each duty's act on the day before, on and after its date; as-of around each open one's date
            for (DossierPlan p : plan(c, profile, c.asOf(), List.of(new Variant(text, c.asOf(), "base")))) {
                for (Duty d : p.duties()) {
                    if (d.date() == null) {
                        continue;
                    }
                    for (int shift = -1; shift <= 1; shift++) {
                        String moved = ACT.containsKey(d.id()) ? setDate(text, ACT.get(d.id()), d.date().plusDays(shift)) : null;
                        if (moved != null) {
                            variants.add(new Variant(moved, c.asOf(), d.id() + " act at date" + shift));
                        }
                        variants.add(new Variant(text, d.date().plusDays(shift), d.id() + " as-of at date" + shift));
                    }
                }
            }
            judge(c, profile, variants);
        }
        assertTrue(cases > 100, "golden cases planned: " + cases);
        assertTrue(judged > 5000, "variants judged: " + judged);
        for (Duty.Status s : Duty.Status.values()) {
            assertTrue(byStatus.getOrDefault(s.id(), 0) > 20, "each status is met often: " + byStatus);
        }
    }

    /** The text with the date of the field at {@code path} replaced, or null when the dossier has no such field. */
    static String setDate(String text, String path, LocalDate date) {
        juece.read.ReadResult r = YamlReader.parse("x.yaml", text.getBytes(StandardCharsets.UTF_8));
        if (!r.ok()) {
            return null;
        }
        SourceMap map = r.document().map();
        String parent = path.substring(0, path.lastIndexOf('.'));
        juece.read.Position at = map.locate(path);
        if (at.equals(map.locate(parent))) {
            return null; // the field is absent: locate fell back to its step
        }
        String[] lines = text.split("\n", -1);
        String line = lines[at.line() - 1];
        Matcher m = DATE.matcher(line);
        if (!m.find(Math.max(0, at.column() - 1))) {
            return null;
        }
        lines[at.line() - 1] = line.substring(0, m.start()) + date + line.substring(m.end());
        return String.join("\n", lines);
    }

    private static Input.Door door(GoldenCase c, List<Variant> variants) {
        return sink -> {
            for (int i = 0; i < variants.size(); i++) {
                String text = ID.matcher(variants.get(i).text()).replaceFirst("id: VARIANT-" + i);
                sink.accept(Input.of(Source.file(c.dossier(), c.dossier() + "#" + i), text.getBytes(StandardCharsets.UTF_8)));
            }
        };
    }

    private static List<DossierPlan> plan(GoldenCase c, Profile profile, LocalDate asOf, List<Variant> variants) throws Exception {
        Planner planner = new Planner(new Planner.Options(asOf, c.gate(), c.failOn() == null ? Severity.ERROR : c.failOn(),
                profile, RuleBook.drlFiles(c.rules()), CALENDAR, 1, Map.of()));
        return planner.plan(door(c, variants)).dossiers();
    }

    private void judge(GoldenCase c, Profile profile, List<Variant> variants) throws Exception {
        Map<LocalDate, List<Variant>> byAsOf = new LinkedHashMap<>();
        for (Variant v : variants) {
            byAsOf.computeIfAbsent(v.asOf(), k -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<LocalDate, List<Variant>> e : byAsOf.entrySet()) {
            Checker checker = new Checker(new Checker.Options(e.getKey(), c.gate(), c.failOn(), profile, List.of(), CALENDAR, 1, false));
            RunReport checked = checker.check(door(c, e.getValue()));
            List<DossierPlan> plans = plan(c, profile, e.getKey(), e.getValue());
            assertEquals(checked.dossiers().size(), plans.size());
            for (int i = 0; i < plans.size(); i++) {
                agree(c, e.getValue().get(i), checked.dossiers().get(i), plans.get(i));
            }
        }
    }

    private void agree(GoldenCase c, Variant v, DossierResult check, DossierPlan plan) {
        String where = c.folder().getFileName() + " (" + v.how() + ", as of " + v.asOf() + ")";
        assertEquals(check.status() == DossierResult.Status.INVALID, plan.invalid(), where + ": invalid in one only");
        if (plan.invalid()) {
            return;
        }
        judged++;
        Set<String> judging = new LinkedHashSet<>();
        for (Duty d : plan.duties()) {
            byStatus.merge(d.status().id(), 1, Integer::sum);
            Set<String> ids = JUDGED_BY.get(d.id());
            judging.addAll(ids);
            boolean fired = check.findings().stream().anyMatch(f -> ids.contains(f.ruleId()) && f.severity() != Severity.INFO);
            boolean notCovered = check.findings().stream().anyMatch(f -> f.ruleId().equals("calendar/not-covered")
                    && ids.stream().anyMatch(id -> f.message(Lang.EN).contains("Rule " + id + " ")));
            // a value written unknown: record/unknown names the rules it kept from concluding
            boolean undecided = check.findings().stream().anyMatch(f -> f.ruleId().equals("record/unknown")
                    && ids.stream().anyMatch(id -> f.message(Lang.EN).contains(id)));
            Duty.Status expected = fired ? Duty.Status.MISSED : notCovered || undecided ? Duty.Status.UNKNOWN : null;
            if (expected != null) {
                assertEquals(expected, d.status(), where + ": " + d.id() + " — " + d.message().render(Lang.EN));
            } else if (d.status() == Duty.Status.UNKNOWN && d.date() == null && d.missingYears().isEmpty()) {
                continue; // its date rests on a value written unknown (an unknown expiry): no date, whatever the rule says
            } else if (d.status() == Duty.Status.MISSED || d.status() == Duty.Status.UNKNOWN) {
                fail(where + ": " + d.id() + " is " + d.status() + " but check is silent — " + d.message().render(Lang.EN));
            }
            dateAgrees(where, d, v.asOf(), c.gate() == null);
        }
        for (Finding f : check.findings()) {
            boolean dutyRule = JUDGED_BY.values().stream().anyMatch(s -> s.contains(f.ruleId()));
            if (dutyRule && f.severity() != Severity.INFO && !judging.contains(f.ruleId())) {
                fail(where + ": check reports " + f.ruleId() + " but the plan has no duty it judges");
            }
        }
    }

    /** A latest date that is the last of a period of working days: it has run out once a working day follows it. */
    private static boolean inWorkdays(Duty d) {
        return d.id().equals(Duties.PUBLISH) || d.id().equals(Duties.OPINION_BY);
    }

    /** The date says what the rule says: a met act lies within the bound, a missed one outside it. */
    private static void dateAgrees(String where, Duty d, LocalDate asOf, boolean judgedNow) {
        if (d.date() == null || d.excused() != null || d.status() == Duty.Status.UNKNOWN) {
            return;
        }
        if (d.actual() != null && !d.id().equals(Duties.ARCHIVE)) { // an archive on record is met whenever it came: no rule dates it
            boolean outside = d.bound() == Duty.Bound.EARLIEST ? d.actual().isBefore(d.date())
                    : inWorkdays(d) ? CALENDAR.workdays(d.date(), d.actual()).min() > 0 : d.actual().isAfter(d.date());
            assertEquals(outside, d.status() == Duty.Status.MISSED, where + ": " + d.id() + " act " + d.actual() + " against " + d.date());
        } else if (d.actual() == null && d.bound() == Duty.Bound.LATEST) {
            // a period of working days has run out once a working day follows its last one; other dates, the day after
            boolean passed = inWorkdays(d) ? CALENDAR.workdays(d.date(), asOf).min() > 0 : asOf.isAfter(d.date());
            if (d.status() == Duty.Status.MISSED) {
                assertTrue(passed, where + ": " + d.id() + " missed before its date " + d.date());
            } else if (judgedNow && !d.id().equals(Duties.OPINION_BY)) {
                assertEquals(false, passed, where + ": " + d.id() + " open after its date " + d.date());
            }
        }
    }
}
