package juece.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.facts.Gate;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.findings.Summary;
import juece.text.Lang;
import org.junit.jupiter.api.Test;

/** The README's "Embedding juece in a batch pipeline" example, as written there. */
class EmbeddingTest {

    @Test
    void theReadmeExampleStreamsWhatCheckCollects() throws Exception {
        List<String> lines = new ArrayList<>();
        List<DossierResult> streamed = new ArrayList<>();

        Checker checker = new Checker(new Checker.Options(
                LocalDate.of(2026, 6, 30),        // as-of: "today" for every deadline
                Gate.PUBLICATION,                 // or null: no gate
                Severity.ERROR,                   // fail-on, or null
                null,                             // profile: null = each dossier's own, else national
                List.of(),                        // extra DRL files
                WorkCalendar.load(List.of()),     // the bundled holiday calendar
                Runtime.getRuntime().availableProcessors(),
                false));                          // timelines (only the HTML report draws them)
        Summary summary = checker.run(List.of(Path.of("cases/")), result -> {
            // called in file order, one dossier at a time, from the calling thread
            for (Finding f : result.findings()) {
                lines.add(result.file() + ":" + f.position() + " " + f.ruleId() + " " + f.message(Lang.ZH));
            }
            streamed.add(result);
        }, null);

        RunReport collected = checker.check(List.of(Path.of("cases/")));
        assertEquals(collected.summary(), summary);
        assertEquals(render(collected.dossiers()), render(streamed));
        assertEquals(1, summary.exitCode(), "cases/ holds dossiers with findings, and none that cannot be read (those are in cases-invalid/)");
        assertTrue(lines.size() > 100, "findings: " + lines.size());
    }

    private static List<String> render(List<DossierResult> results) {
        return results.stream().flatMap(r -> r.findings().stream()
                .map(f -> r.file() + " " + r.status() + " " + f.position() + " " + f.ruleId() + " " + f.message(Lang.EN))).toList();
    }
}
