package juece.golden;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import juece.catalog.Severity;
import juece.facts.Gate;

/**
 * A golden case: a folder with {@code dossier.yaml} and {@code expected.yaml}. The expectation gives
 * the run's settings and the exact set of findings that must come out, and names the rules the case
 * shows silent on a near miss.
 */
public record GoldenCase(Path folder, String title, LocalDate asOf, Gate gate, String profile, List<Path> rules,
                         Severity failOn, Integer exit, List<Expected> findings, List<String> nearMiss,
                         List<UnknownNearMiss> unknownNearMiss) {
    public GoldenCase {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        nearMiss = List.copyOf(nearMiss);
        unknownNearMiss = List.copyOf(unknownNearMiss);
    }

    /** A rule that still concludes although the dossier writes {@code unknown} a value it reads, since the rest decides. */
    public record UnknownNearMiss(String rule, String unknown) {
    }

    public Path dossier() {
        return folder.resolve("dossier.yaml");
    }

    public Path expectation() {
        return folder.resolve("expected.yaml");
    }

    /** One finding that must come out; a {@code record/unknown} names the rules it kept from concluding. */
    public record Expected(String rule, Severity severity, int line, boolean waived, List<String> notJudged)
            implements Comparable<Expected> {
        public Expected {
            notJudged = notJudged.stream().sorted().toList();
        }

        @Override
        public int compareTo(Expected o) {
            int c = Integer.compare(line, o.line);
            if (c == 0) {
                c = rule.compareTo(o.rule);
            }
            if (c == 0) {
                c = severity.compareTo(o.severity);
            }
            if (c == 0) {
                c = Boolean.compare(waived, o.waived);
            }
            return c != 0 ? c : String.join(",", notJudged).compareTo(String.join(",", o.notJudged));
        }

        @Override
        public String toString() {
            return "{rule: " + rule + ", severity: " + severity.id() + ", line: " + line + (waived ? ", waived: true" : "")
                    + (notJudged.isEmpty() ? "" : ", not_judged: [" + String.join(", ", notJudged) + "]") + "}";
        }
    }
}
