package juece.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The number of working days in (from, to], or the years the calendar would need to say it.
 * When {@code missingYears} is not empty, {@code days} means nothing and no rule may use it.
 */
public record Workdays(int days, LocalDate from, LocalDate to, List<Integer> missingYears) {
    public Workdays {
        missingYears = List.copyOf(missingYears);
    }

    public boolean covered() {
        return missingYears.isEmpty();
    }
}
