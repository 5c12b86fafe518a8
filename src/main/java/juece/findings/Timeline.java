package juece.findings;

import java.time.LocalDate;
import java.util.List;
import juece.facts.Step;
import juece.text.Message;

/**
 * A dossier's steps on a date line, for the HTML report's picture: each lane a step, a point or a
 * span with its marks (the 30-day mark of a comment period, a filing due date), a missing step
 * where the law required one, and the run's as-of date.
 */
public record Timeline(LocalDate asOf, List<Lane> lanes, List<Due> due) {
    public Timeline {
        lanes = List.copyOf(lanes);
        due = List.copyOf(due);
    }

    public Timeline(LocalDate asOf, List<Lane> lanes) {
        this(asOf, lanes, List.of());
    }

    /** The same picture with what is still due under it (the plan's open duties). */
    public Timeline withDue(List<Due> open) {
        return new Timeline(asOf, lanes, open);
    }

    /** A duty still open: the date the law sets ({@code latest}: by it, else not before it), and what it is. */
    public record Due(LocalDate date, boolean latest, Message text) {
    }

    /** How a step stands: done, done with a problem, required and missing, or written unknown. */
    public enum State { DONE, PROBLEM, MISSING, UNKNOWN }

    /** One step: {@code from}/{@code to} null when missing; equal for a single day. */
    public record Lane(Step step, Message label, State state, LocalDate from, LocalDate to, Message note, List<Mark> marks) {
        public Lane {
            marks = List.copyOf(marks);
        }
    }

    /** A date that matters to a step (a minimum period's end, a deadline; label null: a date only); {@code problem} when missed. */
    public record Mark(LocalDate date, Message label, boolean problem) {
    }
}
