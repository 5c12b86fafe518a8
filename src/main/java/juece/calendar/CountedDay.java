package juece.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import juece.text.Labeled;
import juece.text.Lang;

/**
 * A day reckoned in working days from another ({@link WorkCalendar#nthWorkdayAfter},
 * {@link WorkCalendar#latestStart}): the day, or, when the notices on file do not settle every day the
 * count crosses, no day and the years whose notices it needs. Never a guess.
 */
public record CountedDay(LocalDate date, List<Integer> missingYears) implements Labeled {
    public CountedDay {
        missingYears = List.copyOf(missingYears);
        if ((date == null) == missingYears.isEmpty()) {
            throw new IllegalArgumentException("a counted day is either a date or the years it needs");
        }
    }

    static CountedDay of(LocalDate date) {
        return new CountedDay(date, List.of());
    }

    static CountedDay needs(int year) {
        return new CountedDay(null, List.of(year));
    }

    /** The day, when the calendar gives it. */
    public Optional<LocalDate> known() {
        return Optional.ofNullable(date);
    }

    public boolean covered() {
        return date != null;
    }

    /** The day as a message says it: the date, or that the notice of a year is missing. */
    @Override
    public String label(Lang lang) {
        if (date != null) {
            return date.toString();
        }
        return lang == Lang.ZH ? "无法计算（需" + missingYears + "年放假安排）"
                : "not known (needs the holidays of " + missingYears + ")";
    }
}
