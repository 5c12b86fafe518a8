package juece.calendar;

import java.time.LocalDate;
import java.util.List;

/** The last day to act, or the years the calendar would need to say it ({@code due} is then null). */
public record Deadline(LocalDate due, List<Integer> missingYears) {
    public Deadline {
        missingYears = List.copyOf(missingYears);
    }

    public boolean covered() {
        return missingYears.isEmpty();
    }
}
