package juece.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese in a Windows console: Java 17 on a Chinese Windows runs the console in code page 936 (GBK).
 * Text a person reads there must arrive in GBK; what programs read, and every file, stays UTF-8.
 */
class TerminalTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String DOSSIER = "src/test/resources/dossiers/short-comment.yaml";

    record Run(int exit, byte[] out, byte[] err) {
    }

    private static Run run(Terminal terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // as System.out is: a PrintStream of the platform's choosing; juece writes bytes through it
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1), terminal);
        return new Run(exit, out.toByteArray(), err.toByteArray());
    }

    private static final Terminal WINDOWS_CONSOLE = Terminal.detect(
            Map.of("sun.stdout.encoding", "ms936", "sun.stderr.encoding", "ms936")::get, GBK, true);

    @Test
    void theJdksWordOnAWindowsConsoleDecides() {
        assertEquals(new Terminal(Charset.forName("ms936"), Charset.forName("ms936")), WINDOWS_CONSOLE);
        // JDK 17 on Windows sets sun.stdout.encoding only when standard output is a console:
        // redirected to a file, standard output is UTF-8 while standard error still shows GBK
        assertEquals(new Terminal(StandardCharsets.UTF_8, GBK),
                Terminal.detect(Map.of("sun.stderr.encoding", "GBK")::get, null, false));
        // JDK 19 and later set stdout.encoding always: it counts only with a terminal attached
        assertEquals(Terminal.UTF8, Terminal.detect(Map.of("stdout.encoding", "GBK", "stderr.encoding", "GBK")::get, null, false));
        assertEquals(new Terminal(GBK, GBK),
                Terminal.detect(Map.of("stdout.encoding", "GBK", "stderr.encoding", "GBK")::get, GBK, true));
        // a terminal on Linux: its locale's charset; the POSIX locale (ASCII) says nothing, so UTF-8
        assertEquals(Terminal.UTF8, Terminal.detect(Map.<String, String>of()::get, StandardCharsets.US_ASCII, true));
        Charset gb18030 = Charset.forName("GB18030");
        assertEquals(new Terminal(gb18030, gb18030), Terminal.detect(Map.<String, String>of()::get, gb18030, true));
        // pipes and files
        assertEquals(Terminal.UTF8, Terminal.detect(Map.<String, String>of()::get, null, false));
        assertEquals(Terminal.UTF8, Terminal.detect(Map.of("sun.stdout.encoding", "no-such-charset")::get, null, false));
    }

    @Test
    void theTextReportReadsInAGbkConsole() {
        Run utf8 = run(Terminal.UTF8, "check", DOSSIER, "--as-of", "2024-06-30");
        Run gbk = run(WINDOWS_CONSOLE, "check", DOSSIER, "--as-of", "2024-06-30");
        assertEquals(1, gbk.exit());
        String text = new String(gbk.out(), GBK);
        assertTrue(text.contains("公开征求意见期限为29日"), text);
        assertTrue(text.contains("依据：重大行政决策程序暂行条例 第十五条"), text);
        assertTrue(text.contains("共检查 1 份档案"), text);
        assertEquals(new String(utf8.out(), StandardCharsets.UTF_8), text, "the same report, in the console's charset");
        assertFalse(text.contains("\uFFFD") || text.contains("?"), "nothing lost: " + text);
        assertNotEquals(utf8.out().length, gbk.out().length, "two bytes a character in GBK, three in UTF-8");

        // GBK has no emoji: Markdown's status marks become look-alikes it has
        Run md = run(WINDOWS_CONSOLE, "check", DOSSIER, "--as-of", "2024-06-30", "--format", "md");
        assertEquals(new String(run(Terminal.UTF8, "check", DOSSIER, "--as-of", "2024-06-30", "--format", "md").out(),
                StandardCharsets.UTF_8).replace("❌", "×"), new String(md.out(), GBK));
    }

    @Test
    void programsAndFilesGetUtf8Always(@TempDir Path dir) throws IOException {
        for (String format : new String[] {"json", "sarif", "junit", "csv"}) {
            assertArrayEquals(run(Terminal.UTF8, "check", DOSSIER, "--as-of", "2024-06-30", "--format", format).out(),
                    run(WINDOWS_CONSOLE, "check", DOSSIER, "--as-of", "2024-06-30", "--format", format).out(), format);
        }
        Path report = dir.resolve("report.txt");
        run(WINDOWS_CONSOLE, "check", DOSSIER, "--as-of", "2024-06-30", "--output", report.toString(), "--output", "html=" + dir.resolve("r.html"));
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("公开征求意见期限为29日"), "a report file is UTF-8");
        assertTrue(Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8).contains("公开征求意见期限为29日"));
        assertArrayEquals(run(Terminal.UTF8, "schema").out(), run(WINDOWS_CONSOLE, "schema").out());
        assertArrayEquals(run(Terminal.UTF8, "rules", "--format", "json").out(), run(WINDOWS_CONSOLE, "rules", "--format", "json").out());
    }

    @Test
    void rulesExplainAndErrorsReadInAGbkConsole() {
        String rules = new String(run(WINDOWS_CONSOLE, "rules").out(), GBK);
        assertTrue(rules.contains("hearing/materials-late") && rules.contains("重大行政决策程序暂行条例 第十六条"), rules);
        assertTrue(rules.contains("不可豁免"), rules);

        Run explain = run(WINDOWS_CONSOLE, "explain", "hearing/materials-late");
        assertEquals(0, explain.exit());
        String text = new String(explain.out(), GBK);
        assertEquals(new String(run(Terminal.UTF8, "explain", "hearing/materials-late").out(), StandardCharsets.UTF_8)
                .replace("H − D", "H - D"), text, "GBK has no minus sign: a hyphen stands for it");
        assertTrue(text.contains("《重大行政决策程序暂行条例》"), text);

        Run bad = run(WINDOWS_CONSOLE, "check", DOSSIER, "--profile", "某县");
        assertEquals(2, bad.exit());
        assertTrue(new String(bad.err(), GBK).contains("--profile 某县"), new String(bad.err(), GBK));
    }

    @Test
    void aCharacterSplitBetweenWritesArrivesWhole() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        byte[] utf8 = ("档案——通过（有警告）…\n".repeat(2000) + "⚠️😀").getBytes(StandardCharsets.UTF_8);
        try (OutputStream t = new Terminal(GBK, GBK).text(sink)) {
            for (int i = 0; i < utf8.length; i += 7) { // 7 bytes: characters cut at every place
                t.write(utf8, i, Math.min(7, utf8.length - i));
            }
            t.write(0xE6); // a character cut short at the very end
        }
        String back = new String(sink.toByteArray(), GBK);
        assertEquals("档案——通过（有警告）…\n".repeat(2000) + "!??", back, "a look-alike, else '?'");
    }
}
