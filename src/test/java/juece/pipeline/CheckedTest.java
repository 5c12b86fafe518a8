package juece.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import juece.calendar.WorkCalendar;
import juece.findings.DossierResult;
import juece.findings.Summary;
import org.junit.jupiter.api.Test;

/** The facts hook: each result comes with the facts the rules saw, and the results are those of {@code run}. */
class CheckedTest {

    @Test
    void eachResultComesWithItsFactsExceptTheInvalid() throws Exception {
        Checker checker = new Checker(new Checker.Options(LocalDate.of(2026, 6, 30), null, null, null, List.of(),
                WorkCalendar.load(List.of()), 2, false));
        List<Checker.Checked> checked = new ArrayList<>();
        Summary withFacts = checker.runChecked(Checker.files(List.of(Path.of("cases/"))), checked::add, null);
        List<DossierResult> plain = new ArrayList<>();
        Summary without = checker.run(List.of(Path.of("cases/")), plain::add, null);

        assertEquals(without, withFacts);
        assertEquals(plain.size(), checked.size());
        for (int i = 0; i < plain.size(); i++) {
            DossierResult r = checked.get(i).result();
            assertEquals(plain.get(i).file(), r.file());
            assertEquals(plain.get(i).findings().size(), r.findings().size());
            if (r.status() == DossierResult.Status.INVALID) {
                assertNull(checked.get(i).facts(), r.file());
            } else {
                assertNotNull(checked.get(i).facts(), r.file());
                assertEquals(r.id(), checked.get(i).facts().dossier().id());
            }
        }
    }
}
