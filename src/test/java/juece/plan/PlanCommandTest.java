package juece.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import juece.cli.CliTest;
import juece.cli.CliTest.Run;
import org.junit.jupiter.api.Test;

/** {@code juece plan} as a legal adviser and a script see it: text, SPEC §9 JSON, exit codes, targets. */
class PlanCommandTest {
    private static final String DOSSIERS = "src/test/resources/dossiers/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Run r) throws Exception {
        return JSON.readTree(r.out());
    }

    @Test
    void theTextSaysWhatIsNextInChineseAndEachStepWithItsReason() {
        Run r = CliTest.run("plan", "cases/md-publication-pending-20-workdays/dossier.yaml", "--as-of", "2024-06-24");
        assertEquals(0, r.exit(), r.out() + r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[1].contains("下一项") && lines[1].contains("publication/publish"), lines[1]);
        assertTrue(r.out().contains("程序步骤") && r.out().contains("期限义务"), r.out());
        assertTrue(r.out().contains("依据：重大行政决策程序暂行条例 第三十二条"), r.out());
        Run en = CliTest.run("plan", "cases/md-publication-pending-20-workdays/dossier.yaml", "--as-of", "2024-06-24", "--lang", "en");
        assertTrue(en.out().contains("Next:") && en.out().contains("Dated duties"), en.out());
    }

    /** A hearing set for after as-of is recorded (JSON: done) but reads as scheduled, not as done. */
    @Test
    void aStepSetForAfterAsOfReadsAsScheduled() throws Exception {
        String[] args = {"plan", "cases/md-bus-fare-reform/dossier.yaml", "--as-of", "2024-01-02"};
        Run r = CliTest.run(args);
        String hearing = java.util.Arrays.stream(r.out().split("\n")).filter(l -> l.contains("计划于2024-01-16")).findFirst().orElseThrow();
        assertTrue(hearing.strip().startsWith("已安排"), hearing);
        Run later = CliTest.run("plan", "cases/md-bus-fare-reform/dossier.yaml", "--as-of", "2024-06-30");
        assertTrue(later.out().lines().anyMatch(l -> l.strip().startsWith("已完成") && l.contains("听证会")), later.out());
        Run md = CliTest.run("plan", args[1], args[2], args[3], "--format", "md");
        assertTrue(md.out().contains("| 听证会 | 已安排 |"), md.out());
        assertEquals("done", json(CliTest.run("plan", args[1], args[2], args[3], "--format", "json"))
                .at("/dossiers/0/steps/1/status").asText(), "SPEC §9's status stays done");
    }

    @Test
    void theJsonHasTheKeysOfSpecNine() throws Exception {
        Run r = CliTest.run("plan", "cases/md-bus-fare-reform/dossier.yaml", "--as-of", "2024-06-30", "--format", "json");
        assertEquals(1, r.exit(), "a missed duty whose finding is an error fails as in check: " + r.err());
        JsonNode root = json(r);
        assertEquals("national", root.path("tool").path("profile").asText());
        assertEquals("2024-06-30", root.path("tool").path("as_of").asText());
        JsonNode d = root.path("dossiers").get(0);
        for (String key : List.of("file", "id", "kind", "steps", "duties")) {
            assertTrue(d.has(key), key);
        }
        for (JsonNode s : d.path("steps")) {
            assertTrue(s.path("status").asText().matches("done|required|not_required|later|unknown"), s.toString());
            for (String key : List.of("step", "status", "reason", "basis")) {
                assertTrue(s.has(key), key);
            }
        }
        List<String> duties = new ArrayList<>();
        for (JsonNode u : d.path("duties")) {
            duties.add(u.path("duty").asText() + "=" + u.path("status").asText());
            for (String key : List.of("duty", "step", "bound", "date", "status", "basis", "message")) {
                assertTrue(u.has(key), key);
            }
        }
        assertTrue(duties.contains("hearing/materials=missed"), duties.toString());
        assertTrue(duties.contains("legality-review/opinion=missed"), duties.toString());
        assertTrue(duties.contains("public-comment/close=met"), duties.toString());
        JsonNode opinion = find(d, "legality-review/opinion");
        assertEquals("earliest", opinion.path("bound").asText());
        assertEquals("2024-02-22", opinion.path("date").asText()); // 7 working days after 2024-02-07, across Spring Festival
    }

    private static JsonNode find(JsonNode dossier, String duty) {
        for (JsonNode u : dossier.path("duties")) {
            if (u.path("duty").asText().equals(duty)) {
                return u;
            }
        }
        throw new AssertionError("no duty " + duty + " in " + dossier);
    }

    @Test
    void anUnreadableDossierIsListedWithItsProblemAndExitsTwo() throws Exception {
        Run r = CliTest.run("plan", DOSSIERS + "clean.yaml", DOSSIERS + "invalid.yaml", "--as-of", "2024-06-30", "--format", "json");
        assertEquals(2, r.exit());
        JsonNode bad = json(r).path("dossiers").get(1);
        assertEquals("invalid", bad.path("status").asText());
        assertEquals("dossier/invalid", bad.path("findings").get(0).path("rule").asText());
        assertEquals(8, bad.path("findings").get(0).path("line").asInt());
        Run text = CliTest.run("plan", DOSSIERS + "invalid.yaml", "--as-of", "2024-06-30");
        assertEquals(2, text.exit());
        assertTrue(text.out().contains("invalid.yaml:8:1"), text.out());
    }

    @Test
    void anExcusedBranchIsMetWithItsReason() throws Exception {
        Run r = CliTest.run("plan", "cases/md-comment-period-shortened-with-reason/dossier.yaml", "--as-of", "2024-06-30", "--format", "json");
        JsonNode close = find(json(r).path("dossiers").get(0), "public-comment/close");
        assertEquals("met", close.path("status").asText());
        assertFalse(close.path("excused").asText().isEmpty(), close.toString());
    }

    @Test
    void aDateTheCalendarLacksIsUnknownAndNull() throws Exception {
        Run r = CliTest.run("plan", "cases/md-calendar-review-in-2027/dossier.yaml", "--as-of", "2027-03-01", "--format", "json");
        JsonNode opinion = find(json(r).path("dossiers").get(0), "legality-review/opinion");
        assertEquals("unknown", opinion.path("status").asText());
        assertTrue(opinion.path("date").isNull());
        assertEquals(2027, opinion.path("missing_years").get(0).asInt());
    }

    @Test
    void aGateLeavesLaterStepsForLater() throws Exception {
        Run r = CliTest.run("plan", "cases/md-gate-legality-review-draft-unreviewed/dossier.yaml", "--as-of", "2024-07-01",
                "--gate", "legality_review", "--format", "json");
        JsonNode d = json(r).path("dossiers").get(0);
        for (JsonNode s : d.path("steps")) {
            if (s.path("step").asText().equals("legality_review")) {
                assertEquals("later", s.path("status").asText(), s.toString());
            }
        }
    }

    @Test
    void targetsScheduleTheEarlierStepsBack() throws Exception {
        Run r = CliTest.run("plan", "cases/md-gate-legality-review-draft-unreviewed/dossier.yaml", "--as-of", "2025-03-01",
                "--target", "collective_decision=2025-03-20", "--format", "json");
        JsonNode d = json(r).path("dossiers").get(0);
        JsonNode sent = null;
        for (JsonNode s : d.path("schedule")) {
            if (s.path("field").asText().equals("legality_review.submitted")) {
                sent = s;
            }
        }
        // (03-11, 03-20] holds 7 working days: the last day to send the draft for a full review
        assertEquals("2025-03-11", sent.path("date").asText());
        assertEquals("law", sent.path("source").asText());
        assertEquals("collective_decision", json(r).path("tool").path("targets").fieldNames().next());
        Run bad = CliTest.run("plan", "cases/md-bus-fare-reform/dossier.yaml", "--target", "expert_review=2025-03-20");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--target"), bad.err());
    }

    @Test
    void markdownAndIcsAreFormatsToo() {
        Run md = CliTest.run("plan", "cases/md-publication-pending-20-workdays/dossier.yaml", "--as-of", "2024-06-24", "--format", "md");
        assertTrue(md.out().contains("| 步骤 | 状态 | 理由 | 依据 |"), md.out());
        Run ics = CliTest.run("plan", "cases/md-publication-pending-20-workdays/dossier.yaml", "--as-of", "2024-06-24", "--format", "ics");
        assertTrue(ics.out().startsWith("BEGIN:VCALENDAR\r\n"), ics.out());
        Run bad = CliTest.run("plan", "cases/md-bus-fare-reform/dossier.yaml", "--format", "sarif");
        assertEquals(2, bad.exit());
    }

    @Test
    void planAtAGateIsJudgedLikeCheck() throws Exception {
        // a decided, unpublished dossier planned at the collective-decision gate: publication is not judged yet
        Run r = CliTest.run("plan", "cases/md-gate-collective-decision-publication-deadline-not-judged/dossier.yaml",
                "--as-of", "2025-06-30", "--gate", "collective_decision", "--format", "json");
        JsonNode d = json(r).path("dossiers").get(0);
        for (JsonNode u : d.path("duties")) {
            if (u.path("duty").asText().equals("publication/publish")) {
                assertEquals("open", u.path("status").asText(), u.toString());
            }
        }
    }

    @Test
    void checkPointsToPlanWhenDutiesAreOpen() {
        Run open = CliTest.run("check", "cases/md-publication-pending-20-workdays/dossier.yaml", "--as-of", "2024-06-24");
        assertTrue(open.out().strip().endsWith("查看下一步及其法定日期"), open.out());
        Run done = CliTest.run("check", "cases/md-bus-fare-reform/dossier.yaml", "--as-of", "2024-06-30");
        assertFalse(done.out().contains("juece plan"), done.out());
        Run json = CliTest.run("check", "cases/md-publication-pending-20-workdays/dossier.yaml", "--as-of", "2024-06-24", "--format", "json");
        assertFalse(json.out().contains("juece plan"), json.out());
    }
}
