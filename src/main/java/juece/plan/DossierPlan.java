package juece.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import juece.catalog.Severity;
import juece.findings.DossierResult;

/**
 * The plan of one dossier: its result (file, id, kind, title; for a dossier that could not be read,
 * its problems as {@code dossier/invalid} findings), the steps the law requires of it, its dated
 * duties, and — when targets were given — the dates back-scheduled from them.
 */
public record DossierPlan(DossierResult result, List<PlannedStep> steps, List<Duty> duties, List<Scheduled> schedule) {
    public DossierPlan {
        steps = List.copyOf(steps);
        duties = List.copyOf(duties);
        schedule = List.copyOf(schedule);
    }

    static DossierPlan invalid(DossierResult result) {
        return new DossierPlan(result, List.of(), List.of(), List.of());
    }

    public boolean invalid() {
        return result.status() == DossierResult.Status.INVALID;
    }

    /** The open duty due first: what must happen next. */
    public Optional<Duty> next() {
        return duties.stream().filter(d -> d.status() == Duty.Status.OPEN && d.date() != null)
                .min(Comparator.comparing(Duty::date));
    }

    /** A missed duty counts toward the exit code as its finding would in check. */
    public boolean fails(Severity failOn) {
        return duties.stream().anyMatch(d -> d.fails(failOn));
    }

    public long count(Duty.Status status) {
        return duties.stream().filter(d -> d.status() == status).count();
    }
}
