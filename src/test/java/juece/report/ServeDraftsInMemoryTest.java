package juece.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.findings.RunReport;
import juece.pipeline.Checker;
import juece.text.Lang;
import org.junit.jupiter.api.Test;

/**
 * {@code juece serve} keeps reports' drafts in memory (it writes nothing to disk): every format
 * comes out byte for byte as it does through temporary files.
 */
class ServeDraftsInMemoryTest {
    @Test
    void everyFormatIsTheSameWithDraftsInMemory() throws Exception {
        RunReport run = new Checker(new Checker.Options(LocalDate.of(2024, 6, 30), null, Severity.ERROR, null, List.of(),
                WorkCalendar.load(List.of()), 2, true)).check(List.of(Path.of("cases")));
        boolean before = Spill.memoryOnly;
        try {
            for (String format : Formats.names()) {
                Spill.memoryOnly = false;
                byte[] onDisk = write(run, format);
                Spill.memoryOnly = true;
                assertArrayEquals(onDisk, write(run, format), format);
            }
        } finally {
            Spill.memoryOnly = before;
        }
    }

    private static byte[] write(RunReport run, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.reporter(format).orElseThrow().write(run, Lang.ZH, out);
        return out.toByteArray();
    }
}
