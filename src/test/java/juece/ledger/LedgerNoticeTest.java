package juece.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Kind;
import juece.facts.Step;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.Summary;
import juece.read.Position;
import juece.text.Lang;
import juece.text.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's notice: the record/unknown findings of the values no column gives are taken out of
 * the rows and said once, after them, with how many rows each kept a rule from concluding; the
 * run's counts are those of what the reports show.
 */
class LedgerNoticeTest {
    private static final RuleMeta RECORD_UNKNOWN = new RuleMeta("未知", Ledger.RECORD_UNKNOWN, Severity.WARNING, Step.DOSSIER,
            "SPEC §3", null, false, Set.of(), "{fact}", "{fact}", "test");
    private static final RuleMeta LATE = new RuleMeta("逾期", "filing/late", Severity.WARNING, Step.FILING,
            "地方组织法 第七十五条", null, true, Set.of(), "", "", "test");

    @TempDir
    Path dir;

    private static Finding finding(String file, RuleMeta rule, String path, int line, int column) {
        return new Finding(file, "id", rule, rule.basis(), path, new Position(line, column), Message.literal(rule.id() + " " + path), null);
    }

    private static DossierResult row(String file, int line, Finding... findings) {
        boolean fails = List.of(findings).stream().anyMatch(f -> f.fails(Severity.WARNING));
        return new DossierResult(file, "id" + line, new Position(line, 1), Kind.NORMATIVE_DOCUMENT, "t", "national",
                fails ? DossierResult.Status.FAIL : DossierResult.Status.PASS, List.of(findings), null, List.of());
    }

    @Test
    void impliedUnknownsAreSaidOnceAfterTheLedgersRows() throws Exception {
        Path csv = dir.resolve("台账.csv");
        Files.writeString(csv, "文件名称,文号,制定机关,发布日期,施行日期,备案日期,科室\n"
                + "甲,某规〔2024〕1号,某局,2024-03-01,2024-03-01,2024-03-05,法规科\n"
                + "乙,某规〔2024〕2号,某局,2024-03-01,2024-03-01,未知,法规科\n");
        Ledgers ledgers = new Ledgers();
        ledgers.read(csv, "台账.csv", in -> { });
        List<DossierResult> shown = new ArrayList<>();
        Ledgers.Settled settled = ledgers.settle(shown::add, Severity.WARNING);
        settled.accept(row("台账.csv", 2, finding("台账.csv", RECORD_UNKNOWN, "traits", 2, 1),
                finding("台账.csv", RECORD_UNKNOWN, "document.content", 2, 2)));
        settled.accept(row("台账.csv", 3, finding("台账.csv", RECORD_UNKNOWN, "traits", 3, 1),
                finding("台账.csv", RECORD_UNKNOWN, "filing", 3, 6), // written 未知 in its cell: said in its row
                finding("台账.csv", LATE, "filing.submitted", 3, 6)));
        settled.accept(row("other.yaml", 7, finding("other.yaml", RECORD_UNKNOWN, "traits", 7, 1)));
        settled.finish();

        assertEquals(List.of("台账.csv", "台账.csv", "台账.csv", "other.yaml"), shown.stream().map(DossierResult::file).toList());
        assertEquals(DossierResult.Status.PASS, shown.get(0).status(), "its only findings were about implied unknowns");
        assertEquals(List.of(), shown.get(0).findings());
        assertEquals(List.of(Ledger.RECORD_UNKNOWN, "filing/late"), shown.get(1).findings().stream().map(Finding::ruleId).toList());
        assertEquals(DossierResult.Status.FAIL, shown.get(1).status());
        DossierResult notice = shown.get(2);
        assertEquals(null, notice.id());
        assertTrue(notice.findings().stream().allMatch(f -> f.ruleId().equals(Ledgers.NOTICE_ID) && f.severity() == Severity.INFO));
        String said = String.join("\n", notice.findings().stream().map(f -> f.message(Lang.ZH)).toList());
        assertTrue(said.contains("无法识别的列名「科室」"), said);
        assertTrue(said.contains("集体审议日期、合法性审核日期"), said);
        assertTrue(said.contains("事项特征（2行）"), said);
        assertTrue(said.contains("文件·文件内容（1行）"), said);
        assertEquals(1, shown.get(3).findings().size(), "a dossier's own unknowns stay where they are");
        Summary s = settled.summary();
        assertEquals(3, s.dossiers(), "the notice is not a dossier");
        assertEquals(3, s.warning());
        assertEquals(notice.findings().size(), s.info());
        assertEquals(2, s.failed(), "row 3 (filing/late) and the dossier (its own unknown), at --fail-on warning");
    }
}
