package juece.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it (SPEC §11): {@code target/juece-VERSION.zip}, unzipped into an
 * empty folder and run with a PATH that holds a Java runtime, a shell and a few coreutils — no
 * Maven, no checkout, no JAVA_HOME. Runs after {@code package} (maven-failsafe-plugin).
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {
    /** What bin/juece calls besides shell builtins. */
    private static final List<String> TOOLS = List.of("sh", "readlink", "find", "head", "wc", "cksum", "mkdir", "mv", "rm");

    @TempDir
    static Path temp;
    static Path zip;
    static Path home;
    static Path path;
    static Path cache;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void unzip() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> zips = files.filter(p -> p.getFileName().toString().matches("juece-.*\\.zip")).toList();
            assertEquals(1, zips.size(), "one distribution in target/: " + zips);
            zip = zips.get(0);
        }
        String version = zip.getFileName().toString().replaceAll("^juece-|\\.zip$", "");
        Path into = Files.createDirectory(temp.resolve("unzipped here"));
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (Enumeration<ZipArchiveEntry> e = z.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        home = into.resolve("juece-" + version);
        assertTrue(Files.isDirectory(home), "the zip holds one folder, juece-" + version);

        // a PATH with Java, a shell and the coreutils the launcher uses: nothing else
        path = Files.createDirectory(temp.resolve("path"));
        Files.createSymbolicLink(path.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : TOOLS) {
            Path found = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + tool + " in /usr/bin or /bin"));
            Files.createSymbolicLink(path.resolve(tool), found);
        }
        cache = temp.resolve("cache");
    }

    /** The links out of the temporary folder go first, so that its clean-up has nothing to warn about. */
    @AfterAll
    static void unlink() throws IOException {
        for (Path dir : List.of(path, temp.resolve("links"))) {
            if (dir != null && Files.isDirectory(dir)) {
                try (Stream<Path> links = Files.list(dir)) {
                    for (Path link : links.filter(Files::isSymbolicLink).toList()) {
                        Files.delete(link);
                    }
                }
            }
        }
    }

    /** A command run in {@code dir} with only the distribution's PATH and a home of its own. */
    static ProcessBuilder process(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(args));
        if (!command.get(0).contains("/")) {
            command.set(0, home.resolve("bin").resolve(command.get(0)).toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", path.toString());
        env.put("HOME", temp.resolve("home").toString());
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("LANG", "C.UTF-8");
        return pb;
    }

    static Run run(Path dir, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = process(dir, args);
        List<String> command = pb.command();
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void thePathHasJavaAndNoMaven() throws Exception {
        Run mvn = run(temp, path.resolve("sh").toString(), "-c", "command -v mvn || echo none; command -v java");
        assertEquals("none\n" + path.resolve("java") + "\n", mvn.out(), "mvn must not be found");
    }

    @Test
    void checkRunsFromTheUnzippedFolderAndMakesItsArchiveOnce() throws Exception {
        Path dossier = home.resolve("cases/md-bus-fare-reform/dossier.yaml");
        Path elsewhere = Files.createDirectories(temp.resolve("work"));
        Run first = run(elsewhere, "juece", "check", dossier.toString(), "--as-of", "2024-06-30");
        assertEquals(1, first.exit(), first.out() + first.err());
        assertEquals("", first.err(), "nothing on standard error, no JVM warning about the archive");
        assertTrue(first.out().contains("hearing/materials-late"), first.out());
        assertTrue(first.out().contains("听证会材料于2024-01-10送达，距2024-01-16召开听证会仅6日"), first.out());
        assertTrue(first.out().contains("依据：重大行政决策程序暂行条例 第十六条"), first.out());

        // the archive is made once per user, version, runtime and installation, and then used
        TreeSet<String> made = new TreeSet<>();
        try (DirectoryStream<Path> d = Files.newDirectoryStream(cache.resolve("juece"))) {
            d.forEach(p -> made.add(p.getFileName().toString()));
        }
        assertEquals(1, made.size(), "one archive, no left-over temporary file: " + made);
        assertTrue(made.first().endsWith(".jsa"), "this JDK can write one: " + made);
        Run second = run(elsewhere, "juece", "check", dossier.toString(), "--as-of", "2024-06-30");
        assertEquals(first, second, "the same run with the archive");

        Run json = run(elsewhere, "juece", "check", dossier.toString(), "--as-of", "2024-06-30", "--format", "json");
        assertEquals(1, json.exit());
        assertTrue(json.out().startsWith("{") && json.out().contains("\"rule\" : \"hearing/materials-late\""), json.out());
    }

    @Test
    void rulesExplainVerifyAndSchemaRunToo() throws Exception {
        Run rules = run(temp, "juece", "rules");
        assertEquals(0, rules.exit(), rules.err());
        assertTrue(rules.out().contains("hearing/materials-late") && rules.out().contains("重大行政决策程序暂行条例 第十六条"), rules.out());

        // the rule's documentation and the article's text come from the jar
        Run explain = run(temp, "juece", "explain", "hearing/materials-late");
        assertEquals(0, explain.exit(), explain.err());
        assertTrue(explain.out().contains("听证会材料送达不足7日"), explain.out());
        assertTrue(explain.out().contains("第十六条 决策事项直接涉及公民、法人、其他组织切身利益"), explain.out());

        Run verify = run(home, "juece", "verify", "cases-invalid");
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().matches("(?s).*\\n(\\d+) cases: \\1 passed, 0 failed, 0 broken\\n"), verify.out());

        Run schema = run(temp, "juece", "schema");
        assertEquals(0, schema.exit());
        assertTrue(schema.out().startsWith("{") && schema.out().contains("juece/v1"), schema.out());

        Run usage = run(temp, "juece", "check", "--as-of", "2024-02-30", "x.yaml");
        assertEquals(2, usage.exit(), usage.err());
    }

    @Test
    void theAdvisersAndTheSupervisorsCommandsRunToo() throws Exception {
        Path work = Files.createDirectories(temp.resolve("adviser"));
        Run init = run(work, "juece", "init", "normative_document", "draft.yaml");
        assertEquals(0, init.exit(), init.err());
        Run draft = run(work, "juece", "check", "draft.yaml");
        assertEquals(0, draft.exit(), draft.out() + draft.err());
        assertTrue(draft.out().contains("record/unknown"), "a fresh skeleton is all unknown: " + draft.out());

        Path dossier = home.resolve("cases/md-bus-fare-reform/dossier.yaml");
        Run plan = run(work, "juece", "plan", dossier.toString(), "--as-of", "2024-01-02");
        assertTrue(plan.exit() <= 1, plan.out() + plan.err());
        assertTrue(plan.out().contains("重大行政决策程序暂行条例"), plan.out());
        Run ics = run(work, "juece", "plan", dossier.toString(), "--as-of", "2024-01-02", "--format", "ics");
        assertTrue(ics.out().startsWith("BEGIN:VCALENDAR"), ics.out());

        Run template = run(work, "juece", "template", "ledger", "ledger.xlsx");
        assertEquals(0, template.exit(), template.err());
        assertTrue(Files.size(work.resolve("ledger.xlsx")) > 0);
        Run stats = run(home, "juece", "stats", "cases", "--year", "2024", "--format", "json");
        assertTrue(stats.exit() <= 1, stats.err());
        assertTrue(stats.out().contains("\"indicators\""), stats.out());

        for (String[] command : List.of(new String[] {"juece", "vocabulary"}, new String[] {"juece", "coverage"})) {
            Run r = run(work, command);
            assertEquals(0, r.exit(), String.join(" ", command) + ": " + r.err());
            assertFalse(r.out().isBlank(), String.join(" ", command));
        }
    }

    @Test
    void serveAnswersACheckOverHttp() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = temp.resolve("serve.log");
        Process server = process(temp, "juece", "serve", "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + port);
            boolean ready = false;
            for (int i = 0; i < 600 && !ready && server.isAlive(); i++) {
                try {
                    ready = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/readyz")).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertTrue(ready, "ready: " + Files.readString(log));
            java.net.http.HttpResponse<String> check = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/v1/check?as_of=2024-06-30"))
                            .header("Content-Type", "application/yaml")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(home.resolve("cases/md-bus-fare-reform/dossier.yaml"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, check.statusCode(), check.body());
            assertEquals("1", check.headers().firstValue("Juece-Exit-Code").orElse(""));
            assertTrue(check.body().contains("hearing/materials-late"), check.body());
        } finally {
            server.destroy(); // SIGTERM: the graceful stop
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
        }
    }

    @Test
    void aLinkToTheLauncherFindsItsInstallation() throws Exception {
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("juece"), home.resolve("bin/juece"));
        Run r = run(temp, links.resolve("juece").toString(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("juece "), r.out());
    }

    @Test
    void theZipKeepsTheExecutableBitAndTheWindowsLauncherItsLineEnds() throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            String base = home.getFileName() + "/";
            assertNotEquals(0, z.getEntry(base + "bin/juece").getUnixMode() & 0111, "bin/juece is executable inside the zip");
            byte[] bat;
            try (InputStream in = z.getInputStream(z.getEntry(base + "bin/juece.bat"))) {
                bat = in.readAllBytes();
            }
            String text = new String(bat, StandardCharsets.US_ASCII);
            assertTrue(text.endsWith("\r\n"));
            assertFalse(text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r"), "CRLF, every line");
            assertTrue(text.contains("juece.cli.Main %*"), "runs the main class with every argument");
            assertTrue(text.contains("set \"CLASS_PATH=%JUECE_HOME%\\lib\\*\""), "every jar of lib/");
            assertTrue(text.contains("-Dfile.encoding=UTF-8"));
            assertFalse(text.toLowerCase().contains("chcp"), "the console's code page is the user's");
            assertFalse(text.contains("@project.version@"), "the version is filled in");
            assertFalse(new String(Files.readAllBytes(home.resolve("bin/juece")), StandardCharsets.UTF_8).contains("\r"));
        }
        // lib/ holds juece.jar and exactly the runtime jars the build resolved (its manifest's class path)
        TreeSet<String> lib = new TreeSet<>();
        try (DirectoryStream<Path> d = Files.newDirectoryStream(home.resolve("lib"))) {
            d.forEach(p -> lib.add(p.getFileName().toString()));
        }
        try (JarFile jar = new JarFile(home.resolve("lib/juece.jar").toFile())) {
            TreeSet<String> runtime = new TreeSet<>();
            for (String entry : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                runtime.add(entry.replaceFirst("^lib/", ""));
            }
            runtime.add("juece.jar");
            assertEquals(runtime, lib);
            assertEquals("juece.cli.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            for (String resource : List.of("juece/rules/docs/hearing/materials-late.md", "juece/law/instruments.yaml",
                    "juece/calendar/holidays-cn/2026.json", "META-INF/kmodule.xml")) {
                assertTrue(jar.getEntry(resource) != null, "lib/juece.jar holds " + resource);
            }
        }
        assertTrue(Files.isRegularFile(home.resolve("README.md")));
        assertTrue(Files.isRegularFile(home.resolve("schema/juece-v1.schema.json")));
        assertTrue(Files.isRegularFile(home.resolve("cases-invalid/README.md")));
    }
}
