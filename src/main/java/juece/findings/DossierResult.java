package juece.findings;

import java.util.List;
import juece.facts.Kind;

/** The outcome for one file: the dossier it holds (when it could be read) and its findings in file order. */
public record DossierResult(String file, String id, Kind kind, String title, String profile, Status status,
                            List<Finding> findings) {
    public DossierResult {
        findings = List.copyOf(findings);
    }

    /** pass: nothing at or above --fail-on; fail: something; invalid: the file could not be checked. */
    public enum Status {
        PASS, FAIL, INVALID;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
