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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Mutation fuzzing of the whole pipeline, seeded from the golden dossiers: byte flips, deleted,
 * doubled and re-indented lines, YAML syntax dropped in, truncation, and — to reach the rules —
 * shifted dates, toggled flags and swapped vocabulary values. Each input must come out as a checked
 * or an invalid dossier with positions, within seconds, never as an exception. Bounded in time
 * (-Djuece.fuzz.seconds, default 45) and seeded (-Djuece.fuzz.seed) so a failure can be replayed;
 * a failing input is kept in target/fuzz-failures/.
 */
class LoaderFuzzTest {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FLAG = Pattern.compile("\\b(true|false)\\b");
    private static final String[] TOKENS = {"&a ", "*a", "!!str ", "!!java.io.File ", "{", "}", "[", "]", ": ", "- ", "\t",
        "\"", "'", "#", "---\n", "...\n", "? ", "|\n", ">\n", "%YAML 1.2\n", "\u0000", "\uFEFF", "null", "~", "2024-02-30",
        "9999-99-99", "yes", "1e999", "0x1F", "-.inf", ".nan", "\u202E", "\uD83D\uDE00", "\r", "\u0085", "\u2028", "「」",
        "<script>", "=cmd|' /C calc'!A0", "\\", ",", "  ", "\n\n", "evidence: [", "legality_review:", "kind: normative_document\n"};
    private static final String[] VOCABULARY = {"major_decision", "normative_document", "government", "department", "agency",
        "executive_meeting", "plenary_meeting", "department_meeting", "office_meeting", "other", "approved", "rejected",
        "deferred", "none", "recorded", "unrecorded", "lawful", "unlawful", "risk_disclosed", "lawful_with_changes",
        "compliant", "non_compliant", "compliant_after_changes", "low", "medium", "high", "emergency", "macro_control"};

    @Test
    void noInputCrashesOrHangsThePipeline(@TempDir Path dir) throws Exception {
        long seconds = Long.getLong("juece.fuzz.seconds", 45);
        long seed = Long.getLong("juece.fuzz.seed", 20261124L);
        Random random = new Random(seed);
        List<String> seeds = new ArrayList<>();
        for (Path folder : GoldenCases.find(Path.of("cases"))) {
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
                String input = mutate(seeds.get(random.nextInt(seeds.size())), random, seeds);
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

    static String mutate(String s, Random random, List<String> seeds) {
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            s = switch (random.nextInt(12)) {
                case 0 -> flipChar(s, random);
                case 1 -> lines(s, random, 0);
                case 2 -> lines(s, random, 1);
                case 3 -> lines(s, random, 2);
                case 4 -> insert(s, random, TOKENS[random.nextInt(TOKENS.length)]);
                case 5 -> s.substring(0, random.nextInt(s.length() + 1));
                case 6, 7 -> replaceOne(s, DATE, random, m -> LocalDate.of(2017 + random.nextInt(12), 1, 1)
                        .plusDays(random.nextInt(366)).toString());
                case 8 -> replaceOne(s, FLAG, random, m -> m.equals("true") ? "false" : "true");
                case 9 -> swapVocabulary(s, random);
                case 10 -> splice(s, seeds.get(random.nextInt(seeds.size())), random);
                default -> lines(s, random, 3);
            };
        }
        return s;
    }

    private static String flipChar(String s, Random random) {
        if (s.isEmpty()) {
            return s;
        }
        int i = random.nextInt(s.length());
        return s.substring(0, i) + (char) random.nextInt(0x3000) + s.substring(i + 1);
    }

    private static String insert(String s, Random random, String token) {
        int i = random.nextInt(s.length() + 1);
        return s.substring(0, i) + token + s.substring(i);
    }

    /** 0 delete a line, 1 double it, 2 swap two lines, 3 re-indent one. */
    private static String lines(String s, Random random, int op) {
        List<String> ls = new ArrayList<>(List.of(s.split("\n", -1)));
        if (ls.size() < 2) {
            return s;
        }
        int i = random.nextInt(ls.size());
        switch (op) {
            case 0 -> ls.remove(i);
            case 1 -> ls.add(i, ls.get(i));
            case 2 -> {
                int j = random.nextInt(ls.size());
                String t = ls.get(i);
                ls.set(i, ls.get(j));
                ls.set(j, t);
            }
            default -> ls.set(i, random.nextBoolean() ? "  " + ls.get(i) : ls.get(i).stripLeading());
        }
        return String.join("\n", ls);
    }

    private static String replaceOne(String s, Pattern p, Random random, java.util.function.Function<String, String> with) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return s.substring(0, span[0]) + with.apply(s.substring(span[0], span[1])) + s.substring(span[1]);
    }

    private static String swapVocabulary(String s, Random random) {
        String from = VOCABULARY[random.nextInt(VOCABULARY.length)];
        int i = s.indexOf(": " + from);
        return i < 0 ? s : s.substring(0, i + 2) + VOCABULARY[random.nextInt(VOCABULARY.length)] + s.substring(i + 2 + from.length());
    }

    private static String splice(String s, String other, Random random) {
        String[] a = s.split("\n", -1);
        String[] b = other.split("\n", -1);
        int cut = random.nextInt(a.length);
        int from = random.nextInt(b.length);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cut; i++) {
            out.append(a[i]).append('\n');
        }
        for (int i = from; i < b.length; i++) {
            out.append(b[i]).append('\n');
        }
        return out.toString();
    }
}
