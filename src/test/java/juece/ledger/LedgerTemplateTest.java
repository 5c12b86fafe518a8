package juece.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import juece.cli.Main;
import juece.read.ReadResult;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code juece template ledger}, read back by an independent reader (Apache POI), and checked as a ledger. */
class LedgerTemplateTest {
    @TempDir
    Path dir;

    private static int run(ByteArrayOutputStream out, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theTemplateHasTheHeadersNotesDropdownsAndAnExampleSheet() throws Exception {
        Path file = dir.resolve("台账模板.xlsx");
        assertEquals(0, run(new ByteArrayOutputStream(), "template", "ledger", file.toString()));
        assertEquals(2, run(new ByteArrayOutputStream(), "template", "ledger", file.toString()), "an existing file is not overwritten");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet ledger = wb.getSheetAt(0);
            assertEquals(LedgerTemplate.SHEET, ledger.getSheetName());
            for (int c = 0; c < LedgerTemplate.COLUMNS.size(); c++) {
                Column col = LedgerTemplate.COLUMNS.get(c);
                assertEquals(col.header(), ledger.getRow(0).getCell(c).getStringCellValue());
                assertEquals(col, ((Headers.Known) Headers.match(col.header())).column(), "the template's header is one juece reads");
                var comment = ledger.getCellComment(new CellAddress(0, c));
                assertNotNull(comment, col.header());
                assertEquals(col.note(), comment.getString().getString());
            }
            assertTrue(ledger.getPaneInformation().isFreezePane());
            assertEquals(1, ledger.getPaneInformation().getHorizontalSplitPosition());
            Map<String, List<String>> lists = new HashMap<>();
            for (DataValidation v : ledger.getDataValidations()) {
                DataValidationConstraint k = v.getValidationConstraint();
                assertEquals(DataValidationConstraint.ValidationType.LIST, k.getValidationType());
                CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
                assertEquals(1, range.getFirstRow());
                assertEquals(LedgerTemplate.ROWS, range.getLastRow());
                assertEquals(range.getFirstColumn(), range.getLastColumn());
                lists.put(ledger.getRow(0).getCell(range.getFirstColumn()).getStringCellValue(), List.of(k.getExplicitListValues()));
            }
            assertEquals(Map.of("类型", List.of("规范性文件", "重大行政决策"), "是否试行", List.of("是", "否"),
                    "有效性", List.of("有效", "失效", "废止")), lists);
            assertTrue(ledger.getColumnWidth(0) > ledger.getColumnWidth(3), "the title column is the widest");
            XSSFSheet examples = wb.getSheet(LedgerTemplate.EXAMPLES);
            assertNotNull(examples);
            assertEquals("某区老旧小区加装电梯补助暂行办法", examples.getRow(1).getCell(0).getStringCellValue());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(examples.getRow(1).getCell(6)), "dates are date cells");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(out, "check", file.toString(), "--as-of", "2024-12-31");
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, text);
        assertTrue(text.contains("错误 0 项"), text);
        assertTrue(text.contains("ledger/notice"), text);
    }

    @Test
    void theExampleRowsReadWithoutAProblem() throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            LedgerTemplate.write(out);
        }
        Path examples = dir.resolve("examples.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(examples)) {
            wb.removeSheetAt(0); // the examples sheet becomes the first
            wb.write(out);
        }
        Ledgers ledgers = new Ledgers();
        List<ReadResult> rows = LedgerTreeTest.rows(ledgers, examples);
        assertEquals(3, rows.size());
        for (ReadResult r : rows) {
            assertTrue(r.ok(), () -> r.problems().toString());
        }
        assertEquals("major_decision", LedgerTreeTest.text(rows.get(1), "kind"));
        assertEquals("2026-03-11", LedgerTreeTest.text(rows.get(0), "document.expires"));
        assertEquals(Ledger.Status.ABOLISHED, ledgers.ledger("examples.xlsx").status(4));
        assertEquals(java.time.LocalDate.of(2024, 5, 6), ledgers.ledger("examples.xlsx").abolished(4));
        assertEquals(List.of(), ledgers.ledger("examples.xlsx").layout().unused);
    }
}
