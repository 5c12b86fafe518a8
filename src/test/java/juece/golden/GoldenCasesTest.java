package juece.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import juece.calendar.WorkCalendar;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every golden case under cases/ and cases-invalid/, through the whole pipeline, one test each. */
class GoldenCasesTest {

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        GoldenRunner runner = new GoldenRunner(WorkCalendar.load(List.of()));
        for (Path root : GoldenCases.FOLDERS) {
            assertFalse(GoldenCases.find(root).isEmpty(), "no golden cases under " + root.toAbsolutePath());
        }
        List<Path> folders = GoldenCases.findAll(Path.of(""));
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getParent().getFileName() + "/" + folder.getFileName(), () -> {
            GoldenRunner.Verdict v = runner.run(GoldenCases.read(folder));
            assertTrue(v.passed(), () -> folder + "\n" + v.diff());
        }));
    }
}
