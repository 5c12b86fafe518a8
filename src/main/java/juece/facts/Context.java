package juece.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The run's "today" for every deadline, and the gate asked for (null: none). */
public record Context(LocalDate asOf, Gate gate) {
    /**
     * Whether the duties of {@code stage} that fall due by a date are judged in this run: all of them
     * without a gate; with one, "nothing after STEP is required yet" (SPEC §5).
     */
    public boolean judgesDutiesOf(Stage stage) {
        return gate == null || Stage.of(gate).compareTo(stage) >= 0;
    }

    /** Days from {@code date} to as-of, the day itself not counted (民法典 Art. 201); null when the date is unknown. */
    public Long daysSince(LocalDate date) {
        return date == null ? null : ChronoUnit.DAYS.between(date, asOf);
    }
}
