package juece.plan;

import juece.catalog.Severity;

/**
 * The counts of a plan: dossiers, those that could not be read, duties by status, and the dossiers
 * with a missed duty that fails the run as its finding fails check (not waived, at or above --fail-on).
 */
public record PlanSummary(int dossiers, int invalid, int failed, int met, int missed, int open, int unknown) {

    /** As check's (SPEC §2): 2 if a dossier could not be read, else 1 if a missed duty fails, else 0. */
    public int exitCode() {
        if (invalid > 0) {
            return 2;
        }
        return failed > 0 ? 1 : 0;
    }

    /** Counts plans as they come, without keeping them. */
    public static final class Counter {
        private final Severity failOn;
        private int dossiers;
        private int invalid;
        private int failed;
        private final int[] byStatus = new int[Duty.Status.values().length];

        public Counter(Severity failOn) {
            this.failOn = failOn;
        }

        public void add(DossierPlan p) {
            dossiers++;
            if (p.invalid()) {
                invalid++;
            } else if (p.fails(failOn)) {
                failed++;
            }
            for (Duty d : p.duties()) {
                byStatus[d.status().ordinal()]++;
            }
        }

        public PlanSummary summary() {
            return new PlanSummary(dossiers, invalid, failed, byStatus[Duty.Status.MET.ordinal()],
                    byStatus[Duty.Status.MISSED.ordinal()], byStatus[Duty.Status.OPEN.ordinal()],
                    byStatus[Duty.Status.UNKNOWN.ordinal()]);
        }
    }
}
