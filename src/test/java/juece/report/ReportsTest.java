package juece.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.findings.RunReport;
import juece.pipeline.Checker;
import juece.text.Lang;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every format, for failing, clean, invalid and hostile dossiers, read back by an independent
 * reader: the SARIF schema, an XML parser, POI for the workbook, a JSON parser.
 */
class ReportsTest {
    static final Path DOSSIERS = Path.of("src/test/resources/dossiers");
    private static RunReport report;

    /** The test dossiers (clean, failing, invalid, hostile) checked once for every report test. */
    static synchronized RunReport report() {
        if (report == null) {
            try {
                report = new Checker(new Checker.Options(LocalDate.of(2024, 6, 30), null, Severity.ERROR, null, List.of(),
                        WorkCalendar.load(List.of()), 1, true)).check(List.of(DOSSIERS));
            } catch (juece.engine.RuleFileException e) {
                throw new IllegalStateException(e);
            }
        }
        return report;
    }

    @BeforeAll
    static void run() {
        report();
    }

    static byte[] render(String format, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.reporter(format).orElseThrow().write(report(), lang, out);
        return out.toByteArray();
    }

    static String text(String format, Lang lang) throws IOException {
        return new String(render(format, lang), StandardCharsets.UTF_8);
    }

    @Test
    void sarifValidatesAgainstTheSchemaAndMarksWaivers() throws IOException {
        JsonSchema schema;
        try (InputStream in = ReportsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        for (Lang lang : Lang.values()) {
            JsonNode sarif = new ObjectMapper().readTree(render("sarif", lang));
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertEquals(Set.of(), errors);
            JsonNode run = sarif.at("/runs/0");
            assertEquals("juece", run.at("/tool/driver/name").asText());
            assertTrue(run.at("/tool/driver/rules").size() > 50);
            JsonNode rule = run.at("/tool/driver/rules/" + run.at("/results/0/ruleIndex").asInt());
            assertEquals(run.at("/results/0/ruleId").asText(), rule.get("id").asText());
            int waived = 0;
            for (JsonNode r : run.get("results")) {
                assertTrue(r.at("/locations/0/physicalLocation/region/startLine").asInt() >= 1);
                if (r.has("suppressions")) {
                    waived++;
                    assertEquals("external", r.at("/suppressions/0/kind").asText());
                    assertTrue(r.at("/suppressions/0/justification").asText().contains("<img"), "justification as written");
                }
            }
            assertEquals(1, waived);
        }
        String help = new ObjectMapper().readTree(render("sarif", Lang.ZH)).at("/runs/0/tool/driver/rules").toString();
        assertTrue(help.contains("公开征求意见的期限一般不少于30日"), "rule help quotes the article");
    }

    @Test
    void junitHasATestCasePerDossierAndRuleThatRan() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(render("junit", Lang.ZH)));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(report.dossiers().size(), suites.getLength());
        int failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            NodeList cases = s.getElementsByTagName("testcase");
            assertEquals(Integer.parseInt(s.getAttribute("tests")), cases.getLength());
            failures += s.getElementsByTagName("failure").getLength();
            if (s.getAttribute("name").startsWith("TEST-CLEAN-1")) {
                assertEquals(0, s.getElementsByTagName("failure").getLength());
                assertTrue(cases.getLength() > 30, "every rule that judges a major decision ran");
                for (int c = 0; c < cases.getLength(); c++) {
                    assertFalse(((Element) cases.item(c)).getAttribute("name").startsWith("normative/"));
                }
            }
        }
        assertEquals(Integer.parseInt(xml.getDocumentElement().getAttribute("failures")), failures);
        assertTrue(failures >= 1);
        assertEquals(1, Integer.parseInt(xml.getDocumentElement().getAttribute("errors")), "the invalid dossier");
    }

    @Test
    void csvHasABomAndNeutralisesFormulas() throws IOException {
        byte[] csv = render("csv", Lang.ZH);
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String s = new String(csv, StandardCharsets.UTF_8);
        assertTrue(s.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")<script>"), s);
        assertTrue(s.contains(",'-2+3,"), "approver neutralised");
        assertTrue(s.contains(",'@SUM(1+1)"), "basis neutralised");
        for (String line : s.substring(1).split("\r\n")) {
            for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0, "unneutralised cell: " + cell);
            }
        }
    }

    @Test
    void xlsxIsAWorkbookWithFiltersFrozenHeaderAndNoFormulas() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(render("xlsx", Lang.ZH)))) {
            assertEquals(3, wb.getNumberOfSheets());
            XSSFSheet findings = wb.getSheetAt(0);
            assertEquals("问题清单", findings.getSheetName());
            assertTrue(findings.getCTWorksheet().isSetAutoFilter(), "filters on the header");
            assertEquals(1, findings.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
            assertEquals("规则", findings.getRow(0).getCell(6).getStringCellValue());
            int rows = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    row.forEach(cell -> assertFalse(cell.getCellType() == CellType.FORMULA, "formula in " + sheet.getSheetName()));
                }
            }
            for (Row row : findings) {
                rows++;
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("TEST-HOSTILE-1")) {
                    assertTrue(row.getCell(2).getStringCellValue().startsWith("'=HYPERLINK"));
                }
            }
            assertEquals(report.dossiers().stream().mapToInt(d -> d.findings().size()).sum() + 1, rows);
            assertEquals("按档案统计", wb.getSheetAt(1).getSheetName());
            assertEquals(report.dossiers().size() + 1, wb.getSheetAt(1).getPhysicalNumberOfRows());
            // readers that trust a sheet's declared size (pandas) must see every row
            assertEquals("A1:S" + rows, findings.getCTWorksheet().getDimension().getRef());
            assertEquals("A1:J" + (report.dossiers().size() + 1), wb.getSheetAt(1).getCTWorksheet().getDimension().getRef());
        }
        assertArrayEquals(render("xlsx", Lang.ZH), render("xlsx", Lang.ZH), "the same run gives the same bytes");
    }

    @Test
    void htmlIsSelfContainedAndEscapesDossierText() throws IOException {
        String html = text("html", Lang.ZH);
        assertFalse(html.contains("<script>alert(1)"), "dossier text escaped");
        assertFalse(html.contains("<img src=x"), "waiver text escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no external resource");
        assertFalse(html.contains("<script"), "no script at all");
        assertTrue(html.contains("<svg class=\"timeline\""), "a timeline per dossier");
        assertTrue(html.contains("公开征求意见的期限一般不少于30日"), "the article's text");
        assertTrue(html.contains("class=\"lane problem\" data-step=\"public_participation\""), "the late step is marked");
    }

    @Test
    void markdownEscapesDossierText() throws IOException {
        String md = text("md", Lang.ZH);
        assertFalse(md.contains("<script>"), md);
        assertFalse(md.contains("[链接](javascript"), "no live link from dossier text");
        assertTrue(md.contains("\\*\\*粗体\\*\\*"));
        for (String line : md.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("|---")) {
                assertEquals(7, line.split("(?<!\\\\)\\|", -1).length, "a table row keeps its cells: " + line);
            }
        }
    }

    @Test
    void jsonAndTextInEnglishToo() throws IOException {
        String en = text("text", Lang.EN);
        assertTrue(en.contains("The public comment period was 29 days"), en);
        assertTrue(en.contains("Interim Regulations on Major Administrative Decision-making Procedures"), en);
        JsonNode json = new ObjectMapper().readTree(render("json", Lang.EN));
        assertEquals("en", json.at("/tool/lang").asText());
    }

    @Test
    void sarifLocationsAreUris() {
        assertEquals("cases/a%20b/dossier.yaml", SarifReporter.uri("cases/a b/dossier.yaml"));
        assertEquals("file:///tmp/%E6%A1%A3%E6%A1%88.yaml", SarifReporter.uri("/tmp/档案.yaml"));
    }
}
