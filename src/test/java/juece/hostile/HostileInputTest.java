package juece.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import juece.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gate must never crash, hang, read what it should not, or pass what it could not check: every
 * hostile input ends with exit 2, the file named, a line where there is one, and no stack trace.
 */
class HostileInputTest {
    static final String VALID = """
            format: juece/v1
            kind: major_decision
            id: H-1
            title: 测试
            authority: 某县人民政府
            authority_type: government
            scope: {category: public_policy, in_catalog: true, excluded: none}
            traits: {public_interest: true, technical: false, stability_risk: false, market_entities: false,
                     public_concern: false, confidential: false, specific_groups: []}
            """;

    /** One in-process run: exit code, standard output and error together. */
    record Run(int exit, String output) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            return Main.run(args, ps, ps);
        });
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    static void assertRejected(Run r, String file, String what) {
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains(file), "names the file: " + r.output());
        assertTrue(r.output().contains(what), "says what is wrong (" + what + "): " + r.output());
        assertFalse(r.output().matches("(?s).*(Exception|\\tat |Caused by).*"), "no stack trace: " + r.output());
    }

    record Hostile(String name, byte[] content, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Hostile> inputs() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        return List.of(
                new Hostile("alias bomb", utf8(bomb.toString()), "aliases are not allowed"),
                new Hostile("anchor only", utf8(VALID.replace("title: 测试", "title: &t 测试")), "anchors"),
                new Hostile("alias", utf8(VALID + "sponsor: *t\n"), "aliases"),
                new Hostile("20,000 nested flow lists", utf8("a: " + "[".repeat(20_000) + "\n"), "nesting deeper"),
                new Hostile("20,000 nested mappings", utf8("a: " + "{k: ".repeat(20_000) + "\n"), "nesting deeper"),
                new Hostile("java tag", utf8("x: !!java.net.URL [\"http://example\"]\n"), "explicit YAML tags"),
                new Hostile("custom tag", utf8(VALID.replace("title: 测试", "title: !custom 测试")), "explicit YAML tags"),
                new Hostile("duplicate key", utf8(VALID + "id: H-2\n"), "duplicate key"),
                new Hostile("impossible date", utf8(VALID + "archive: {date: 2023-02-29}\n"), "there is no date"),
                new Hostile("empty", new byte[0], "empty"),
                new Hostile("whitespace only", utf8("\n\n   \n"), "empty"),
                new Hostile("binary", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2}, "binary"),
                new Hostile("GBK", VALID.getBytes(Charset.forName("GBK")), "GBK"),
                new Hostile("UTF-16", VALID.getBytes(StandardCharsets.UTF_16), "UTF-16"),
                new Hostile("megabyte key", utf8("k".repeat(600_000) + ": 1\n"), "600000 characters, above the limit"),
                new Hostile("megabyte scalar", utf8(VALID.replace("title: 测试", "title: " + "长".repeat(300_000))), "value of 300000"),
                new Hostile("above the size limit", utf8(VALID + "# " + "x".repeat(1_100_000) + "\n"), "above the limit"),
                new Hostile("two documents", utf8(VALID + "---\n" + VALID), "one YAML document"),
                new Hostile("a list, not a dossier", utf8("- a\n- b\n"), "top level"),
                new Hostile("control character", utf8(VALID.replace("测试", "测\u0001试")), "control character"),
                new Hostile("unterminated quote", utf8(VALID.replace("title: 测试", "title: \"测试")), "a quote is not closed"),
                new Hostile("tab indentation", utf8(VALID + "\tsponsor: x\n"), "YAML indents with spaces only"),
                new Hostile("no format", utf8(VALID.replace("format: juece/v1\n", "")), "format"),
                new Hostile("a number as a trait", utf8(VALID.replace("technical: false", "technical: 0")), "true or false"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isRejectedWithFileLineAndReason(Hostile h, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("hostile.yaml");
        Files.write(f, h.content());
        assertRejected(run("check", f.toString(), "--as-of", "2024-06-30", "--lang", "en"), "hostile.yaml:", h.expected());
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bom.yaml");
        byte[] body = utf8(VALID);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        assertEquals(0, run("check", f.toString(), "--as-of", "2024-06-30").exit());
    }

    @Test
    void aFolderOfValidAndInvalidDossiersChecksTheValidOnesAndFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-valid.yaml"), VALID.replace("id: H-1", "id: OK-1"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-invalid.yaml"), VALID.replace("in_catalog", "in_catalgo"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c-same-id.yaml"), VALID.replace("id: H-1", "id: OK-1"), StandardCharsets.UTF_8);
        Files.createDirectory(dir.resolve("d-folder.yaml"));
        Files.writeString(dir.resolve("e-valid.yml"), VALID.replace("id: H-1", "id: OK-2").replace("in_catalog: true", "in_catalog: false"),
                StandardCharsets.UTF_8);
        Run r = run("check", dir.toString(), "--as-of", "2024-06-30", "--lang", "en", "--format", "json");
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("\"status\" : \"pass\""), "the valid dossier was checked: " + r.output());
        assertTrue(r.output().contains("catalog/not-listed"), "the other valid one too");
        assertTrue(r.output().contains("did you mean \\\"in_catalog\\\""), r.output());
        assertTrue(r.output().contains("dossier id \\\"OK-1\\\" is used twice"), r.output());
        assertTrue(r.output().contains("\"invalid\" : 2"), r.output());
        Run text = run("check", dir.toString(), "--as-of", "2024-06-30", "--lang", "en");
        assertTrue(text.output().contains("c-same-id.yaml:3:1"), "the second id is reported at its id: line: " + text.output());
    }

    @Test
    void whatIsNotARegularFileIsReportedNeverOpened(@TempDir Path dir) throws IOException, InterruptedException {
        Path folder = Files.createDirectory(dir.resolve("f"));
        Files.writeString(folder.resolve("a-valid.yaml"), VALID, StandardCharsets.UTF_8);
        Files.createSymbolicLink(folder.resolve("b-broken.yaml"), folder.resolve("nowhere.yaml"));
        Files.createSymbolicLink(folder.resolve("c-device.yaml"), Path.of("/dev/zero"));
        Path fifo = folder.resolve("d-fifo.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
        Files.createSymbolicLink(folder.resolve("e-loop"), folder); // walked once, not forever

        Run r = run("check", folder.toString(), "--as-of", "2024-06-30", "--lang", "en");
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("a-valid.yaml  H-1"), "the valid dossier is checked once: " + r.output());
        assertEquals(1, r.output().split("a-valid.yaml  H-1", -1).length - 1, r.output());
        assertTrue(r.output().contains("a symbolic link to a file that does not exist"), r.output());
        assertEquals(2, r.output().split("not a regular file", -1).length - 1, "the device and the FIFO: " + r.output());
        assertTrue(r.output().contains("3 invalid"), r.output());

        Run named = run("check", fifo.toString(), "/dev/zero", "--lang", "en");
        assertRejected(named, "d-fifo.yaml", "not a regular file");

        Path calendar = Files.createDirectory(dir.resolve("calendar"));
        assumeTrue(new ProcessBuilder("mkfifo", calendar.resolve("2027.json").toString()).start().waitFor() == 0);
        assertRejected(run("check", folder.resolve("a-valid.yaml").toString(), "--calendar", calendar.toString(), "--lang", "en"), "2027.json", "not a regular file");
    }

    @Test
    void eachFileCountsOnceHoweverManyLinksLeadToIt(@TempDir Path dir) throws IOException {
        // a web of links: 10 links from each level to the next, 6 levels deep, one dossier at the bottom
        for (int level = 0; level <= 6; level++) {
            Files.createDirectories(dir.resolve("L" + level));
        }
        for (int level = 0; level < 6; level++) {
            for (int k = 0; k < 10; k++) {
                Files.createSymbolicLink(dir.resolve("L" + level).resolve("s" + k), Path.of("..", "L" + (level + 1)));
            }
        }
        Files.writeString(dir.resolve("L6/d.yaml"), VALID, StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("L6/link.yaml"), Path.of("d.yaml"));
        Files.createLink(dir.resolve("L6/hard.yaml"), dir.resolve("L6/d.yaml"));
        Run r = run("check", dir.resolve("L0").toString(), dir.resolve("L6/d.yaml").toString(), "--as-of", "2024-06-30", "--lang", "en");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("1 dossier checked"), "checked once, no duplicate id: " + r.output());
    }

    @Test
    void missingPathsBrokenRulesAndProfilesAreExitTwo(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, VALID, StandardCharsets.UTF_8);
        assertRejected(run("check", dir.resolve("absent.yaml").toString(), "--lang", "en"), "absent.yaml:1:1", "no such file");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertRejected(run("check", empty.toString(), "--lang", "en"), "empty:1:1", "nothing was checked");
        Path drl = dir.resolve("broken.drl");
        Files.writeString(drl, "package x;\nrule \"r\"\nwhen\n  Foo(\nthen\nend\n", StandardCharsets.UTF_8);
        assertRejected(run("check", ok.toString(), "--rules", drl.toString()), "broken.drl:", "");
        Path profile = dir.resolve("p.yaml");
        Files.writeString(profile, "profile: p\nparameters:\n  filing_days: -3\n", StandardCharsets.UTF_8);
        assertRejected(run("check", ok.toString(), "--profile", profile.toString(), "--lang", "en"), "p.yaml:3:16", "invalid value");
        assertRejected(run("check", ok.toString(), "--profile", "nowhere", "--lang", "en"), "nowhere", "unknown profile");
        Path cal = dir.resolve("cal");
        Files.createDirectory(cal);
        Files.writeString(cal.resolve("2027.json"), "{\"year\": 2027, \"days\": [{\"date\": \"2027-13-01\", \"isOffDay\": true}]}");
        assertRejected(run("check", ok.toString(), "--calendar", cal.toString()), "2027.json", "2027-13-01");
    }

    @Test
    void evidenceNeverReachesOutsideTheDossiersFolder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("case"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret", StandardCharsets.UTF_8);
        Files.createDirectory(folder.resolve("evidence"));
        Files.createSymbolicLink(folder.resolve("evidence/link.txt"), secret);
        String sha = "0".repeat(64);
        Path dossier = folder.resolve("d.yaml");
        Files.writeString(dossier, VALID + "evidence:\n"
                + "  - {id: up, kind: other, file: ../secret.txt, sha256: " + sha + "}\n"
                + "  - {id: abs, kind: other, file: " + secret.toAbsolutePath() + ", sha256: " + sha + "}\n"
                + "  - {id: link, kind: other, file: evidence/link.txt, sha256: " + sha + "}\n"
                + "  - {id: sneaky, kind: other, file: evidence/../../secret.txt, sha256: " + sha + "}\n", StandardCharsets.UTF_8);
        Run r = run("check", dossier.toString(), "--as-of", "2024-06-30", "--lang", "en");
        assertEquals(4, r.output().split("leads outside the dossier's folder and was not read", -1).length - 1, r.output());
        assertFalse(r.output().contains("hash-mismatch"), "a file outside is never read, so never hashed: " + r.output());
    }

    @Test
    void aBugInJueceIsExitThreeWithAShortMessage(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, VALID, StandardCharsets.UTF_8);
        // an unchecked exception where juece expects none: here from the report's output stream
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("a defect");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"check", ok.toString(), "--as-of", "2024-06-30"},
                new PrintStream(broken, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = err.toString(StandardCharsets.UTF_8);
        assertEquals(3, exit, output);
        assertTrue(output.contains("internal error"), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        assertTrue(output.lines().count() <= 3, output);
    }

    @Test
    void anExtraRuleThatThrowsIsTheRuleFileFaultNotABug(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, VALID, StandardCharsets.UTF_8);
        Path drl = dir.resolve("throws.drl");
        Files.writeString(drl, """
                package juece.local;
                import juece.facts.*;
                rule "出错的规则"
                    @id("local/throws") @severity("error") @step("dossier") @basis("x") @waivable(true) @zh("x") @en("x")
                when
                    Dossier()
                then
                    throw new IllegalStateException("a defect in a rule");
                end
                """, StandardCharsets.UTF_8);
        Run r = run("check", ok.toString(), "--rules", drl.toString());
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains(drl + ":3") && r.output().contains("IllegalStateException: a defect in a rule"), r.output());
        assertFalse(r.output().matches("(?s).*(\\tat |Caused by).*"), "no stack trace: " + r.output());
    }
}
