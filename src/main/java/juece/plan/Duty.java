package juece.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import juece.catalog.Severity;
import juece.facts.Step;
import juece.facts.Waiver;
import juece.text.Message;

/**
 * One dated duty of a dossier (SPEC §9): its id, the step, whether the law's date is the earliest or
 * the latest allowed, the date (null when the calendar cannot give it: {@code missingYears} names
 * what it needs), how the dossier stands against it as of as-of, the date of the act the dossier records
 * ({@code actual}: the comment's closing day, the delivery, the opinion, the publication…; null while the
 * act is still to come), the rule that judges it, the legal
 * basis, and a message. {@code excused}: the stated reason that makes a shorter period lawful (a
 * comment's shortened_reason, a review's urgent_reason), when the period was shorter; {@code waiver}:
 * the waiver that set the judging rule's finding aside; {@code severity}: that finding's, when missed.
 */
public record Duty(String id, Step step, Bound bound, LocalDate date, List<Integer> missingYears, Status status,
                   LocalDate actual, String rule, String basis, Message message, String excused, Waiver waiver, Severity severity) {
    public Duty {
        missingYears = List.copyOf(missingYears);
    }

    /** The law's date is the earliest (a minimum period) or the latest (a deadline) allowed. */
    public enum Bound {
        EARLIEST, LATEST;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * met: done within the bound (silent judging rule, or its excused branch); missed: the judging rule
     * fired; open: not done, still possible; unknown: the judging rule could not conclude (calendar).
     */
    public enum Status {
        MET, MISSED, OPEN, UNKNOWN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Counts toward the exit code: missed, not waived, at or above {@code failOn}. */
    public boolean fails(Severity failOn) {
        return status == Status.MISSED && waiver == null && failOn != null && severity != null && severity.atLeast(failOn);
    }
}
