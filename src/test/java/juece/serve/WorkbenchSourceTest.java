package juece.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The workbench page's sources run where its users are: Chromium 90 and up (the 360 and QQ
 * "dual-core" browsers on Windows), on closed intranets. Every script and style is served by juece
 * and listed in assets/index.txt; the page loads nothing from elsewhere and has no inline script or
 * style (the page's Content-Security-Policy forbids both); its scripts and styles use no feature
 * newer than Chromium 90 (each pattern below names the version that brought it).
 */
class WorkbenchSourceTest {
    private static final Path WEB = Path.of("src/main/resources/juece/web");

    /** JavaScript newer than Chromium 90, with the version that brought it. */
    private static final Map<String, String> NEWER_JS = Map.ofEntries(
            Map.entry("\\.at\\(", "Array/String.prototype.at: Chromium 92"),
            Map.entry("Object\\.hasOwn\\b", "Object.hasOwn: Chromium 93"),
            Map.entry("structuredClone", "structuredClone: Chromium 98"),
            Map.entry("\\.findLast(Index)?\\(", "findLast: Chromium 97"),
            Map.entry("\\.(toSorted|toReversed|toSpliced)\\(|\\.with\\(\\d", "change-array-by-copy: Chromium 110"),
            Map.entry("static\\s*\\{", "class static blocks: Chromium 94"),
            Map.entry("#\\w+\\s+in\\s", "private brand checks: Chromium 91"),
            Map.entry("\\{\\s*cause\\s*:", "Error cause: Chromium 93"),
            Map.entry("Object\\.groupBy|Map\\.groupBy", "groupBy: Chromium 117"),
            Map.entry("Array\\.fromAsync", "Array.fromAsync: Chromium 121"),
            Map.entry("isWellFormed|toWellFormed", "well-formed strings: Chromium 111"),
            Map.entry("\\bimport\\s*\\(|^\\s*(import|export)\\s", "modules: not needed, and a file: page could not load them"),
            Map.entry("\\bawait\\b|\\basync\\b", "kept to promises: older dual-core kernels"),
            Map.entry("\\?\\.|\\?\\?", "optional chaining and ??: Chromium 80, kept out for older dual-core kernels"),
            Map.entry("AbortSignal\\.timeout|AbortSignal\\.any", "AbortSignal.timeout: Chromium 103"),
            Map.entry("new\\s+DecompressionStream\\(\\s*['\"]deflate-raw", "deflate-raw: Chromium 103"),
            Map.entry("showOpenFilePicker|showSaveFilePicker", "File System Access: not in every Chromium build"),
            Map.entry("\\.replaceChildren\\(", "replaceChildren: Chromium 86 (kept out for older kernels)"));

    /** CSS newer than Chromium 90. */
    private static final Map<String, String> NEWER_CSS = Map.ofEntries(
            Map.entry(":has\\(", ":has(): Chromium 105"),
            Map.entry("@container", "container queries: Chromium 105"),
            Map.entry("@layer", "cascade layers: Chromium 99"),
            Map.entry("color-mix\\(|\\b(ok)?(lab|lch)\\(|\\bhwb\\(", "new colour functions: Chromium 101–111"),
            Map.entry("\\d(dvh|svh|lvh|dvw|svw|lvw)\\b", "dynamic viewport units: Chromium 108"),
            Map.entry("accent-color", "accent-color: Chromium 93"),
            Map.entry("scrollbar-gutter", "scrollbar-gutter: Chromium 94"),
            Map.entry("text-wrap", "text-wrap: Chromium 114"),
            Map.entry("(^|[\\s;{])&[\\s.:\\[]", "CSS nesting: Chromium 112"),
            Map.entry("\\binert\\b", "inert: Chromium 102"));

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static List<String> assets() throws IOException {
        return read(WEB.resolve("assets/index.txt")).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void everyAssetIsListedAndServedByJuece() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(WEB.resolve("assets"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.txt")).sorted().toList();
        }
        assertEquals(files, assets().stream().sorted().toList(), "assets/index.txt lists exactly the files beside it");
        String page = read(WEB.resolve("index.html"));
        List<String> referenced = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(page);
        while (m.find()) {
            referenced.add(m.group(1));
        }
        for (String ref : referenced) {
            assertTrue(ref.startsWith("/assets/") && assets().contains(ref.substring("/assets/".length())), "served by juece: " + ref);
        }
        for (String name : assets()) {
            String text = read(WEB.resolve("assets").resolve(name));
            assertTrue(!Pattern.compile("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/", Pattern.CASE_INSENSITIVE).matcher(
                    text.replaceAll("(?m)^\\s*(//|/?\\*).*$", "")).find(), name + " loads nothing from elsewhere");
            assertTrue(!text.contains("@import") && !text.contains("@font-face"), name + ": no imported style, no web font");
        }
    }

    @Test
    void thePageWorksUnderItsContentSecurityPolicyAndInDualCoreBrowsers() throws IOException {
        String page = read(WEB.resolve("index.html"));
        assertTrue(page.contains("<meta name=\"renderer\" content=\"webkit\">"), "360 / QQ: the Chromium kernel");
        assertTrue(page.contains("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">"));
        assertTrue(page.contains("<html lang=\"zh-CN\">"));
        assertTrue(!Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find(), "no inline script");
        assertTrue(!Pattern.compile("\\sstyle=|<style|\\son[a-z]+=").matcher(page).find(), "no inline style or handler");
        assertTrue(page.contains("input type=\"file\" id=\"open-file\" name=\"dossier\""), "the fixed file input");
        assertTrue(page.contains("data-action=\"check\""), "the fixed check action");
        String css = read(WEB.resolve("assets/workbench.css"));
        for (String font : List.of("Microsoft YaHei", "SimSun", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
                "WenQuanYi Micro Hei", "Source Han Sans SC")) {
            assertTrue(css.contains("\"" + font + "\""), "the CJK font stack names " + font);
        }
        assertTrue(css.contains("@media print"), "printable");
        assertTrue(css.contains(":focus-visible"), "focus is visible");
    }

    @Test
    void noScriptOrStyleIsNewerThanChromium90() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : assets()) {
            String text = read(WEB.resolve("assets").resolve(name));
            // comments and string contents may name anything
            String code = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)(^|\\s)//.*$", "$1")
                    .replaceAll("'(?:[^'\\\\\\n]|\\\\.)*'", "''").replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
            Map<String, String> rules = name.endsWith(".css") ? NEWER_CSS : NEWER_JS;
            for (Map.Entry<String, String> r : rules.entrySet()) {
                Matcher m = Pattern.compile(r.getKey(), Pattern.MULTILINE).matcher(code);
                while (m.find()) {
                    int line = code.substring(0, m.start()).split("\n", -1).length;
                    found.add(name + ":" + line + " " + r.getValue() + " (" + m.group().strip() + ")");
                }
            }
            if (name.endsWith(".js")) {
                assertTrue(text.contains("'use strict'"), name + " is strict");
            }
        }
        assertEquals(new TreeSet<>(), new TreeSet<>(found));
    }
}
