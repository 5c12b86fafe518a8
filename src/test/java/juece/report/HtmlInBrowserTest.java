package juece.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.findings.RunReport;
import juece.pipeline.Checker;
import juece.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser (Debian's chromium, headless): the page renders, every dossier's
 * timeline is drawn, and missing or late steps show in red. CI installs chromium (.ci/run); on a
 * machine without it the test is skipped, saying so.
 */
class HtmlInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static String chromium(Path profile, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theReportAndItsTimelinesRenderInChromium(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium); .ci/run installs it");
        Path html = dir.resolve("report.html");
        Files.write(html, ReportsTest.render("html", Lang.ZH));
        String url = html.toUri().toString();

        String dom = chromium(dir.resolve("p1"), "--dump-dom", url);
        int sections = dom.split("<section class=\"dossier", -1).length - 1;
        assertEquals(ReportsTest.report().dossiers().size(), sections, "one section per dossier");
        assertTrue(dom.contains("<svg class=\"timeline\""), "timelines are in the rendered page");
        assertTrue(dom.contains("class=\"lane problem\""), "late steps are marked");

        Path png = dir.resolve("report.png");
        chromium(dir.resolve("p2"), "--window-size=1200,1600", "--screenshot=" + png, url);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        int inked = 0;
        int red = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r + g + b < 600) {
                    inked++;
                }
                if (r > 190 && g < 110 && b < 110) {
                    red++;
                }
            }
        }
        assertTrue(inked > 5_000, "the page is drawn, not blank: " + inked);
        assertTrue(red > 50, "problems and late steps show in red: " + red);
    }

    /** The reader's issues of issue 21: overlapping timeline labels, severities broken over lines, a pass with warnings shown as clean. */
    @Test
    void aReaderSeesNoOverlapNoBrokenSeverityAndAPassWithWarningsApart(@TempDir Path dir) throws Exception {
        RunReport report = new Checker(new Checker.Options(LocalDate.of(2025, 4, 21), null, Severity.ERROR, null, List.of(),
                WorkCalendar.load(List.of()), 1, true)).check(List.of(Path.of("cases/md-river-embankment-project"),
                Path.of("cases/md-sewage-plant-expansion-clean"), Path.of("cases/md-bus-fare-reform"),
                Path.of("cases/nd-legality-review-4-workdays-spring-festival"), Path.of("cases/md-participation-missing"),
                Path.of("cases/nd-market-comment-29-days"), Path.of("cases-invalid/md-invalid-impossible-date")));
        String zh = html(report, Lang.ZH);
        String en = html(report, Lang.EN);
        Files.writeString(dir.resolve("zh.html"), zh, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("en.html"), en, StandardCharsets.UTF_8);

        // what the markup and the stylesheet promise, browser or not
        assertTrue(zh.contains("<span class=\"badge pass-warning\">通过（有警告）</span>"), "a pass with warnings says so in words");
        assertTrue(en.contains("<span class=\"badge pass-warning\">pass (with warnings)</span>"));
        assertTrue(zh.contains("<span class=\"badge pass\">通过</span>"), "a clean pass stays a plain pass");
        assertTrue(zh.contains("<section class=\"dossier pass-warning\""), "and is framed apart from it");
        assertTrue(zh.matches("(?s).*\\.dossier\\.pass-warning[^{]*\\{[^}]*border-left-color: var\\(--amber\\).*"), "in amber, not green");
        assertTrue(zh.matches("(?s).*th\\.sev, td\\.sev \\{[^}]*white-space: nowrap.*") || zh.contains("th.where, td.where, th.sev, td.sev { white-space: nowrap; }"),
                "a severity is never broken over lines");
        for (String font : List.of("Microsoft YaHei", "SimSun", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
                "WenQuanYi Micro Hei", "Source Han Sans SC")) {
            assertTrue(zh.contains("\"" + font + "\""), "the font stack names " + font);
        }
        String print = zh.substring(zh.indexOf("@media print"));
        print = print.substring(0, print.indexOf("</style>"));
        assertTrue(print.contains(".articles-print { display: block; }"), "the articles' text prints in full");
        assertFalse(print.matches("(?s).*(blockquote|\\.msg|\\.basis|svg\\.timeline|table)[^{]*\\{[^}]*display: none.*"),
                "nothing a reader needs is hidden on paper: " + print);
        assertTrue(count(zh, "<details>") > 0);
        assertEquals(2 * count(zh, "<details>"), count(zh, "<blockquote>"), "every folded article has its printed copy");

        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium); .ci/run installs it");
        // a page of the test's own (the report has no script): each report at three widths, measured
        StringBuilder frames = new StringBuilder();
        for (String page : List.of("zh.html", "en.html")) {
            for (int width : new int[] {1280, 1024, 800}) {
                frames.append("<iframe src=\"").append(page).append("\" data-name=\"").append(page).append(' ').append(width)
                        .append("\" style=\"width:").append(width).append("px;height:9000px;border:0\"></iframe>\n");
            }
        }
        Files.writeString(dir.resolve("measure.html"), "<!DOCTYPE html><html><body>\n" + frames + "<pre id=\"out\"></pre>\n<script>\n"
                + MEASURE + "</script></body></html>\n", StandardCharsets.UTF_8);
        String dom = chromium(dir.resolve("p3"), "--allow-file-access-from-files", "--virtual-time-budget=10000",
                "--window-size=1400,1000", "--dump-dom", dir.resolve("measure.html").toUri().toString());
        String out = dom.substring(dom.indexOf("<pre id=\"out\">") + 14, dom.indexOf("</pre>"));
        assertTrue(out.contains("measured 6 pages"), out);
        assertFalse(out.contains("PROBLEM"), out.replace("&quot;", "\""));
    }

    /** Every step's name against every other text of its timeline, every severity and place against a second line. */
    private static final String MEASURE = """
            window.onload = () => {
              const lines = [];
              let pages = 0;
              for (const frame of document.querySelectorAll('iframe')) {
                const d = frame.contentDocument, name = frame.dataset.name;
                let cells = 0, labels = 0;
                for (const td of d.querySelectorAll('th.sev, td.sev, th.where, td.where')) {
                  cells++;
                  const r = d.createRange();
                  r.selectNodeContents(td);
                  const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
                  if (tops.size > 1) lines.push('PROBLEM ' + name + ': broken over lines: ' + td.textContent);
                }
                for (const svg of d.querySelectorAll('svg.timeline')) {
                  const axis = svg.querySelector('line.axis').getBoundingClientRect();
                  const box = svg.getBoundingClientRect();
                  const texts = [...svg.querySelectorAll('text')];
                  for (const t of texts) {
                    const b = t.getBoundingClientRect();
                    if (b.left < box.left - 1 || b.right > box.right + 1) lines.push('PROBLEM ' + name + ': out of the picture: ' + t.textContent);
                  }
                  for (const l of texts.filter(t => t.classList.contains('lane-label'))) {
                    labels++;
                    const a = l.getBoundingClientRect();
                    if (a.right > axis.left) lines.push('PROBLEM ' + name + ': "' + l.textContent + '" reaches into the dates');
                    for (const t of texts) {
                      if (t === l) continue;
                      const b = t.getBoundingClientRect();
                      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                        lines.push('PROBLEM ' + name + ': "' + l.textContent + '" overlaps "' + t.textContent + '"');
                    }
                  }
                }
                if (cells === 0 || labels === 0) lines.push('PROBLEM ' + name + ': nothing measured');
                lines.push(name + ': ' + cells + ' cells, ' + labels + ' step names');
                pages++;
              }
              lines.push('measured ' + pages + ' pages');
              document.getElementById('out').textContent = lines.join('\\n');
            };
            """;

    private static String html(RunReport report, Lang lang) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new HtmlReporter().write(report, lang, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
