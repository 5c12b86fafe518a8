package juece.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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
}
