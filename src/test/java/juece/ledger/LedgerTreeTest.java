package juece.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import juece.pipeline.Input;
import juece.pipeline.Inputs;
import juece.read.Node;
import juece.read.Position;
import juece.read.ReadResult;
import juece.text.Lang;
import juece.validate.Validator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ledger rows as dossier trees: values at their cells, blanks absent, 未知 unknown, the rest implied unknown. */
class LedgerTreeTest {
    @TempDir
    Path dir;

    /** The rows a ledger hands to the road, read. */
    static List<ReadResult> rows(Ledgers ledgers, Path file) {
        List<ReadResult> out = new ArrayList<>();
        ledgers.read(file, file.getFileName().toString(), in -> out.add(in.read()));
        return out;
    }

    /** The node at a dotted path, or null when a key is missing. */
    static Node at(ReadResult r, String path) {
        Node n = r.document().root();
        for (String key : path.split("\\.")) {
            if (!(n instanceof Node.Mapping m) || !m.entries().containsKey(key)) {
                return null;
            }
            n = m.get(key);
        }
        return n;
    }

    static String text(ReadResult r, String path) {
        Node n = at(r, path);
        return n instanceof Node.Scalar s ? (s.isNull() ? null : s.text()) : n == null ? "<missing>" : "<mapping>";
    }

    static Position keyAt(ReadResult r, String path) {
        int dot = path.lastIndexOf('.');
        Node parent = dot < 0 ? r.document().root() : at(r, path.substring(0, dot));
        return ((Node.Mapping) parent).entries().get(path.substring(dot + 1)).keyPosition();
    }

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aCsvRowIsADossierWithItsCellsInPlace() throws Exception {
        Path f = csv("台账.csv", "\uFEFF某区2024年行政规范性文件台账,,,,,,,,\n"
                + "序号,文件名称,文号,制定机关,发布日期（必填）,施行日期,有效期,备案日期,备案机关\n"
                + "1,某区老旧小区加装电梯补助暂行办法,某府规〔2024〕1号,某区人民政府,2024/3/1,自公布之日起施行,5年,2024年3月20日,某区人大常委会\n");
        Ledgers ledgers = new Ledgers();
        List<ReadResult> rows = rows(ledgers, f);
        assertEquals(1, rows.size());
        ReadResult r = rows.get(0);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals("normative_document", text(r, "kind"));
        assertEquals("某府规〔2024〕1号", text(r, "id"));
        assertEquals(new Position(3, 3), keyAt(r, "id"));
        assertEquals("某区老旧小区加装电梯补助暂行办法", text(r, "title"));
        assertEquals(new Position(3, 2), keyAt(r, "title"));
        assertEquals("2024-03-01", text(r, "publication.date"));
        assertEquals(new Position(3, 5), keyAt(r, "publication.date"));
        assertEquals("某府规〔2024〕1号", text(r, "document.number"));
        assertEquals("true", text(r, "document.registered"));
        assertEquals("2024-03-01", text(r, "document.effective"), "自公布之日起施行");
        assertEquals(new Position(3, 6), keyAt(r, "document.effective"));
        assertEquals("2029-03-01", text(r, "document.expires"), "5年 from the effective date, the corresponding day");
        assertEquals("true", text(r, "document.trial"), "暂行 in the title");
        assertEquals("2024-03-20", text(r, "filing.submitted"));
        assertEquals(new Position(3, 8), keyAt(r, "filing.submitted"));
        assertEquals("某区人大常委会", text(r, "filing.to"));
        assertEquals(new Position(3, 9), keyAt(r, "filing.to"));
        // every fact no column gives is unknown, at the row
        for (String p : List.of("authority_type", "traits", "public_participation", "assessment", "legality_review",
                "collective_decision", "fair_competition_review", "document.content", "publication.internal_only")) {
            assertEquals("unknown", text(r, p), p);
        }
        assertEquals(new Position(3, 1), keyAt(r, "traits"));
        Ledger l = ledgers.ledger("台账.csv");
        assertTrue(l.implied.containsAll(List.of("traits", "legality_review", "collective_decision", "document.content",
                "publication.internal_only", "authority_type")), l.implied.toString());
        assertFalse(l.implied.contains("filing"));
        assertFalse(l.implied.contains("document.effective"));
        assertEquals(List.of(Column.DECIDED, Column.REVIEWED), l.missing());
        assertEquals(1, l.rows());
    }

    /** A yes/no column (是否经合法性审核: 是/否) records the step, its date unknown, or its absence. */
    @Test
    void yesAndNoColumnsRecordTheStepWithoutADate() throws Exception {
        Path f = csv("yn.csv", "文件名称,文号,制定机关,发布日期,是否经合法性审核,集体审议,是否备案\n"
                + "甲办法,某规〔2024〕1号,某局,2024-03-01,是,已审议,已备案\n"
                + "乙办法,某规〔2024〕2号,某局,2024-03-01,否,未审议,否\n"
                + "丙办法,某规〔2024〕3号,某局,2024-03-01,2024-02-20,2024-02-25,2024-03-20\n");
        List<ReadResult> rows = rows(new Ledgers(), f);
        ReadResult a = rows.get(0);
        assertTrue(a.ok(), () -> a.problems().toString());
        assertEquals("unknown", text(a, "legality_review.completed"), "是: reviewed, on a day the ledger does not give");
        assertEquals(new Position(2, 5), keyAt(a, "legality_review"));
        assertEquals("unknown", text(a, "collective_decision.date"));
        assertEquals("unknown", text(a, "filing.submitted"));
        ReadResult b = rows.get(1);
        assertNull(text(b, "legality_review"), "否: not reviewed");
        assertNull(text(b, "collective_decision"));
        assertNull(text(b, "filing"));
        ReadResult c = rows.get(2);
        assertEquals("2024-02-20", text(c, "legality_review.completed"), "dates still read as dates");
        assertEquals("2024-03-20", text(c, "filing.submitted"));
    }

    @Test
    void blankCellsRecordAbsenceAndUnknownCellsUnknown() throws Exception {
        Path f = csv("l.csv", "文件名称,文号,制定机关,合法性审核日期,集体审议日期,发布日期,施行日期,有效期至,备案日期,备案机关\n"
                + "甲办法,,某局,,2024-02-01,2024-03-01,2024-03-01,长期,,某区政府\n"
                + "乙办法,某规〔2024〕2号,某局,未知,2024-02-01,2024-03-01,2024-03-10,,未知,\n"
                + ",,,,,,,,,\n"
                + "丙办法,某规〔2024〕3号,某局,2024-01-20,2024-02-01,2024-03-01,2024-03-01,2029-02-28,未备案,\n");
        List<ReadResult> rows = rows(new Ledgers(), f);
        assertEquals(3, rows.size(), "the blank row is passed over");
        ReadResult a = rows.get(0);
        assertTrue(a.ok(), () -> a.problems().toString());
        assertEquals("l#2", text(a, "id"), "no 文号: the ledger's name and the row");
        assertNull(text(a, "document.number"));
        assertEquals("unknown", text(a, "document.registered"), "a 文号 says registered; its absence says nothing");
        assertNull(text(a, "legality_review"), "a blank 合法性审核日期: no review");
        assertEquals(new Position(2, 4), keyAt(a, "legality_review"));
        assertNull(text(a, "filing"), "a blank 备案日期: not filed, whatever 备案机关 says");
        assertEquals(new Position(2, 9), keyAt(a, "filing"));
        assertNull(text(a, "document.expires"), "长期: no expiry");
        assertEquals("2024-02-01", text(a, "collective_decision.date"));
        assertEquals("unknown", text(a, "collective_decision.meeting"));
        ReadResult b = rows.get(1);
        assertEquals("unknown", text(b, "legality_review"));
        assertEquals(new Position(3, 4), keyAt(b, "legality_review"));
        assertEquals("unknown", text(b, "filing"));
        assertNull(text(b, "document.expires"));
        ReadResult c = rows.get(2);
        assertEquals(new Position(5, 1), c.document().root().position(), "rows keep their numbers in the sheet");
        assertNull(text(c, "filing"), "未备案: not filed");
        assertEquals("2024-01-20", text(c, "legality_review.completed"));
        assertEquals("unknown", text(c, "legality_review.submitted"));
    }

    @Test
    void aCellThatIsNotADateIsAProblemAtThatCellAndTheOtherRowsAreRead() throws Exception {
        Path f = csv("bad.csv", "文件名称,制定机关,发布日期,施行日期,备案日期\n"
                + "甲办法,某局,2024.13.1,2024-03-01,2024年第一季度\n"
                + "乙办法,某局,2024-03-01,2024-03-01,2024-03-05\n"
                + "丙办法,某局,2024-03-01,,2024-03-05\n");
        List<ReadResult> rows = rows(new Ledgers(), f);
        assertEquals(3, rows.size());
        assertFalse(rows.get(0).ok());
        assertEquals(List.of(new Position(2, 3), new Position(2, 5)), rows.get(0).problems().stream().map(p -> p.position()).toList());
        assertEquals("「发布日期」的日期“2024.13.1”不存在", rows.get(0).problems().get(0).message().render(Lang.ZH));
        assertTrue(rows.get(0).problems().get(1).message().render(Lang.ZH).contains("不会由年份、月份或季度推定"));
        assertTrue(rows.get(1).ok());
        assertEquals(new Position(4, 4), rows.get(2).problems().get(0).position(), "a normative document states its effective date");
    }

    @Test
    void aMajorDecisionRowIsOneTheRegulationAppliesTo() throws Exception {
        Path f = csv("md.csv", "类型,文件名称,文号,制定机关,合法性审核日期,集体审议日期,发布日期,施行日期,备案日期\n"
                + "重大行政决策,某区供热管网改造工程,某府发〔2024〕9号,某区人民政府,2024-05-20,2024-05-28,2024-06-04,2024-06-04,2024-06-20\n");
        ReadResult r = rows(new Ledgers(), f).get(0);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals("major_decision", text(r, "kind"));
        assertEquals("某府发〔2024〕9号", text(r, "id"));
        assertEquals("none", text(r, "scope.excluded"));
        assertEquals("unknown", text(r, "scope.category"));
        assertEquals("<missing>", text(r, "document"), "columns of normative documents are not read for a decision");
        assertEquals("<missing>", text(r, "filing"));
        assertEquals("unknown", text(r, "legality_review.legal_adviser_opinion"));
        assertEquals("unknown", text(r, "archive"));
        assertEquals("unknown", text(r, "expert_review"));
    }

    @Test
    void anXlsxLedgerWithDateCellsSerialsAndATitleRow() throws Exception {
        Path f = dir.resolve("台账.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("2024");
            wb.createSheet("other").createRow(0).createCell(0).setCellValue("not read");
            s.createRow(0).createCell(0).setCellValue("某区2024年规范性文件备案台账");
            Row h = s.createRow(2);
            String[] headers = {"序号", "文件名称", "发文字号", "发文机关", "成文日期", "生效时间", "终止时间", "是否试行", "报备日期", "有效性", "责任科室"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row r = s.createRow(4);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("某区人才公寓管理办法");
            r.createCell(2).setCellValue("某府规〔2024〕5号");
            r.createCell(3).setCellValue("某区人民政府");
            r.createCell(4).setCellValue(LocalDate.of(2024, 4, 1));
            r.getCell(4).setCellStyle(date);
            r.createCell(5).setCellValue(45383); // a serial number whose date format was lost: 2024-04-01
            r.createCell(6).setCellValue("2029年3月31日");
            r.createCell(7).setCellValue("否");
            r.createCell(8).setCellValue(20240415);
            r.createCell(9).setCellValue("有效");
            r.createCell(10).setCellValue("法规科");
            wb.write(out);
        }
        Ledgers ledgers = new Ledgers();
        List<ReadResult> rows = rows(ledgers, f);
        assertEquals(1, rows.size());
        ReadResult r = rows.get(0);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals(new Position(5, 1), r.document().root().position(), "row 5 of the sheet");
        assertEquals("2024-04-01", text(r, "publication.date"), "成文日期 stands for 发布日期 in a ledger without one");
        assertEquals(new Position(5, 5), keyAt(r, "publication.date"));
        assertEquals("2024-04-01", text(r, "document.effective"));
        assertEquals("2029-03-31", text(r, "document.expires"));
        assertEquals("false", text(r, "document.trial"));
        assertEquals("2024-04-15", text(r, "filing.submitted"));
        Ledger l = ledgers.ledger("台账.xlsx");
        assertEquals(Ledger.Status.IN_FORCE, l.status(5));
        assertEquals(1, l.layout().unused.size());
        assertEquals("责任科室", l.layout().unused.get(0).header());
        assertEquals(3, l.layout().headerRow);
    }

    /** Excel's plain "CSV" on a Chinese Windows is GBK: read as it is, the same rows as its UTF-8 twin. */
    @Test
    void aGbkCsvFromExcelIsReadAsItsUtf8Twin() throws Exception {
        String text = "文件名称,文号,发布日期,备案日期\n东坡县养犬管理规定,东政规〔2025〕1号,2025年6月3日,\n";
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        List<ReadResult> read = rows(new Ledgers(), gbk);
        List<ReadResult> twin = rows(new Ledgers(), csv("utf8.csv", text));
        assertEquals(1, read.size());
        assertTrue(read.get(0).ok(), read.get(0).problems().toString());
        assertEquals(twin.get(0).document().root().toString(), read.get(0).document().root().toString());
        assertTrue(read.get(0).document().root().toString().contains("东政规〔2025〕1号"));
    }

    @Test
    void whatCannotBeReadAsALedgerIsSaidOnce() throws Exception {
        Path latin = dir.resolve("latin.csv"); // neither UTF-8 nor GB18030: a lone lead byte at the end
        Files.write(latin, new byte[] {'a', ',', 'b', '\n', (byte) 0x81});
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        Path noHeader = csv("none.csv", "a,b\n1,2\n");
        for (Object[] c : new Object[][] {{latin, "UTF-8"}, {xls, ".xls"}, {noHeader, "表头"}}) {
            List<ReadResult> rows = rows(new Ledgers(), (Path) c[0]);
            assertEquals(1, rows.size());
            assertFalse(rows.get(0).ok());
            assertTrue(rows.get(0).problems().get(0).message().render(Lang.ZH).contains((String) c[1]),
                    rows.get(0).problems().get(0).message().render(Lang.ZH));
        }
    }

    @Test
    void aFolderWalkNeverTakesASpreadsheetForALedger() throws Exception {
        Files.createDirectories(dir.resolve("d/evidence"));
        Files.writeString(dir.resolve("d/evidence/预算表.csv"), "文件名称,发布日期\n甲,2024-01-01\n");
        Files.writeString(dir.resolve("d/dossier.yaml"), "format: juece/v1\n");
        List<String> names = new ArrayList<>();
        Inputs.each(List.of(dir.resolve("d")), in -> names.add(in.read().source().name()));
        assertEquals(1, names.size());
        assertTrue(names.get(0).endsWith("dossier.yaml"));
        List<Input> named = new ArrayList<>();
        Inputs.each(List.of(dir.resolve("d/evidence/预算表.csv")), named::add);
        assertTrue(named.get(0).read().ok(), "named, it is a ledger");
    }

    /** A row's tree is a valid {@code juece/v1} dossier: unknown values where the format allows them, nothing else. */
    @Test
    void aRowsTreeIsAValidDossier() throws Exception {
        Path f = csv("v.csv", "类型,文件名称,文号,制定机关,合法性审核日期,集体审议日期,发布日期,施行日期,有效期至,是否试行,备案日期,备案机关\n"
                + "规范性文件,甲办法,某规〔2024〕2号,某局,2024-01-20,2024-02-01,2024-03-01,2024-03-10,2026-03-09,是,2024-03-20,某区政府\n"
                + "重大行政决策,乙方案,,某区人民政府,2024-01-20,2024-02-01,2024-03-01,,,,,\n");
        for (ReadResult r : rows(new Ledgers(), f)) {
            assertTrue(r.ok(), () -> r.problems().toString());
            assertEquals(List.of(), Validator.validate(r.document()).stream().map(p -> p.position() + " " + p.message().render(Lang.EN)).toList());
        }
    }
}
