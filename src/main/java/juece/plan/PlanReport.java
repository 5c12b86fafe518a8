package juece.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import juece.facts.Step;
import juece.findings.RunReport;

/** A whole plan held at once: the run's settings, the targets, every dossier's plan, the counts. */
public record PlanReport(RunReport.Tool tool, Map<Step, LocalDate> targets, List<DossierPlan> dossiers, PlanSummary summary) {
    public PlanReport {
        targets = Map.copyOf(targets);
        dossiers = List.copyOf(dossiers);
    }

    /** What a report states before the dossiers: the run's settings and the targets, in step order. */
    public record Header(RunReport.Tool tool, Map<Step, LocalDate> targets) {
        public Header {
            targets = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(targets));
        }
    }

    public Header header() {
        return new Header(tool, targets);
    }

    public int exitCode() {
        return summary.exitCode();
    }
}
