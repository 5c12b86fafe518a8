package juece.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.golden.GoldenCases;
import juece.pipeline.Checker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of the whole pipeline, seeded from the golden dossiers ({@link Mutations}). Each input must come out as a checked
 * or an invalid dossier with positions, within seconds, never as an exception. Bounded in time
 * (-Djuece.fuzz.seconds, default 45) and seeded (-Djuece.fuzz.seed) so a failure can be replayed;
 * a failing input is kept in target/fuzz-failures/.
 */
class LoaderFuzzTest {
    @Test
    void noInputCrashesOrHangsThePipeline(@TempDir Path dir) throws Exception {
        long seconds = Long.getLong("juece.fuzz.seconds", 45);
        long seed = Long.getLong("juece.fuzz.seed", 20261124L);
        Random random = new Random(seed);
        List<String> seeds = new ArrayList<>();
        for (Path folder : GoldenCases.findAll(Path.of(""))) {
            byte[] bytes = Files.readAllBytes(folder.resolve("dossier.yaml"));
            seeds.add(new String(bytes, StandardCharsets.UTF_8));
        }
        Checker checker = new Checker(new Checker.Options(LocalDate.of(2025, 6, 30), null, Severity.ERROR, null, List.of(),
                WorkCalendar.load(List.of()), 1, true));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int tried = 0;
        int checked = 0;
        try {
            while (System.nanoTime() < end) {
                String input = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random, seeds);
                Path file = dir.resolve("f" + (tried % 8) + ".yaml");
                Files.write(file, input.getBytes(StandardCharsets.UTF_8));
                Future<RunReport> f = worker.submit(() -> checker.check(List.of(file)));
                RunReport report;
                try {
                    report = f.get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    fail(input, "hang (10 s)", seed, tried);
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    fail(input, e.getCause().toString(), seed, tried);
                    return;
                }
                DossierResult r = report.dossiers().get(0);
                for (Finding finding : r.findings()) {
                    if (finding.position().line() < 1 || finding.position().column() < 1) {
                        fail(input, "finding without a position: " + finding, seed, tried);
                    }
                    finding.message(juece.text.Lang.ZH);
                    finding.message(juece.text.Lang.EN);
                }
                if (r.status() != DossierResult.Status.INVALID) {
                    checked++;
                } else {
                    assertTrue(!r.findings().isEmpty(), "an invalid dossier says why");
                }
                tried++;
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("fuzz: %d inputs in %d s (seed %d), %d checked by the rules, %d rejected%n", tried, seconds, seed,
                checked, tried - checked);
        assertTrue(tried > 100, "the fuzzer ran: " + tried);
        assertTrue(checked > tried / 20, "enough inputs reach the rules: " + checked + " of " + tried);
    }

    private static void fail(String input, String what, long seed, int index) throws IOException {
        Path out = Path.of("target/fuzz-failures");
        Files.createDirectories(out);
        Path f = out.resolve("input-" + seed + "-" + index + ".yaml");
        Files.writeString(f, input, StandardCharsets.UTF_8);
        assertEquals("no failure", what + " on " + f);
    }
}
