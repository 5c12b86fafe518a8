package juece.findings;

import java.util.List;
import juece.catalog.Severity;

/** The counts of a run (SPEC §7): dossiers, invalid ones, unwaived findings by severity, waived findings. */
public record Summary(int dossiers, int invalid, int failed, int error, int warning, int info, int waived) {

    public static Summary of(List<DossierResult> results) {
        Counter c = new Counter();
        results.forEach(c::add);
        return c.summary();
    }

    /** SPEC §2 exit codes: 2 if anything could not be checked, else 1 if a finding fails, else 0. */
    public int exitCode() {
        if (invalid > 0) {
            return 2;
        }
        return failed > 0 ? 1 : 0;
    }

    /** Counts a run's dossiers as they come, without keeping them. */
    public static final class Counter {
        private int dossiers;
        private int invalid;
        private int failed;
        private final int[] bySeverity = new int[Severity.values().length];
        private int waived;

        public void add(DossierResult r) {
            dossiers++;
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

        /** A note about an input as a whole (a ledger's notice): its findings count, it is not a dossier. */
        public void addNotice(DossierResult r) {
            for (Finding f : r.findings()) {
                if (f.waived()) {
                    waived++;
                } else {
                    bySeverity[f.severity().ordinal()]++;
                }
            }
        }

        public Summary summary() {
            return new Summary(dossiers, invalid, failed, bySeverity[Severity.ERROR.ordinal()],
                    bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()], waived);
        }
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
