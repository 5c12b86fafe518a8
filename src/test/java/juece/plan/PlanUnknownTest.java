package juece.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.facts.Step;
import juece.pipeline.Input;
import juece.read.Source;
import juece.text.Lang;
import org.junit.jupiter.api.Test;

/**
 * Values written unknown (SPEC §3): a step whose record is unknown is unknown; so is one whose
 * presence rule could not conclude because a trait it reads is unknown (the reason says which); a
 * duty whose date rests on an unknown value, or whose judging rule record/unknown names, is unknown
 * with no date — never a guess either way.
 */
class PlanUnknownTest {
    private static final Path CLEAN = Path.of("src/test/resources/dossiers/clean.yaml");

    private static DossierPlan plan(String text) throws Exception {
        Planner planner = new Planner(new Planner.Options(LocalDate.of(2024, 6, 30), null, Severity.ERROR, null, List.of(),
                WorkCalendar.load(List.of()), 1, Map.of()));
        DossierPlan p = planner.plan(sink -> sink.accept(Input.of(Source.file(CLEAN, "variant.yaml"), text.getBytes(StandardCharsets.UTF_8))))
                .dossiers().get(0);
        assertTrue(!p.invalid(), () -> p.result().findings().get(0).message(Lang.EN));
        return p;
    }

    private static PlannedStep step(DossierPlan p, Step s) {
        return p.steps().stream().filter(x -> x.step() == s).findFirst().orElseThrow();
    }

    private static Duty duty(DossierPlan p, String id) {
        return p.duties().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aStepWrittenUnknownIsUnknown() throws Exception {
        String text = Files.readString(CLEAN);
        String unknown = text.replaceAll("(?ms)^expert_review:\\n(  .*?\\n)+", "expert_review: unknown\n");
        assertTrue(!unknown.equals(text));
        DossierPlan p = plan(unknown);
        assertEquals(PlannedStep.Status.UNKNOWN, step(p, Step.EXPERT_REVIEW).status());
        assertTrue(step(p, Step.EXPERT_REVIEW).reason().render(Lang.ZH).contains("未知"));
    }

    @Test
    void aStepWhoseRuleReadsAnUnknownTraitIsUnknownAndSaysWhich() throws Exception {
        String text = Files.readString(CLEAN).replaceAll("(?ms)^expert_review:\\n(  .*?\\n)+", "")
                .replaceFirst("technical: true", "technical: unknown");
        DossierPlan p = plan(text);
        PlannedStep expert = step(p, Step.EXPERT_REVIEW);
        assertEquals(PlannedStep.Status.UNKNOWN, expert.status());
        assertTrue(expert.reason().render(Lang.ZH).contains("traits.technical: unknown"), expert.reason().render(Lang.ZH));
    }

    @Test
    void aDutyOnAnUnknownDateIsUnknownWithoutADate() throws Exception {
        String text = Files.readString(CLEAN).replaceFirst("published: 2024-03-01", "published: unknown");
        DossierPlan p = plan(text);
        Duty close = duty(p, Duties.COMMENT);
        assertEquals(Duty.Status.UNKNOWN, close.status());
        assertNull(close.date());
        assertEquals(List.of(), close.missingYears());
        String reviewed = Files.readString(CLEAN).replaceFirst("completed: 2024-04-19", "completed: unknown");
        Duty opinion = duty(plan(reviewed), Duties.OPINION);
        assertEquals(Duty.Status.UNKNOWN, opinion.status());
    }
}
