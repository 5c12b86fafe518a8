package juece.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import juece.calendar.WorkCalendar;
import juece.engine.RuleBook;
import juece.engine.RuleFileException;
import juece.findings.DossierResult;
import juece.findings.Finding;
import juece.findings.RunReport;
import juece.pipeline.Checker;
import juece.profile.ProfileException;
import juece.profile.Profiles;
import juece.read.Node;
import juece.read.ReadResult;
import juece.read.YamlReader;

/**
 * Runs golden cases through the whole pipeline and compares what comes out with what the case
 * expects: the same runner serves the JUnit suite and {@code juece verify}.
 */
public final class GoldenRunner {
    private final WorkCalendar calendar;

    public GoldenRunner(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** What a case produced against what it expects; {@code passed()} when they are the same. */
    public record Verdict(GoldenCase goldenCase, List<GoldenCase.Expected> actual, List<GoldenCase.Expected> missing,
                          List<GoldenCase.Expected> unexpected, List<String> notSilent, Integer exit,
                          RunReport report) {
        public boolean passed() {
            return missing.isEmpty() && unexpected.isEmpty() && notSilent.isEmpty()
                    && (goldenCase.exit() == null || goldenCase.exit().equals(exit));
        }

        /** A diff a rule maintainer can act on. */
        public String diff() {
            StringBuilder b = new StringBuilder();
            missing.forEach(e -> b.append("  - expected, not produced: ").append(e).append('\n'));
            unexpected.forEach(e -> b.append("  + produced, not expected: ").append(e).append('\n'));
            notSilent.forEach(r -> b.append("  ! near miss fired: ").append(r).append('\n'));
            if (goldenCase.exit() != null && !goldenCase.exit().equals(exit)) {
                b.append("  ! exit code ").append(exit).append(", expected ").append(goldenCase.exit()).append('\n');
            }
            if (!unexpected.isEmpty() || !missing.isEmpty()) {
                for (DossierResult d : report.dossiers()) {
                    for (Finding f : d.findings()) {
                        b.append("    ").append(f.position()).append(' ').append(f.ruleId()).append(": ")
                                .append(f.message(juece.text.Lang.ZH)).append('\n');
                    }
                }
            }
            return b.toString();
        }
    }

    public Verdict run(GoldenCase c) throws ProfileException, RuleFileException {
        Checker checker = new Checker(new Checker.Options(c.asOf(), c.gate(), c.failOn(),
                c.profile() == null ? null : Profiles.load(c.profile(), c.folder()), RuleBook.drlFiles(c.rules()), calendar, 1, false));
        RunReport report = checker.check(List.of(c.dossier()));
        List<GoldenCase.Expected> actual = new ArrayList<>();
        for (DossierResult d : report.dossiers()) {
            for (Finding f : d.findings()) {
                actual.add(new GoldenCase.Expected(f.ruleId(), f.severity(), f.position().line(), f.waived(), f.notJudged()));
            }
        }
        Collections.sort(actual);
        List<GoldenCase.Expected> expected = new ArrayList<>(c.findings());
        Collections.sort(expected);
        List<GoldenCase.Expected> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<GoldenCase.Expected> unexpected = new ArrayList<>(actual);
        expected.forEach(unexpected::remove);
        List<String> notSilent = new ArrayList<>(c.nearMiss().stream()
                .filter(r -> actual.stream().anyMatch(a -> a.rule().equals(r))).toList());
        for (GoldenCase.UnknownNearMiss u : c.unknownNearMiss()) {
            String problem = unknownNearMiss(c, u, report);
            if (problem != null) {
                notSilent.add(problem);
            }
        }
        return new Verdict(c, actual, missing, unexpected, notSilent, report.exitCode(), report);
    }

    /**
     * Why a rule the case says still concludes despite an unknown value does not: the value is not
     * written unknown, or a record/unknown there names the rule; null when it does conclude.
     */
    private static String unknownNearMiss(GoldenCase c, GoldenCase.UnknownNearMiss u, RunReport report) {
        ReadResult read = YamlReader.read(c.dossier(), c.dossier().toString());
        Node at = read.ok() ? read.document().root() : null;
        // a path as findings name it: keys, and list items by index (adjustments[0].urgent)
        for (String step : u.unknown().split("\\.|(?=\\[)")) {
            if (step.matches("\\[\\d+]")) {
                int i = Integer.parseInt(step.substring(1, step.length() - 1));
                at = at instanceof Node.Seq seq && i < seq.items().size() ? seq.items().get(i) : null;
            } else {
                at = at instanceof Node.Mapping m ? m.get(step) : null;
            }
        }
        if (!(at instanceof Node.Scalar s && s.isUnknown())) {
            return u.rule() + ": " + u.unknown() + " is not written unknown";
        }
        for (DossierResult d : report.dossiers()) {
            for (Finding f : d.findings()) {
                if (f.path().equals(u.unknown()) && f.notJudged().contains(u.rule())) {
                    return u.rule() + ": not judged because " + u.unknown() + " is unknown";
                }
            }
        }
        return null;
    }

    /** Rewrites the case's {@code findings:} with what the rules produce now, keeping the rest of the file. */
    public static void update(Verdict v) {
        Path file = v.goldenCase().expectation();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            boolean skipping = false;
            for (String line : lines) {
                if (line.startsWith("findings:")) {
                    skipping = true;
                    out.add(v.actual().isEmpty() ? "findings: []" : "findings:");
                    v.actual().forEach(e -> out.add("  - " + e));
                    continue;
                }
                if (skipping && (line.startsWith(" ") || line.startsWith("-") || line.isBlank())) {
                    if (line.isBlank()) {
                        out.add(line);
                        skipping = false;
                    }
                    continue;
                }
                skipping = false;
                out.add(line);
            }
            Files.write(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
