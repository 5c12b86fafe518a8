package juece.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledgers through the packaged jar, whose run-time class path is its manifest's, not the tests'
 * (a library the reader needs that the tests alone declare would be missing there). Runs after
 * {@code package} (maven-failsafe-plugin).
 */
class LedgerJarIT {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run juece(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", Path.of("target", "juece.jar").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "juece did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theTemplateALedgerWorkbookAndACsvLedgerRunFromTheJar() throws Exception {
        Path template = dir.resolve("台账模板.xlsx");
        Run t = juece("template", "ledger", template.toString());
        assertEquals(0, t.exit(), t.err());
        Run empty = juece("check", template.toString(), "--as-of", "2025-03-01");
        assertEquals(0, empty.exit(), empty.out() + empty.err());

        Path workbook = dir.resolve("ledger.xlsx");
        Run made = juece("template", "ledger", workbook.toString());
        assertEquals(0, made.exit());
        Path csv = LedgerYearTest.ledger(dir);
        Run checked = juece("check", csv.toString(), "--as-of", "2025-03-01", "--format", "json");
        assertEquals(2, checked.exit(), checked.err());
        assertTrue(checked.out().contains("\"ledger/notice\""), checked.out());
        Run stats = juece("stats", csv.toString(), "--as-of", "2025-03-01", "--format", "json");
        assertTrue(stats.out().contains("\"ledger_rows\" : 30"), stats.out() + stats.err());

        // an .xlsx ledger with rows: the one the example sheet of the template gives, through fastexcel-reader
        Path rows = dir.resolve("rows.xlsx");
        try (var in = Files.newInputStream(workbook); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
             var out = Files.newOutputStream(rows)) {
            wb.removeSheetAt(0);
            wb.write(out);
        }
        Run xlsx = juece("check", rows.toString(), "--as-of", "2025-03-01");
        assertTrue(xlsx.exit() == 0 || xlsx.exit() == 1, xlsx.out() + xlsx.err());
        assertTrue(xlsx.out().contains("某区老旧小区加装电梯补助暂行办法"), xlsx.out());
    }
}
