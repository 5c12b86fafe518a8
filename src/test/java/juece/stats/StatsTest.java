package juece.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import juece.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of a small year, counted by hand (StatsFixtures says what each dossier holds). */
class StatsTest {
    @TempDir
    Path dir;

    static void figure(StatsReport r, Indicator i, long num, Long den, long unknown) {
        StatsReport.Figure f = r.figure(i);
        assertEquals(num, f.numerator(), i.id() + " numerator");
        assertEquals(den, f.denominator(), i.id() + " denominator");
        assertEquals(unknown, f.unknown(), i.id() + " unknown");
    }

    static List<String> shortfall(StatsReport r, Indicator i) {
        return r.shortfalls().stream().filter(s -> s.indicator() == i).findFirst().orElseThrow().dossiers().stream()
                .map(StatsReport.Ref::id).toList();
    }

    @Test
    void theYearCountedByHand() throws Exception {
        StatsReport r = StatsFixtures.stats(List.of(StatsFixtures.year(dir)), true, Lang.ZH);
        StatsReport.Inputs in = r.inputs();
        assertEquals(8, in.dossiers());
        assertEquals(2, in.countedMajorDecisions());
        assertEquals(4, in.countedNormativeDocuments());
        assertEquals(2, in.otherYears(), "MD-3 decided in 2023, ND-4 published in 2023");
        assertEquals(0, in.invalid());

        figure(r, Indicator.MD_COUNT, 2, null, 0);
        figure(r, Indicator.MD_PUBLIC_PARTICIPATION, 2, 2L, 0);
        figure(r, Indicator.MD_HEARINGS, 2, null, 0);
        figure(r, Indicator.MD_EXPERT_REVIEW, 1, 2L, 0);
        figure(r, Indicator.MD_RISK_ASSESSMENT, 2, 2L, 0);
        figure(r, Indicator.MD_FAIR_COMPETITION_REVIEW, 0, 0L, 0);
        figure(r, Indicator.MD_LEGALITY_REVIEW, 1, 2L, 0);
        figure(r, Indicator.MD_LEGAL_ADVISER_OPINION, 1, 1L, 0);
        figure(r, Indicator.MD_COLLECTIVE_DECISION, 2, 2L, 0);
        figure(r, Indicator.MD_PUBLISHED_ON_TIME, 1, 2L, 0);
        figure(r, Indicator.MD_COMPLIANT, 1, 2L, 0);
        figure(r, Indicator.ND_COUNT, 4, null, 0);
        figure(r, Indicator.ND_LEGALITY_REVIEW, 4, 4L, 0);
        figure(r, Indicator.ND_COLLECTIVE_DECISION, 4, 4L, 0);
        figure(r, Indicator.ND_REGISTERED, 3, 4L, 0);
        figure(r, Indicator.ND_FILED, 3, 4L, 0);
        figure(r, Indicator.ND_FILED_ON_TIME, 2, 3L, 0);
        figure(r, Indicator.ND_COMPLIANT, 2, 4L, 0);
        figure(r, Indicator.ND_EXPIRING_NEXT_YEAR, 2, null, 0);

        assertEquals(List.of("MD-2"), shortfall(r, Indicator.MD_EXPERT_REVIEW));
        assertEquals(List.of("MD-2"), shortfall(r, Indicator.MD_LEGALITY_REVIEW));
        assertEquals(List.of("MD-2"), shortfall(r, Indicator.MD_PUBLISHED_ON_TIME));
        assertEquals(List.of("ND-2"), shortfall(r, Indicator.ND_FILED_ON_TIME));
        assertEquals(List.of("ND-3"), shortfall(r, Indicator.ND_FILED));
        assertEquals(List.of("ND-5"), shortfall(r, Indicator.ND_REGISTERED));
        assertEquals(List.of("ND-4", "ND-5"), shortfall(r, Indicator.ND_EXPIRING_NEXT_YEAR));
        assertEquals(List.of(), shortfall(r, Indicator.MD_FAIR_COMPETITION_REVIEW));
        assertNull(r.figure(Indicator.MD_FAIR_COMPETITION_REVIEW).rate(), "0/0 has no rate");

        assertTrue(r.rules().stream().anyMatch(c -> c.rule().equals("filing/late") && c.dossiers() == 1), r.rules().toString());
        assertTrue(r.rules().stream().anyMatch(c -> c.rule().equals("legality-review/missing") && c.dossiers() == 1));
        assertTrue(r.rules().stream().noneMatch(c -> c.rule().startsWith("record/")));

        assertEquals(List.of("某区教育局", "某区民政局", "某县人民政府"), r.byAuthority().stream().map(StatsReport.AuthorityFigures::authority).toList(),
                "authorities in pinyin order");
        StatsReport.AuthorityFigures edu = r.byAuthority().get(0);
        assertEquals(2, edu.indicators().get(Indicator.ND_COUNT.ordinal()).numerator());
        assertEquals(1, edu.indicators().get(Indicator.ND_FILED.ordinal()).numerator());
        assertEquals(2, edu.indicators().get(Indicator.ND_EXPIRING_NEXT_YEAR.ordinal()).numerator());

        assertEquals(1, r.months().get(3).majorDecisions(), "MD-1 decided in April");
        assertEquals(1, r.months().get(5).majorDecisions(), "MD-2 decided in June");
        assertEquals(1, r.months().get(2).normativeDocuments(), "ND-1 published in March");
        assertNull(r.disclosure(), "no ledger gives each document's force");

        String p = Paragraph.of(r);
        assertEquals("2024年，全年作出重大行政决策2件，均履行公众参与程序，专业性、技术性较强的2件中1件经专家论证（50%），均经风险评估，"
                + "1件经合法性审查（50%），经合法性审查的1件均听取法律顾问、公职律师意见，均经集体讨论决定，举行听证会2场，按时公布率50%（1/2）；"
                + "制发行政规范性文件4件，均经合法性审核，均经集体审议，3件统一登记、统一编号（75%），报备率75%（3/4），报备及时率66.7%（2/3）。"
                + "另有2件行政规范性文件将于2025年有效期届满，需及时评估清理。", p);
    }
}
