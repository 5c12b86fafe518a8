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

    /**
     * The run's settings, as reported (SPEC §7 {@code tool}). {@code profile} is what the run was given
     * ({@code --profile}), null when each dossier is checked under its own {@code profile:}, else
     * national; {@code failOn} null means none.
     */
    public record Tool(String name, String version, String profile, LocalDate asOf, Gate gate, Severity failOn) {
        /**
         * The profile a report names for the whole run (SPEC §7 {@code tool.profile}): the
         * {@code --profile} given; without one, "national" when every dossier checked was checked under
         * it (or none was checked), else null: the dossiers were checked under profiles of their own,
         * which each dossier's {@code profile} names.
         */
        public String runProfile(java.util.Collection<String> dossierProfiles) {
            if (profile != null) {
                return profile;
            }
            return dossierProfiles.stream().allMatch(juece.profile.Profiles.NATIONAL::equals) ? juece.profile.Profiles.NATIONAL : null;
        }
    }

    public int exitCode() {
        return summary.exitCode();
    }
}
