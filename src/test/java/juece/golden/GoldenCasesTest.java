package juece.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import juece.calendar.WorkCalendar;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden case under cases/, through the whole pipeline, one test each. */
class GoldenCasesTest {
    static final Path CASES = Path.of("cases");

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        GoldenRunner runner = new GoldenRunner(WorkCalendar.load(List.of()));
        List<Path> folders = GoldenCases.find(CASES);
        assertFalse(folders.isEmpty(), "no golden cases under " + CASES.toAbsolutePath());
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            GoldenRunner.Verdict v = runner.run(GoldenCases.read(folder));
            assertTrue(v.passed(), () -> folder + "\n" + v.diff());
        }));
    }
}
