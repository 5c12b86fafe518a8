package juece.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a CI gate sees it: exit codes, formats, options, bad input. */
public class CliTest {
    private static final String DOSSIERS = "src/test/resources/dossiers/";

    /** One in-process run: exit code, standard output, standard error. */
    public record Run(int exit, String out, String err, byte[] bytes) {
    }

    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void aCleanDossierPasses() {
        Run r = run("check", DOSSIERS + "clean.yaml", "--as-of", "2024-06-30");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("通过"), r.out());
    }

    @Test
    void aFindingFailsTheGateAndSaysByHowMuch() {
        Run r = run("check", DOSSIERS + "short-comment.yaml", "--as-of", "2024-06-30");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("short-comment.yaml:19:"), r.out());
        assertTrue(r.out().contains("公开征求意见期限为29日"), r.out());
        assertTrue(r.out().contains("重大行政决策程序暂行条例 第十五条"), r.out());
    }

    /** A review in 2016, a year the calendar lacks: at most 4 working days is still short, and the message says what is known. */
    @Test
    void aCountInAYearTheCalendarLacksSaysWhatIsKnown(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("cases/md-calendar-review-in-2027/dossier.yaml"), StandardCharsets.UTF_8)
                .replace("submitted: 2027-03-01", "submitted: 2016-12-26").replace("completed: 2027-03-12", "completed: 2016-12-30");
        Files.writeString(dir.resolve("d.yaml"), yaml, StandardCharsets.UTF_8);
        Run zh = run("check", dir.resolve("d.yaml").toString(), "--as-of", "2027-06-30");
        assertTrue(zh.out().contains("合法性审查时间为至少0个、至多4个工作日（2016年不在日历范围内）（2016-12-26送审，2016-12-30出具意见）"), zh.out());
        assertFalse(zh.out().contains("至少0个工作日"), zh.out());
        Run en = run("check", dir.resolve("d.yaml").toString(), "--as-of", "2027-06-30", "--lang", "en");
        assertTrue(en.out().contains("took at least 0 and at most 4 working days (2016 is not in the calendar) (2016-12-26 to 2016-12-30)"), en.out());
    }

    @Test
    void invalidInputWinsOverFindings() {
        Run r = run("check", DOSSIERS + "short-comment.yaml", DOSSIERS + "invalid.yaml", "--as-of", "2024-06-30");
        assertEquals(2, r.exit());
        assertTrue(r.out().contains("invalid.yaml:8:1"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void failOnDecidesWhatFails() {
        assertEquals(0, run("check", DOSSIERS + "short-comment.yaml", "--as-of", "2024-06-30", "--fail-on", "none").exit());
        // archive/missing is a warning: as of 2024-08-30 the clean dossier (archived 06-01) still passes at warning
        assertEquals(0, run("check", DOSSIERS + "clean.yaml", "--as-of", "2024-08-30", "--fail-on", "warning").exit());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run r = run("check", DOSSIERS + "clean.yaml", "--as-of", "2024-02-30");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--as-of"), r.err());
        assertEquals(2, run("check", DOSSIERS + "clean.yaml", "--gate", "meeting").exit());
        assertEquals(2, run("check", DOSSIERS + "clean.yaml", "--fail-on", "fatal").exit());
        assertEquals(2, run("check", DOSSIERS + "clean.yaml", "--format", "pdf").exit());
        assertEquals(2, run("check", DOSSIERS + "clean.yaml", "--lang", "fr").exit());
        assertEquals(2, run("check", DOSSIERS + "clean.yaml", "--profile", "atlantis").exit());
        assertEquals(2, run("check").exit());
        assertEquals(2, run("frobnicate").exit());
        Run missing = run("check", DOSSIERS + "absent.yaml", "--as-of", "2024-06-30");
        assertEquals(2, missing.exit());
        assertTrue(missing.out().contains("absent.yaml:1:1"), missing.out());
    }

    @Test
    void usageErrorsAreInChineseUnlessEnglishIsAskedFor() {
        Run typo = run("check", DOSSIERS + "clean.yaml", "--fromat", "json");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("juece check 没有选项 --fromat（是否应为 \"--format\"？）"), typo.err());
        assertTrue(typo.err().contains("用法见：juece check --help"), typo.err());
        Run english = run("check", DOSSIERS + "clean.yaml", "--fromat", "json", "--lang", "en");
        assertTrue(english.err().contains("juece check has no option --fromat (did you mean \"--format\"?)"), english.err());
        assertTrue(run("chek").err().contains("没有命令 \"chek\"（是否应为 \"check\"？）"));
        assertTrue(run("check", "--as-of").err().contains("选项 --as-of 缺少取值（YYYY-MM-DD）"));
        assertTrue(run("check", DOSSIERS + "clean.yaml", "--threads", "x").err().contains("应为整数"));
        assertTrue(run("check", DOSSIERS + "clean.yaml", "--fail-on", "fatal").err()
                .contains("选项 --fail-on 的取值 \"fatal\" 无效，可选：error, warning, info, none"));
        Run gate = run("check", DOSSIERS + "clean.yaml", "--gate", "公布", "--as-of", "2024-06-30");
        assertTrue(gate.exit() < 2, "a gate may be named by its Chinese term: " + gate.err());
        Run explain = run("explain", "legality-review/too-shrot");
        assertEquals(2, explain.exit());
        assertTrue(explain.err().contains("没有规则 legality-review/too-shrot（是否应为 legality-review/too-short"), explain.err());
    }

    @Test
    void initWritesASkeletonThatChecksWithoutInventingAnything(@TempDir Path dir) throws IOException {
        for (String kind : List.of("major_decision", "行政规范性文件")) {
            Path file = dir.resolve(kind + ".yaml");
            assertEquals(0, run("init", kind, file.toString()).exit());
            assertEquals(2, run("init", kind, file.toString()).exit(), "init never overwrites a file");
            Path report = dir.resolve(kind + ".json");
            Run check = run("check", file.toString(), "--as-of", "2026-12-02", "--format", "json", "--output", report.toString());
            assertEquals(0, check.exit(), check.err());
            JsonNode json = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
            assertEquals("pass", json.at("/dossiers/0/status").asText());
            assertEquals(0, json.at("/summary/error").asInt());
            for (JsonNode f : json.at("/dossiers/0/findings")) {
                assertEquals("record/unknown", f.get("rule").asText(), "a skeleton states nothing but what is unknown: " + f);
            }
            assertTrue(json.at("/summary/warning").asInt() > 10, "every step is unknown, so rules are named as not judged");
            assertEquals(1, run("check", file.toString(), "--as-of", "2026-12-02", "--fail-on", "warning").exit(),
                    "a gate never passes on unknowns it needs");
            // the skeleton's title is unknown: the reports a person reads name the dossier by its id alone
            String id = json.at("/dossiers/0/id").asText();
            for (Run r : List.of(run("check", file.toString(), "--as-of", "2026-12-02"),
                    run("plan", file.toString(), "--as-of", "2026-12-02"))) {
                assertFalse(r.out().contains("null"), r.out());
                assertTrue(r.out().contains(id), r.out());
            }
        }
    }

    @Test
    void theHtmlReportListsWhatIsStillDueAndThePublicRecordsRead(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("r.html");
        assertEquals(0, run("check", "cases/md-publication-pending-20-workdays/dossier.yaml", "--as-of", "2024-06-24",
                "--format", "html", "--output", html.toString()).exit());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<div class=\"due\">") && page.contains("<time>2024-06-24</time> 应不晚于2024-06-24公布"), page);
        assertEquals(0, run("check", "cases/nd-published-notice-meeting-date-unknown/dossier.yaml", "--as-of", "2024-12-31",
                "--format", "html", "--output", html.toString()).exit());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8)
                .contains("<a href=\"https://www.example.gov.cn/zwgk/2024/0506/notice.html\">"));
    }

    @Test
    void jsonHasTheSpecKeys(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.json");
        Run r = run("check", DOSSIERS + "short-comment.yaml", "--as-of", "2024-06-30", "--format", "json",
                "--output", out.toString());
        assertEquals(1, r.exit());
        JsonNode json = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("juece", json.at("/tool/name").asText());
        assertEquals("national", json.at("/tool/profile").asText());
        assertEquals("2024-06-30", json.at("/tool/as_of").asText());
        assertEquals(1, json.at("/summary/dossiers").asInt());
        assertEquals(1, json.at("/summary/error").asInt());
        JsonNode f = json.at("/dossiers/0/findings/0");
        assertEquals("fail", json.at("/dossiers/0/status").asText());
        assertEquals("public-comment/too-short", f.get("rule").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("public_participation", f.get("step").asText());
        assertEquals("重大行政决策程序暂行条例 第十五条", f.get("basis").asText());
        assertEquals(19, f.get("line").asInt());
        assertFalse(f.get("waived").asBoolean());
    }

    /**
     * Each dossier says the profile it was checked under (its own profile:, else national; --profile
     * wins); tool.profile says what the run was given, "national" only when no dossier had its own.
     */
    @Test
    void everyReportSaysTheProfileEachDossierWasCheckedUnder(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(DOSSIERS + "short-comment.yaml"), dir.resolve("a.yaml"));
        String own = Files.readString(Path.of(DOSSIERS + "short-comment.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: .*$", "id: OWN-PROFILE-1\nprofile: shanghai");
        Files.writeString(dir.resolve("b.yaml"), own, StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode mixed = mapper.readTree(run("check", dir.toString(), "--as-of", "2024-06-30", "--format", "json").out());
        assertTrue(mixed.at("/tool/profile").isNull(), "the run was given no profile and a dossier had its own: " + mixed.at("/tool"));
        assertEquals("[\"national\",\"shanghai\"]", mixed.at("/tool/profiles").toString());
        assertEquals("national", mixed.at("/dossiers/0/profile").asText());
        assertEquals("shanghai", mixed.at("/dossiers/1/profile").asText());
        JsonNode given = mapper.readTree(run("check", dir.toString(), "--as-of", "2024-06-30", "--format", "json", "--profile", "hunan").out());
        assertEquals("hunan", given.at("/tool/profile").asText());
        assertEquals("hunan", given.at("/dossiers/1/profile").asText(), "--profile overrides the dossier's own");
        JsonNode sarif = mapper.readTree(run("check", dir.toString(), "--as-of", "2024-06-30", "--format", "sarif").out());
        assertTrue(sarif.at("/runs/0/invocations/0/properties/profile").isNull());
        assertEquals("[\"national\",\"shanghai\"]", sarif.at("/runs/0/invocations/0/properties/profiles").toString());
        boolean shanghai = false;
        for (JsonNode result : sarif.at("/runs/0/results")) {
            shanghai |= result.at("/properties/dossier").asText().equals("OWN-PROFILE-1") && result.at("/properties/profile").asText().equals("shanghai");
        }
        assertTrue(shanghai, sarif.toString());
        String text = run("check", dir.toString(), "--as-of", "2024-06-30").out();
        assertTrue(text.contains("OWN-PROFILE-1") && text.lines().anyMatch(l -> l.contains("OWN-PROFILE-1") && l.contains("规则档案 shanghai")), text);
        assertTrue(text.contains("规则档案 national、shanghai"), text);
        String md = run("check", dir.toString(), "--as-of", "2024-06-30", "--format", "md", "--lang", "en").out();
        assertTrue(md.contains("b.yaml` · profile shanghai"), md);
        Path html = dir.resolve("r.html");
        run("check", dir.resolve("b.yaml").toString(), "--as-of", "2024-06-30", "--format", "html", "--output", html.toString());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("规则档案 shanghai"));
    }

    /** --help says the order that applies: --profile, else the dossier's own profile:, else national. */
    @Test
    void checkHelpSaysWhichProfileApplies() {
        String help = run("check", "--help", "--lang", "en").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("given, it overrides each dossier's own profile: (default: the dossier's profile:, else national)"), help);
        assertFalse(help.contains("(default national)"), help);
        String zh = run("check", "--help").out().replaceAll("\\s+", "");
        assertTrue(zh.contains("给出时覆盖档案自己的profile:（默认：档案的profile:，否则national）"), zh);
    }

    /** ./juece coverage: text, md and json, in both languages; without golden cases it says so. */
    @Test
    void coverageMapsTheLawInEveryFormat() throws IOException {
        Run text = run("coverage");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("《重大行政决策程序暂行条例》共44条"), text.out());
        assertTrue(text.out().contains("第一条") && text.out().contains("不检查（立法目的）"), text.out());
        Run md = run("coverage", "--format", "md", "--lang", "en");
        assertTrue(md.out().startsWith("# Law coverage"), md.out());
        assertTrue(md.out().contains("| 第十五条 (Art. 15) |"), md.out());
        JsonNode json = new ObjectMapper().readTree(run("coverage", "--format", "json").out());
        assertEquals(44, json.at("/instruments/0/provisions").asInt());
        assertTrue(json.at("/golden_cases").asBoolean());
        Run none = run("coverage", "--cases", "no-such-folder");
        assertEquals(0, none.exit());
        assertFalse(none.out().contains("触发的案例"), none.out());
        assertEquals(2, run("coverage", "--format", "html").exit());
        assertTrue(run("--help").out().contains("coverage"));
    }

    @Test
    void outputIsTheSameWhateverTheThreadCount() {
        Run one = run("check", "src/test/resources/dossiers", "--as-of", "2024-06-30", "--format", "json", "--threads", "1");
        Run two = run("check", "src/test/resources/dossiers", "--as-of", "2024-06-30", "--format", "json", "--threads", "2");
        assertEquals(2, one.exit());
        assertArrayEquals(one.bytes(), two.bytes());
    }

    @Test
    void englishOnRequest() {
        Run r = run("check", DOSSIERS + "short-comment.yaml", "--as-of", "2024-06-30", "--lang", "en");
        assertTrue(r.out().contains("The public comment period was 29 days"), r.out());
    }

    @Test
    void rulesListsTheCatalogue() {
        Run r = run("rules", "--format", "md");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("| `legality-review/missing` | error | legality_review |"), r.out());
    }

    @Test
    void rulesInEnglishCiteTheLawInEnglish() {
        Run r = run("rules", "--lang", "en");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Civil Code (民法典), Arts. 201, 203"), r.out());
        assertFalse(r.out().contains("规则档案参数") || r.out().contains("可豁免"), r.out());
    }

    @Test
    void anExtraRuleThatThrowsLeavesTheDossierUncheckedNamingFileAndLine(@TempDir Path dir) throws IOException {
        String rule = """
                package juece.local;
                import juece.facts.*;

                rule "本地：会出错的规则"
                    @id("local/fails") @severity("info") @step("document") @basis("某县办法 第一条") @waivable(true)
                    @zh("x") @en("x")
                when
                    %s
                then
                    %s
                end
                """;
        Files.writeString(dir.resolve("consequence.drl"), rule.formatted("Dossier(id == \"TEST-CLEAN-1\")",
                "if (true) { throw new IllegalStateException(\"boom\"); }"));
        Run r = run("check", DOSSIERS + "clean.yaml", DOSSIERS + "short-comment.yaml", "--rules", dir.toString(),
                "--as-of", "2024-06-30", "--lang", "en", "--threads", "1");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("the extra rule \"本地：会出错的规则\" (" + dir.resolve("consequence.drl") + ":4) failed"), r.out());
        assertTrue(r.out().contains("IllegalStateException: boom"), r.out());
        assertTrue(r.out().contains("The public comment period was 29 days"), "the next dossier, in the same session, is checked as usual: " + r.out());
        assertEquals("", r.err());

        Files.writeString(dir.resolve("consequence.drl"), rule.formatted("Dossier(Integer.parseInt(\"x\") > 0)", ""));
        r = run("check", DOSSIERS + "clean.yaml", "--rules", dir.toString(), "--as-of", "2024-06-30", "--lang", "en");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("consequence.drl:4) failed on this dossier, so it could not be checked: java.lang.NumberFormatException"), r.out());

        Files.writeString(dir.resolve("consequence.drl"), rule.formatted("$d : Dossier()", "update($d);"));
        r = run("check", DOSSIERS + "clean.yaml", "--rules", dir.toString(), "--as-of", "2024-06-30", "--lang", "en");
        assertEquals(2, r.exit(), "a rule that keeps firing is its file's fault too: " + r.out() + r.err());
        assertTrue(r.out().contains("consequence.drl:4) failed on this dossier, so it could not be checked: it fired 100000 times"), r.out());

        Files.writeString(dir.resolve("consequence.drl"), rule.formatted("Dossier()", "drools.halt();"));
        r = run("check", DOSSIERS + "short-comment.yaml", "--rules", dir.toString(), "--as-of", "2024-06-30", "--lang", "en");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("The public comment period was 29 days"), "a halting extra rule does not stop the shipped ones: " + r.out());
    }

    @Test
    void anInvalidDossierIsNamedByTheIdAndTitleItHas() {
        Run r = run("check", DOSSIERS + "invalid.yaml", "--format", "md", "--as-of", "2024-06-30");
        assertEquals(2, r.exit());
        assertTrue(r.out().contains("TEST\\-BAD\\-1 坏档案"), r.out());
        assertFalse(r.out().contains("null"), r.out());
    }

    @Test
    void aReportNeverOverwritesWhatTheRunReads(@TempDir Path dir) throws IOException {
        Path dossier = dir.resolve("d.yaml");
        Files.copy(Path.of(DOSSIERS + "clean.yaml"), dossier);
        byte[] before = Files.readAllBytes(dossier);
        Run r = run("check", dossier.toString(), "--output", dossier.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("报告会覆盖它"), r.err());
        assertArrayEquals(before, Files.readAllBytes(dossier), "the dossier is untouched");

        Files.createSymbolicLink(dir.resolve("l.json"), dir.resolve("t.json"));
        r = run("check", dossier.toString(), "--output", "json=" + dir.resolve("t.json"), "--output", "sarif=" + dir.resolve("l.json"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("两份报告会写入同一个文件"), r.err());

        r = run("check", dir.toString(), "--output", dir.resolve("report.yaml").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("会被当作档案读取"), r.err());

        r = run("check", "");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("是空路径"), r.err());
    }

    @Test
    void rulesThatApplyNothingAndCalendarsNamedForAnotherYearAreRefused(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("notes.txt"), "not a rule");
        Run r = run("check", DOSSIERS + "clean.yaml", "--rules", rules.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no *.drl rule file in this folder"), r.err());

        Path calendar = Files.createDirectory(dir.resolve("calendar"));
        Files.writeString(calendar.resolve("2027.json"), "{\"year\": 2026, \"days\": []}");
        r = run("check", DOSSIERS + "clean.yaml", "--calendar", calendar.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("named for 2027 but holds \"year\": 2026"), r.err());
    }

    /** Issue 21: the golden cases a new user runs first report findings (1); the unreadable ones are apart (2). */
    @Test
    void theGoldenCasesFolderEndsWithFindingsAndTheInvalidOnesApart() throws IOException {
        Run r = run("check", "cases", "--as-of", "2026-06-30", "--format", "json");
        assertEquals(1, r.exit(), r.err());
        assertEquals(0, new ObjectMapper().readTree(r.out()).path("summary").path("invalid").asInt(-1),
                "a profile beside a case's dossier is the case's material, not a dossier");
        assertEquals(2, run("check", "cases-invalid", "--as-of", "2026-06-30").exit());

        int all = juece.golden.GoldenCases.findAll(Path.of("")).size();
        Run v = run("verify");
        assertEquals(0, v.exit(), v.out());
        assertTrue(v.out().contains("ok    cases-invalid/md-invalid-gbk-encoding"), v.out());
        assertTrue(v.out().contains(all + " cases: " + all + " passed"), v.out());
    }
}
