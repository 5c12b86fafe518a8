package juece.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import juece.cli.Main;
import juece.stats.Indicator;
import juece.stats.Stats;
import juece.stats.StatsReport;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.pipeline.Checker;
import juece.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A realistic ledger of 30 rows — a county's 2024 filing ledger, with a title row, a blank row,
 * blank cells, a cell written 未知, a month where a date should be, and without the 集体审议日期 and
 * 备案机关 columns — checked and counted end to end, its figures counted by hand below.
 */
class LedgerYearTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;

    /**
     * Rows 1–20: 2024, two a month from January to October, reviewed 15 days before publication,
     * filed 10 days after, valid five years, in force; odd rows by 某区人民政府, even by 某区教育局.
     * Then (all 某区人民政府, in force unless said): 21 not filed (overdue as of 2025-03-01); 22 filed
     * late; 23 without 文号; 24 without legality review; 25 备案日期 未知; 26 a 暂行 document of June
     * expiring in 2025; 27 of 2023, expiring in 2025; 28 of 2019, lapsed (失效) in May 2024; 29 of
     * 2021, abolished (废止, no date); 30 published "2024-09", which is not a date.
     */
    static Path ledger(Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFF某区2024年度行政规范性文件报备台账,,,,,,,,,\n");
        csv.append("序号,文件名称,文号,制定机关,合法性审核日期,发布日期（必填）,施行日期,有效期至,备案日期,有效性\n");
        for (int i = 1; i <= 20; i++) {
            LocalDate p = LocalDate.of(2024, (i + 1) / 2, i % 2 == 1 ? 10 : 20);
            String published = i % 3 == 0 ? p.getYear() + "年" + p.getMonthValue() + "月" + p.getDayOfMonth() + "日"
                    : i % 3 == 1 ? p.getYear() + "/" + p.getMonthValue() + "/" + p.getDayOfMonth() : p.toString();
            csv.append(i).append(",某区第").append(i).append("号管理办法,某").append(i % 2 == 1 ? "府" : "教").append("规〔2024〕").append(i)
                    .append("号,").append(i % 2 == 1 ? "某区人民政府" : "某区教育局").append(',').append(p.minusDays(15)).append(',')
                    .append(published).append(',').append(i % 4 == 0 ? "自公布之日起施行" : p.toString()).append(',')
                    .append(p.plusYears(5).minusDays(1)).append(',').append(p.plusDays(10)).append(",有效\n");
        }
        csv.append(",,,,,,,,,\n"); // a blank row between the year's batches
        csv.append("21,某区第21号管理办法,某府规〔2024〕21号,某区人民政府,2024-10-20,2024-11-05,2024-11-05,2029-11-04,,有效\n");
        csv.append("22,某区第22号管理办法,某府规[2024]22号,某区人民政府,2024-10-30,2024-11-15,2024-11-15,2029-11-14,2025-01-20,有效\n");
        csv.append("23,某区第23号管理办法,,某区人民政府,2024-11-17,2024-12-02,2024-12-02,2029-12-01,2024-12-10,有效\n");
        csv.append("24,某区第24号管理办法,某府规〔2024〕24号,某区人民政府,,2024-12-10,2024-12-10,2029-12-09,2024-12-20,有效\n");
        csv.append("25,某区第25号管理办法,某府规〔2024〕25号,某区人民政府,2024-12-01,2024-12-16,2024-12-16,2029-12-15,未知,有效\n");
        csv.append("26,某区人才公寓管理暂行办法,某府规〔2024〕26号,某区人民政府,2024-05-26,2024-06-10,2024-06-10,2025-06-09,2024-06-20,有效\n");
        csv.append("27,某区殡葬管理办法,某府规〔2023〕5号,某区人民政府,2023-02-20,2023-03-10,2023-03-10,2025-03-09,2023-03-20,有效\n");
        csv.append("28,某区养犬管理办法,某府规〔2019〕3号,某区人民政府,2019-04-25,2019-05-10,2019-05-10,2024-05-09,2019-05-20,失效\n");
        csv.append("29,某区摊贩管理办法,某府规〔2021〕7号,某区人民政府,2021-07-26,2021-08-10,2021-08-10,2026-08-09,2021-08-20,废止\n");
        csv.append("30,某区第30号管理办法,某府规〔2024〕30号,某区人民政府,2024-08-20,2024-09,2024-09-10,2029-09-09,2024-09-20,有效\n");
        Path f = dir.resolve("2024年规范性文件台账.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        return f;
    }

    private static StatsReport stats(List<Path> paths) throws Exception {
        WorkCalendar calendar = WorkCalendar.load(List.of());
        Checker checker = new Checker(new Checker.Options(AS_OF, null, Severity.ERROR, null, List.of(), calendar, 2, false));
        return Stats.run(checker, calendar, paths, new Stats.Options(2024, AS_OF, true, Lang.ZH), null).report();
    }

    private static void figure(StatsReport r, Indicator i, long num, Long den, long unknown) {
        StatsReport.Figure f = r.figure(i);
        assertEquals(List.of(num, den == null ? -1L : den, unknown),
                List.of(f.numerator(), f.denominator() == null ? -1L : f.denominator(), f.unknown()), i.id());
    }

    private static List<String> shortfall(StatsReport r, Indicator i) {
        return r.shortfalls().stream().filter(s -> s.indicator() == i).findFirst().orElseThrow().dossiers().stream()
                .map(StatsReport.Ref::id).toList();
    }

    @Test
    void theLedgersYearCountedByHand() throws Exception {
        StatsReport r = stats(List.of(ledger(dir)));
        StatsReport.Inputs in = r.inputs();
        assertEquals(List.of(0, 30, 0, 26, 3, 1, 0),
                List.of(in.dossiers(), in.ledgerRows(), in.countedMajorDecisions(), in.countedNormativeDocuments(), in.otherYears(),
                        in.invalid(), in.unknownYear()), "rows 1–26 count in 2024, 27–29 in other years, 30 cannot be read");
        figure(r, Indicator.ND_COUNT, 26, null, 0);
        // no 集体审议日期 column: a review cannot be known to precede the decision; row 24 has none at all
        figure(r, Indicator.ND_LEGALITY_REVIEW, 0, 1L, 25);
        figure(r, Indicator.ND_COLLECTIVE_DECISION, 0, 0L, 26);
        figure(r, Indicator.ND_REGISTERED, 25, 26L, 0);
        figure(r, Indicator.ND_FILED, 24, 25L, 1);
        figure(r, Indicator.ND_FILED_ON_TIME, 23, 24L, 1);
        // rows 21 (overdue), 23 (no 文号) and 24 (no review) break the law; every other row has facts no column gives
        figure(r, Indicator.ND_COMPLIANT, 0, 3L, 23);
        figure(r, Indicator.ND_EXPIRING_NEXT_YEAR, 2, null, 0);
        assertEquals(List.of("某府规〔2024〕21号"), shortfall(r, Indicator.ND_FILED));
        assertEquals(List.of("某府规[2024]22号"), shortfall(r, Indicator.ND_FILED_ON_TIME));
        assertEquals(List.of("2024年规范性文件台账#26"), shortfall(r, Indicator.ND_REGISTERED), "row 23, sheet row 26");
        assertEquals(List.of("某府规〔2024〕24号"), shortfall(r, Indicator.ND_LEGALITY_REVIEW));
        assertEquals(List.of("某府规〔2024〕26号", "某府规〔2023〕5号"), shortfall(r, Indicator.ND_EXPIRING_NEXT_YEAR));
        assertEquals(new StatsReport.Disclosure(26, 1, 27, 1), r.disclosure(), "lapsed in 2024: row 28; abolished without a date: row 29");
        assertEquals(List.of(2, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 3), r.months().stream().map(StatsReport.Month::normativeDocuments).toList());
        assertEquals(List.of("某区教育局", "某区人民政府"), r.byAuthority().stream().map(StatsReport.AuthorityFigures::authority).toList());
        assertEquals(List.of(10L, 16L), r.byAuthority().stream().map(a -> a.indicators().get(Indicator.ND_COUNT.ordinal()).numerator()).toList());
        assertEquals(List.of("decided", "filed_to"), r.ledgers().get(0).missing());
        String p = r.paragraph();
        assertEquals("2024年，全年未作出重大行政决策；制发行政规范性文件26件，1件未经合法性审核，另有25件情况不明，26件是否经集体审议情况不明，"
                + "25件统一登记、统一编号（96.2%），报备率96%（24/25），另有1件情况不明，报备及时率95.8%（23/24），另有1件情况不明。"
                + "本年废止行政规范性文件1件，截至年底现行有效27件（另有1件效力状态不明）。"
                + "另有2件行政规范性文件将于2025年有效期届满，需及时评估清理。", p);
    }

    @Test
    void aDossierAndItsLedgerRowCountOnceWithTheDossiersFacts() throws Exception {
        Path ledger = ledger(dir);
        Path dossiers = dir.resolve("dossiers");
        Files.createDirectories(dossiers);
        // row 22's document (某府规[2024]22号 in the ledger), filed on time according to its dossier
        Files.writeString(dossiers.resolve("x.yaml"), juece.stats.StatsFixtures.nd("GF-2024-22", "某区人民政府",
                LocalDate.of(2024, 11, 15), LocalDate.of(2024, 11, 20), "某府规〔2024〕22号", LocalDate.of(2029, 11, 14)), StandardCharsets.UTF_8);
        // a document the ledger does not list: a possible 漏报
        Files.writeString(dossiers.resolve("y.yaml"), juece.stats.StatsFixtures.nd("GF-2024-40", "某区人民政府",
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 10), "某府规〔2024〕40号", LocalDate.of(2029, 3, 31)), StandardCharsets.UTF_8);
        StatsReport r = stats(List.of(ledger, dossiers)); // the ledger named first: dossiers are read first all the same
        StatsReport.Inputs in = r.inputs();
        assertEquals(List.of(2, 30, 27, 1), List.of(in.dossiers(), in.ledgerRows(), in.countedNormativeDocuments(), in.joined()));
        figure(r, Indicator.ND_FILED_ON_TIME, 25, 25L, 1);
        assertEquals(List.of(), shortfall(r, Indicator.ND_FILED_ON_TIME), "the dossier's facts first: filed on time");
        assertEquals(List.of("GF-2024-40"), r.unmatched().dossiers().stream().map(StatsReport.Ref::id).toList());
        assertEquals(25, r.unmatched().rows().size(), "the year's rows but row 22");
        assertEquals(new StatsReport.Disclosure(27, 1, 27, 2), r.disclosure(), "GF-2024-22 in force as its row says; GF-2024-40 unknown");
    }

    @Test
    void checkingTheLedgerPointsAtItsCellsAndSaysTheMissingColumnsOnce() throws Exception {
        Path ledger = ledger(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"check", ledger.toString(), "--as-of", "2025-03-01"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, "row 30 cannot be read");
        String name = ledger.toString();
        assertTrue(text.contains(name + ":33:6  错误  dossier/invalid"), text);
        assertTrue(text.contains("「发布日期（必填）」的“2024-09”不是完整日期"), text);
        assertTrue(text.contains(name + ":24:6  错误  filing/overdue"), "row 21 at its 发布日期 cell\n" + text);
        assertTrue(text.contains(name + ":25:9  警告  filing/late"), "row 22 at its 备案日期 cell\n" + text);
        assertTrue(text.contains(name + ":28:9  警告  record/unknown"), "row 25's 未知, said in its row\n" + text);
        assertEquals(1, text.split("没有以下列：集体审议日期、备案机关", -1).length - 1, "the missing columns said once\n" + text);
        assertEquals(1, text.split("台账不引用证据材料", -1).length - 1, "steps without evidence said once\n" + text);
        assertTrue(!text.contains("  警告  record/unknown\n      档案中 traits"), "implied unknowns are not said per row");
        long perRow = text.lines().filter(l -> l.contains("record/unknown")).count();
        assertEquals(1, perRow, "only row 25's own 未知:\n" + text);
    }
}
