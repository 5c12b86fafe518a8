package juece.plan;

import java.time.LocalDate;
import java.util.Locale;
import juece.facts.Step;
import juece.text.Message;

/**
 * One step the law may require of a dossier (SPEC §9): whether it is done, required, not required,
 * required only later, or unknown; why (the facts the judging rule reads); its basis; the rule that
 * judges whether it is there; and its date when it is recorded ({@code date} after as-of: planned).
 */
public record PlannedStep(Step step, Status status, Message reason, String basis, String rule, LocalDate date) {

    /**
     * The key of the status as a person reads it: a step recorded with a date after as-of (a hearing
     * set for next week, a comment period still running) is {@code scheduled}, not done yet; JSON keeps
     * SPEC §9's {@code done}.
     */
    public String shownStatus(LocalDate asOf) {
        return status == Status.DONE && date != null && asOf != null && date.isAfter(asOf) ? "scheduled" : status.id();
    }

    /**
     * done: recorded; required: the rule that judges its presence requires it (at the gate asked for,
     * or — without a gate — before publication, or now that its time has come); not_required: that rule
     * does not require it of this dossier; later: required only after a step still to come (or after
     * the gate); unknown: the record does not show it.
     */
    public enum Status {
        DONE, REQUIRED, NOT_REQUIRED, LATER, UNKNOWN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
