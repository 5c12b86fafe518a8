package juece.findings;

import java.time.LocalDate;
import java.util.List;
import juece.catalog.Catalog;
import juece.catalog.Severity;
import juece.facts.Gate;

/** Everything the reporters need: the run's settings, every dossier's result, the counts. */
public record RunReport(Tool tool, List<DossierResult> dossiers, Summary summary, Catalog catalog) {
    public RunReport {
        dossiers = List.copyOf(dossiers);
    }

    /** The run's settings, as reported (SPEC §7 {@code tool}). {@code failOn} null means none. */
    public record Tool(String name, String version, String profile, LocalDate asOf, Gate gate, Severity failOn) {
    }

    /** SPEC §2 exit codes: 2 if anything could not be checked, else 1 if a finding fails, else 0. */
    public int exitCode() {
        if (summary.invalid() > 0) {
            return 2;
        }
        return summary.failed() > 0 ? 1 : 0;
    }
}
