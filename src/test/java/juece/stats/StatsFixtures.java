package juece.stats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.pipeline.Checker;
import juece.text.Lang;

/** Dossiers written for the statistics tests, whose figures are counted by hand in the tests. */
public final class StatsFixtures {
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);
    static final WorkCalendar CALENDAR = WorkCalendar.load(List.of());

    private StatsFixtures() {
    }

    static Checker checker() throws Exception {
        return new Checker(new Checker.Options(AS_OF, null, Severity.ERROR, null, List.of(), CALENDAR, 2, false));
    }

    static StatsReport stats(List<Path> paths, boolean byAuthority, Lang lang) throws Exception {
        return Stats.run(checker(), CALENDAR, paths, new Stats.Options(2024, AS_OF, byAuthority, lang), null).report();
    }

    /** A normative document published on {@code published}; {@code filed} and {@code number} may be null. */
    public static String nd(String id, String authority, LocalDate published, LocalDate filed, String number, LocalDate expires) {
        String y = """
                format: juece/v1
                kind: normative_document
                id: %s
                title: %s的管理办法
                authority: %s
                authority_type: department
                traits: {public_interest: true, technical: false, stability_risk: false, market_entities: false, public_concern: false, confidential: false, specific_groups: []}
                document:
                %s  registered: %s
                  effective: %s
                  expires: %s
                  trial: false
                  content: {creates_license: false, creates_penalty: false, creates_coercive_measure: false, creates_fee: false, adds_obligations_without_basis: false, restricts_competition: false, expands_own_power: false}
                assessment: {date: %s, evidence: [a]}
                public_participation:
                  comment: {published: %s, closes: %s, channels: [government_website]}
                  opinions_received: 0
                  evidence: [c]
                legality_review: {submitted: %s, completed: %s, conclusion: lawful, evidence: [l]}
                collective_decision: {meeting: department_meeting, date: %s, outcome: approved, head_spoke_last: true, dissent: none, head_overrode_majority: false, evidence: [m]}
                publication: {date: %s, channels: [government_website], internal_only: false}
                %sevidence:
                  - {id: a, kind: assessment_report}
                  - {id: c, kind: notice}
                  - {id: l, kind: legality_opinion}
                  - {id: m, kind: meeting_minutes}
                """;
        return y.formatted(id, id, authority, number == null ? "" : "  number: " + number + "\n", number != null, published, expires,
                published.minusDays(90), published.minusDays(80), published.minusDays(60), published.minusDays(50),
                published.minusDays(36), published.minusDays(20), published,
                filed == null ? "" : "filing: {submitted: " + filed + ", to: 某区人民政府}\n");
    }

    /** The clean major decision of the CLI tests, decided 2024-04-26 and published 2024-05-06, with a hearing. */
    static String md(String id) throws Exception {
        String clean = Files.readString(Path.of("src/test/resources/dossiers/clean.yaml"), StandardCharsets.UTF_8);
        return clean.replace("id: TEST-CLEAN-1", "id: " + id).replace("  consultations:",
                "  hearing: {announced: 2024-03-05, materials_delivered: 2024-03-10, held: 2024-03-20, record_signed: true}\n  consultations:");
    }

    static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** The dossiers of {@link StatsTest}: two decisions and four documents of 2024, one of each of another year. */
    static Path year(Path dir) throws Exception {
        Path d = dir.resolve("dossiers");
        write(d, "md1.yaml", md("MD-1"));
        String md2 = md("MD-2").replace("date: 2024-04-26", "date: 2024-06-03").replace("date: 2024-05-06\n  channels", "date: 2024-08-01\n  channels")
                .replace("archive: {date: 2024-06-01}", "archive: {date: 2024-08-15}");
        md2 = cut(md2, "expert_review:", "risk_assessment:");
        md2 = cut(md2, "legality_review:", "party_committee_report:");
        write(d, "md2.yaml", md2);
        write(d, "md3.yaml", md("MD-3").replace("2024-", "2023-"));
        write(d, "nd1.yaml", nd("ND-1", "某区民政局", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 20), "某民规〔2024〕1号", LocalDate.of(2029, 2, 28)));
        write(d, "nd2.yaml", nd("ND-2", "某区民政局", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 7, 1), "某民规〔2024〕2号", LocalDate.of(2029, 5, 5)));
        write(d, "nd3.yaml", nd("ND-3", "某区教育局", LocalDate.of(2024, 9, 2), null, "某教规〔2024〕1号", LocalDate.of(2029, 9, 1)));
        write(d, "nd4.yaml", nd("ND-4", "某区教育局", LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 10), "某教规〔2023〕9号", LocalDate.of(2025, 6, 30)));
        write(d, "nd5.yaml", nd("ND-5", "某区教育局", LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 20), null, LocalDate.of(2025, 12, 31)));
        return d;
    }

    /** The text without the lines from the one starting with {@code from} up to the one starting with {@code to}. */
    static String cut(String text, String from, String to) {
        int a = text.indexOf("\n" + from) + 1;
        int b = text.indexOf("\n" + to) + 1;
        return text.substring(0, a) + text.substring(b);
    }
}
