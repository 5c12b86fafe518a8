package juece.findings;

import java.util.List;
import juece.catalog.Severity;

/** The counts of a run (SPEC §7): dossiers, invalid ones, unwaived findings by severity, waived findings. */
public record Summary(int dossiers, int invalid, int failed, int error, int warning, int info, int waived) {

    public static Summary of(List<DossierResult> results) {
        int invalid = 0;
        int failed = 0;
        int[] bySeverity = new int[Severity.values().length];
        int waived = 0;
        for (DossierResult r : results) {
            if (r.status() == DossierResult.Status.INVALID) {
                invalid++;
            } else if (r.status() == DossierResult.Status.FAIL) {
                failed++;
            }
            for (Finding f : r.findings()) {
                if (f.waived()) {
                    waived++;
                } else {
                    bySeverity[f.severity().ordinal()]++;
                }
            }
        }
        return new Summary(results.size(), invalid, failed, bySeverity[Severity.ERROR.ordinal()],
                bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()], waived);
    }

    public int passed() {
        return dossiers - invalid - failed;
    }

    public int count(Severity s) {
        return switch (s) {
            case ERROR -> error;
            case WARNING -> warning;
            case INFO -> info;
        };
    }
}
