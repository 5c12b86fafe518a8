package juece.findings;

import java.time.LocalDate;
import java.util.List;
import juece.catalog.Catalog;
import juece.catalog.Severity;
import juece.facts.Gate;

/** A whole run held at once (tests, golden cases): its settings, every dossier's result, the counts, the rules. */
public record RunReport(Tool tool, List<DossierResult> dossiers, Summary summary, Catalog catalog) {
    public RunReport {
        dossiers = List.copyOf(dossiers);
    }

    /** The run's settings, as reported (SPEC §7 {@code tool}). {@code failOn} null means none. */
    public record Tool(String name, String version, String profile, LocalDate asOf, Gate gate, Severity failOn) {
    }

    public int exitCode() {
        return summary.exitCode();
    }
}
