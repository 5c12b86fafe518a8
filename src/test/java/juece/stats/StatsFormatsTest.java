package juece.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import juece.cli.Main;
import juece.text.Lang;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every stats format, through the command line: the fixed JSON keys, the workbook, the page, the text. */
class StatsFormatsTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> keys(JsonNode n) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Dossiers checked under profiles of their own: the first line names them, not "(not recorded)". */
    @Test
    void theProfilesOfTheDossiersAreNamed() throws Exception {
        Run text = run("stats", "cases", "--year", "2024", "--as-of", "2025-03-31");
        String meta = text.out().lines().skip(1).findFirst().orElseThrow();
        assertTrue(meta.contains("规则档案 ") && meta.contains("national") && meta.contains("jiangsu"), meta);
        assertFalse(meta.contains("未记载"), meta);
        JsonNode j = new ObjectMapper().readTree(run("stats", "cases", "--year", "2024", "--as-of", "2025-03-31", "--format", "json").out());
        assertTrue(j.at("/tool/profile").isNull(), "what the run was given: none");
        assertTrue(j.at("/tool/profiles").toString().contains("\"jiangsu\""), j.at("/tool").toString());
        Run one = run("stats", "cases/md-bus-fare-reform", "--year", "2024", "--as-of", "2025-03-31", "--lang", "en");
        assertTrue(one.out().lines().skip(1).findFirst().orElseThrow().endsWith("profile national"), one.out());
    }

    @Test
    void jsonHasTheFixedKeys() throws Exception {
        Path d = StatsFixtures.year(dir);
        Run r = run("stats", d.toString(), "--year", "2024", "--as-of", "2025-03-01", "--by", "authority", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("tool", "year", "inputs", "indicators", "rules", "by_authority", "shortfalls", "paragraph"),
                keys(j).subList(0, 8), "SPEC §10.1's keys first, in its order");
        assertEquals(List.of("name", "version", "profile", "as_of"), keys(j.get("tool")).subList(0, 4));
        assertEquals(2024, j.get("year").asInt());
        assertEquals(List.of("dossiers", "ledger_rows", "counted", "other_years", "invalid"), keys(j.get("inputs")).subList(0, 5));
        assertEquals(List.of("major_decision", "normative_document"), keys(j.get("inputs").get("counted")));
        List<String> ids = new ArrayList<>();
        for (JsonNode i : j.get("indicators")) {
            assertEquals(List.of("id", "label", "numerator", "denominator", "rate", "unknown", "basis", "benchmark"), keys(i));
            ids.add(i.get("id").asText());
        }
        assertEquals(List.of("md.count", "md.public_participation", "md.hearings", "md.expert_review", "md.risk_assessment",
                "md.fair_competition_review", "md.legality_review", "md.legal_adviser_opinion", "md.collective_decision",
                "md.published_on_time", "md.compliant", "nd.count", "nd.legality_review", "nd.collective_decision", "nd.registered",
                "nd.filed", "nd.filed_on_time", "nd.compliant", "nd.expiring_next_year"), ids);
        JsonNode onTime = j.get("indicators").get(16);
        assertEquals("nd.filed_on_time", onTime.get("id").asText());
        assertEquals("报备及时率", onTime.get("label").asText());
        assertEquals(0.6667, onTime.get("rate").asDouble());
        assertTrue(onTime.get("benchmark").asText().contains("示范指标"), "a benchmark is labelled as one");
        assertTrue(j.get("indicators").get(0).get("denominator").isNull(), "a count has no denominator");
        assertTrue(j.get("indicators").get(5).get("rate").isNull(), "0/0 has no rate");
        assertTrue(j.get("indicators").get(5).get("benchmark").isNull());
        assertEquals(List.of("rule", "dossiers"), keys(j.get("rules").get(0)));
        assertEquals(List.of("authority", "indicators"), keys(j.get("by_authority").get(0)));
        JsonNode shortfall = j.get("shortfalls").get(0);
        assertEquals(List.of("id", "dossiers"), keys(shortfall));
        for (JsonNode s : j.get("shortfalls")) {
            for (JsonNode ref : s.get("dossiers")) {
                assertEquals("file", keys(ref).get(0));
                assertEquals("id", keys(ref).get(1));
            }
        }
        assertTrue(j.get("paragraph").asText().startsWith("2024年，"));
    }

    @Test
    void textMarkdownWorkbookAndPage() throws Exception {
        Path d = StatsFixtures.year(dir);
        Run text = run("stats", d.toString(), "--as-of", "2025-03-01");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("2024年度法治政府建设统计"), "--year defaults to the year before as-of");
        assertTrue(text.out().contains("报备率（nd.filed）"), text.out());
        assertTrue(text.out().contains("75%（3/4）"), text.out());
        assertTrue(text.out().contains("示范指标"), text.out());
        assertTrue(text.out().contains("—（0/0）"), "0/0 is a dash, with its fraction");

        Run en = run("stats", d.toString(), "--as-of", "2025-03-01", "--lang", "en", "--format", "md");
        assertTrue(en.out().startsWith("# Law-based government: the figures of 2024"), en.out());
        assertTrue(en.out().contains("| filed | `nd.filed` | 75% (3/4) |"), en.out());
        assertTrue(en.out().contains("In 2024, 2 major administrative decisions were taken"), en.out());

        Path xlsx = dir.resolve("stats.xlsx");
        assertEquals(0, run("stats", d.toString(), "--as-of", "2025-03-01", "--by", "authority", "--format", "xlsx", "--output", xlsx.toString()).exit());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(StatsXlsx.sheets(Lang.ZH), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2),
                    wb.getSheetName(3), wb.getSheetName(4), wb.getSheetName(5)));
            var ind = wb.getSheetAt(0);
            assertEquals("md.count", ind.getRow(1).getCell(1).getStringCellValue());
            assertEquals(0.75, ind.getRow(16).getCell(4).getNumericCellValue(), 1e-9, "nd.filed as a number formatted as a percentage");
            assertEquals("0.0%", ind.getRow(16).getCell(4).getCellStyle().getDataFormatString());
            var authorities = wb.getSheetAt(1);
            assertEquals(3 * Indicator.values().length, authorities.getLastRowNum(), "one row per authority and indicator");
            var shortfalls = wb.getSheetAt(2);
            assertTrue(shortfalls.getLastRowNum() >= 8, "every document behind every shortfall");
        }

        Path html = dir.resolve("stats.html");
        assertEquals(0, run("stats", d.toString(), "--as-of", "2025-03-01", "--format", "html", "--output", html.toString()).exit());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains("<script"), "no script");
        assertFalse(page.matches("(?s).*(src|href)=\"https?:.*"), "nothing from the network");
        assertTrue(page.contains("<svg class=\"rates\""));
        assertTrue(page.contains("<svg class=\"months\""));
        assertTrue(page.contains("@media print"));
        assertTrue(page.contains("Noto Sans CJK SC"));
        assertTrue(page.contains("data-indicator=\"nd.filed_on_time\""));

        assertEquals(2, run("stats", d.toString(), "--format", "xlsx").exit(), "xlsx needs a file");
        assertEquals(2, run("stats", d.toString(), "--by", "county").exit());
        assertEquals(2, run("stats", d.toString(), "--format", "csv").exit());
    }
}
