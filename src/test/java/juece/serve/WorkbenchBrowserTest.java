package juece.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench page (SPEC §8.1) in a real browser: Debian's chromium driven through its
 * chromium-driver, against a server on 127.0.0.1. Golden dossiers opened through the file input show
 * exactly their expected findings; a date changed in the form brings its finding; new dossiers of
 * both kinds are filled in through the form alone; the English switch; a file that is not a dossier;
 * the main controls by keyboard alone; the YAML the page writes reads back as the same tree. One
 * browser and one server for the class. Skipped, saying so, where chromium or chromium-driver is
 * missing (.ci/run installs both).
 */
class WorkbenchBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CASES = Path.of("cases");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static TestServer server;
    private static ChromeDriver driver;
    private static Path profile;
    private static Path files;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium); .ci/run installs it");
        assumeTrue(Files.isExecutable(DRIVER), "chromium-driver is not installed (apt-get install chromium-driver); .ci/run installs it");
        server = TestServer.start();
        profile = Files.createTempDirectory("juece-chromium");
        files = Files.createTempDirectory("juece-workbench");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
                "--disable-extensions", "--lang=zh-CN", "--window-size=1366,768", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        for (Path p : new Path[] {profile, files}) {
            if (p != null) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    /** Each test starts on a fresh page, in Chinese, at the desktop size. */
    @BeforeEach
    void page() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.get(server.base.toString());
        js("localStorage.setItem('juece.lang', 'zh')");
        driver.navigate().refresh();
        awaitChecked(0);
    }

    // ---- helpers ----

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait await() {
        return new WebDriverWait(driver, WAIT);
    }

    private static long checks() {
        Object n = js("return Number(document.getElementById('result').getAttribute('data-checked') || 0)");
        return ((Number) n).longValue();
    }

    /** Waits until a check after the {@code before}-th has finished and none is under way. */
    private static void awaitChecked(long before) {
        await().until(d -> checks() > before && "false".equals(d.findElement(By.id("result")).getAttribute("aria-busy")));
    }

    private static String status() {
        return driver.findElement(By.id("result")).getAttribute("data-status");
    }

    /** The findings of the first dossier shown, as "rule severity" lines, sorted. */
    private static List<String> findings() {
        List<String> out = new ArrayList<>();
        for (WebElement f : driver.findElements(By.cssSelector("#result .dossier:first-child [data-rule]"))) {
            out.add(f.getAttribute("data-rule") + " " + f.getAttribute("data-severity"));
        }
        out.sort(null);
        return out;
    }

    private static void setAsOf(String date) {
        js("document.getElementById('as-of').value = arguments[0]", date);
    }

    /** A date input set by script (typing into one is unreliable), then changed as a person would. */
    private static void setDate(String id, String date) {
        js("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));", id, date);
    }

    private static void open(Path file) {
        long before = checks();
        driver.findElement(By.cssSelector("input[type=file][name=dossier]")).sendKeys(file.toAbsolutePath().toString());
        awaitChecked(before);
    }

    private static void checkNow() {
        long before = checks();
        driver.findElement(By.cssSelector("[data-action=check]")).click();
        awaitChecked(before);
    }

    private static JsonNode expected(String name) throws IOException {
        return YAML.readTree(CASES.resolve(name).resolve("expected.yaml").toFile());
    }

    private static List<String> expectedFindings(JsonNode expected) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : expected.path("findings")) {
            out.add(f.get("rule").asText() + " " + f.get("severity").asText());
        }
        out.sort(null);
        return out;
    }

    private static void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private static void click(String id) {
        WebElement e = driver.findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    // ---- tests ----

    @Test
    void goldenDossiersOpenedThroughTheFileInputShowExactlyTheirExpectedFindings() throws IOException {
        for (String name : List.of("md-comment-period-29-days", "md-county-parking-reform-minutes-not-public",
                "md-firework-limits-stopped-urgency-unknown", "nd-filing-late-after-national-day", "md-waiver-unused",
                "md-sewage-plant-expansion-clean")) {
            JsonNode expected = expected(name);
            setAsOf(expected.get("as_of").asText());
            js("document.getElementById('gate').value = arguments[0]", expected.path("gate").asText(""));
            open(CASES.resolve(name).resolve("dossier.yaml"));
            assertEquals(expectedFindings(expected), findings(), name);
            String want = expected.path("exit").asInt(0) == 0 ? "pass" : "fail";
            assertEquals(want, status(), name);
            // the form follows the file: its id is in the form's id field
            assertEquals(YAML.readTree(CASES.resolve(name).resolve("dossier.yaml").toFile()).get("id").asText(),
                    driver.findElement(By.id("f-id")).getAttribute("value"), name);
        }
    }

    @Test
    void aZippedDossierFolderIsCheckedWithItsEvidenceAlsoAfterAnEdit() throws IOException {
        String name = "md-evidence-hash-mismatch";
        Path zip = zip(CASES.resolve(name));
        setAsOf(expected(name).get("as_of").asText());
        open(zip);
        assertEquals(expectedFindings(expected(name)), findings());
        assertTrue(driver.findElement(By.id("yaml")).getAttribute("value").contains("format: juece/v1"));
        long before = checks();
        type("f-title", "改过标题的档案");
        awaitChecked(before);
        assertEquals(expectedFindings(expected(name)), findings(), "the evidence is still checked after an edit");
    }

    @Test
    void aDateChangedInTheFormBringsItsFinding() {
        setAsOf("2026-01-15");
        open(CASES.resolve("md-sewage-plant-expansion-clean").resolve("dossier.yaml"));
        assertEquals("pass", status());
        assertFalse(findings().contains("legality-review/after-decision error"));
        String meeting = driver.findElement(By.id("f-collective_decision__date")).getAttribute("value");
        assertFalse(meeting.isEmpty());
        long before = checks();
        setDate("f-legality_review__completed", java.time.LocalDate.parse(meeting).plusDays(2).toString());
        awaitChecked(before);
        assertTrue(findings().contains("legality-review/after-decision error"), findings().toString());
        assertEquals("fail", status());
        String text = driver.findElement(By.id("yaml")).getAttribute("value");
        assertTrue(text.contains("completed: " + java.time.LocalDate.parse(meeting).plusDays(2)), "the YAML follows the form");
    }

    @Test
    void aFindingLeadsToItsFieldAndItsLine() {
        setAsOf("2024-07-15");
        open(CASES.resolve("md-comment-period-29-days").resolve("dossier.yaml"));
        WebElement finding = driver.findElement(By.cssSelector("[data-rule='public-comment/too-short'] .goto"));
        finding.click();
        assertEquals("f-public_participation__comment__closes", js("return document.activeElement.id"));
        assertEquals("26", driver.findElement(By.cssSelector("#gutter .mark")).getText());
        WebElement article = driver.findElement(By.cssSelector("[data-rule='public-comment/too-short'] .article-toggle"));
        article.click();
        await().until(d -> d.findElement(By.cssSelector("[data-rule='public-comment/too-short'] .article")).getText().contains("第十五条"));
    }

    @Test
    void aNewMajorDecisionFilledInThroughTheFormAloneIsChecked() {
        driver.findElement(By.cssSelector("[data-action=new][data-kind=major_decision]")).click();
        setAsOf("2024-07-31");
        type("f-id", "XZ-2024-01");
        type("f-title", "某县城区停车收费调整方案");
        type("f-authority", "某县人民政府");
        choose("f-authority_type", "government");
        choose("f-scope__category", "public_policy");
        choose("f-scope__in_catalog", "true");
        for (String trait : List.of("public_interest", "technical", "stability_risk", "market_entities", "public_concern", "confidential")) {
            choose("f-traits__" + trait, "false");
        }
        click("f-collective_decision--done");
        choose("f-collective_decision__meeting", "executive_meeting");
        setDate("f-collective_decision__date", "2024-06-20");
        choose("f-collective_decision__outcome", "approved");
        choose("f-collective_decision__head_spoke_last", "true");
        choose("f-collective_decision__dissent", "none");
        choose("f-collective_decision__head_overrode_majority", "false");
        click("f-legality_review--unknown");
        checkNow();
        List<String> found = findings();
        assertFalse(found.stream().anyMatch(f -> f.startsWith("dossier/invalid")), found.toString());
        assertTrue(found.contains("record/unknown warning"), "the legality review written unknown: " + found);
        assertTrue(found.contains("public-participation/missing error"), found.toString());
        assertEquals("fail", status());
        assertTrue(driver.findElement(By.id("yaml")).getAttribute("value").contains("legality_review: unknown"));
    }

    @Test
    void aNewNormativeDocumentFilledInThroughTheFormAloneIsChecked() {
        driver.findElement(By.cssSelector("[data-action=new][data-kind=normative_document]")).click();
        setAsOf("2024-07-31");
        type("f-id", "GF-2024-03");
        type("f-title", "某县农村集体经济组织财务管理办法");
        type("f-authority", "某县人民政府");
        choose("f-authority_type", "government");
        choose("f-document__registered", "true");
        setDate("f-document__effective", "2024-08-01");
        choose("f-document__trial", "false");
        for (String c : List.of("creates_license", "creates_penalty", "creates_coercive_measure", "creates_fee",
                "adds_obligations_without_basis", "restricts_competition", "expands_own_power")) {
            choose("f-document__content__" + c, "false");
        }
        for (String trait : List.of("public_interest", "technical", "stability_risk", "market_entities", "public_concern", "confidential")) {
            choose("f-traits__" + trait, "false");
        }
        click("f-legality_review--done");
        setDate("f-legality_review__submitted", "2024-06-03");
        setDate("f-legality_review__completed", "2024-06-14");
        choose("f-legality_review__conclusion", "lawful");
        checkNow();
        List<String> found = findings();
        assertFalse(found.stream().anyMatch(f -> f.startsWith("dossier/invalid")), found.toString());
        assertNotEquals("invalid", status());
        assertTrue(driver.findElement(By.id("yaml")).getAttribute("value").contains("kind: normative_document"));
        assertTrue(driver.findElements(By.id("f-expert_review--done")).isEmpty(), "no expert review for a normative document");
    }

    @Test
    void theEnglishSwitchIsRemembered() {
        setAsOf("2024-07-15");
        open(CASES.resolve("md-comment-period-29-days").resolve("dossier.yaml"));
        long before = checks();
        driver.findElement(By.cssSelector("[data-action=lang]")).click();
        awaitChecked(before);
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Legality review", driver.findElement(By.id("sech-legality_review")).getText());
        String message = driver.findElement(By.cssSelector("[data-rule='public-comment/too-short'] .message")).getText();
        assertTrue(message.matches("[\\x20-\\x7e\\u2013\\u2014\\u2018-\\u201d]*[a-z]{4,}.*"), message);
        driver.navigate().refresh();
        awaitChecked(0);
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("中文", driver.findElement(By.cssSelector("[data-action=lang]")).getText());
    }

    @Test
    void aFileThatIsNotADossierSaysWhyInThePage() throws IOException {
        Path png = files.resolve("scan.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        open(png);
        assertEquals("invalid", status());
        assertEquals(List.of("dossier/invalid error"), findings());
        String shown = driver.findElement(By.cssSelector("[data-rule='dossier/invalid'] .message")).getText();
        HttpResponse<byte[]> r = server.post("/v1/check?name=scan.png", "application/yaml", Files.readAllBytes(png));
        String loader = TestServer.json(r).get("dossiers").get(0).get("findings").get(0).get("message").asText();
        assertEquals(loader, shown);

        Path text = files.resolve("notes.yaml");
        Files.writeString(text, "会议记录：\n  - 第一项\n", StandardCharsets.UTF_8);
        open(text);
        assertEquals("invalid", status());
        assertTrue(findings().stream().allMatch(f -> f.equals("dossier/invalid error")), findings().toString());
    }

    @Test
    void theMainControlsWorkByKeyboardAlone() {
        setAsOf("2024-07-15");
        open(CASES.resolve("md-comment-period-29-days").resolve("dossier.yaml"));
        // Tab from the top of the page reaches the check button; Enter checks
        js("document.activeElement.blur(); window.scrollTo(0, 0)");
        WebElement check = driver.findElement(By.cssSelector("[data-action=check]"));
        boolean reached = false;
        for (int i = 0; i < 30 && !reached; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            reached = check.equals(driver.switchTo().activeElement());
        }
        assertTrue(reached, "Tab reaches the check button");
        assertNotEquals("none", js("return getComputedStyle(document.activeElement).outlineStyle"), "focus is visible");
        long before = checks();
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        awaitChecked(before);
        // a finding is a button: Enter on it goes to its field
        WebElement go = driver.findElement(By.cssSelector("[data-rule='public-comment/too-short'] .goto"));
        js("arguments[0].focus()", go);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertEquals("f-public_participation__comment__closes", js("return document.activeElement.id"));
        // a step's state by keyboard: Space on a radio
        js("document.getElementById('f-expert_review--done').focus()");
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        await().until(d -> !d.findElements(By.id("f-expert_review__date")).isEmpty());
        // the language switch by Space
        js("document.querySelector('[data-action=lang]').focus()");
        before = checks();
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        awaitChecked(before);
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        // every control of the page has a label
        Object unlabelled = js("return Array.prototype.filter.call(document.querySelectorAll('input, select, textarea'), function (c) {"
                + " return !(c.labels && c.labels.length) && !c.getAttribute('aria-label'); }).map(function (c) { return c.id || c.name; })");
        assertEquals(List.of(), unlabelled);
    }

    @Test
    void theYamlThePageWritesReadsBackAsTheSameTree() throws IOException {
        List<Path> dossiers;
        try (Stream<Path> walk = Files.list(CASES)) {
            dossiers = walk.map(p -> p.resolve("dossier.yaml")).filter(Files::isRegularFile).sorted().toList();
        }
        int compared = 0;
        for (Path d : dossiers) {
            JsonNode read = TestServer.json(server.post("/v1/parse", "application/yaml", Files.readAllBytes(d)));
            if (read.get("tree").isNull()) {
                continue;
            }
            String written = (String) js("return JueceWorkbench.emit(JSON.parse(arguments[0]))", read.get("tree").toString());
            JsonNode again = TestServer.json(server.post("/v1/parse", "application/yaml", written.getBytes(StandardCharsets.UTF_8)));
            assertEquals(read.get("tree"), again.get("tree"), d + "\n" + written);
            assertEquals(read.get("problems").size(), again.get("problems").size(), d + "\n" + written);
            compared++;
        }
        assertTrue(compared > 100, "golden dossiers compared: " + compared);
        // strings the reader would take for something else, or that end a value, are quoted
        String tricky = "{\"format\":\"juece/v1\",\"id\":\"true\",\"title\":\"a: b #c\",\"sponsor\":\"- 起草\",\"authority\":\"  空格 \","
                + "\"profile\":\"123\",\"x\":[\"逗号,项\",\"null\",\"[括号]\",\"'单引号'\",\"2024-03-01\",\"yes\",\"~\",\"多行\\n文本\"],"
                + "\"y\":{\"z\":\"\\\"引号\\\"\",\"w\":\"#注释\",\"v\":\"@at\",\"u\":\"1.5\",\"t\":\".inf\",\"s\":\"未知\",\"r\":0,\"q\":false,\"p\":null}}";
        String written = (String) js("return JueceWorkbench.emit(JSON.parse(arguments[0]))", tricky);
        JsonNode again = TestServer.json(server.post("/v1/parse", "application/yaml", written.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TestServer.JSON.readTree(tricky), again.get("tree"), written);
    }

    @Test
    void thePlanPanelShowsThePlanOrSaysItIsNotAvailable() {
        setAsOf("2024-07-15");
        open(CASES.resolve("md-comment-period-29-days").resolve("dossier.yaml"));
        WebElement plan = driver.findElement(By.id("plan"));
        String state = plan.getAttribute("data-plan");
        HttpResponse<byte[]> r = server.post("/v1/plan?as_of=2024-07-15", "application/yaml", "x: 1".getBytes(StandardCharsets.UTF_8));
        if (r.statusCode() == 501) {
            assertEquals("unavailable", state);
            assertTrue(plan.getText().contains("/v1/plan"), plan.getText());
        } else {
            assertEquals("ready", state);
        }
    }

    /** Screenshots at desktop and laptop sizes, for a person to look at (target/workbench-screenshots). */
    @Test
    void screenshotsAtDesktopAndLaptopSizes() throws IOException {
        Path out = Path.of("target", "workbench-screenshots");
        Files.createDirectories(out);
        setAsOf("2024-07-15");
        open(CASES.resolve("md-county-parking-reform-minutes-not-public").resolve("dossier.yaml"));
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}, {1280, 720}}) {
            driver.manage().window().setSize(new Dimension(size[0], size[1]));
            js("window.scrollTo(0, 0)");
            Files.write(out.resolve("workbench-" + size[0] + "x" + size[1] + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(1366, 768));
        js("document.querySelector('.timeline-band').scrollIntoView()");
        Files.write(out.resolve("workbench-timeline.png"), driver.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(out.resolve("workbench-1366x768.png")) > 10_000);
    }

    private static Path zip(Path folder) throws IOException {
        Path zip = files.resolve(folder.getFileName() + ".zip");
        try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(folder.getFileName() + "/" + folder.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, z);
                z.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return zip;
    }
}
