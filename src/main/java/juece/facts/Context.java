package juece.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The run's "today" for every deadline, and the gate asked for (null: none). */
public record Context(LocalDate asOf, Gate gate) {

    /** Days from {@code date} to as-of, the day itself not counted (民法典 Art. 201). */
    public long daysSince(LocalDate date) {
        return ChronoUnit.DAYS.between(date, asOf);
    }
}
