package juece.calendar;

import java.time.LocalDate;
import java.util.List;
import juece.text.Labeled;
import juece.text.Lang;

/**
 * The last day to act: {@code earliest} is day N of the period, {@code due} that day moved past rest
 * days (民法典 Art. 203), null when the calendar lacks a date on the way; then every date before
 * {@code unknownFrom} is known to be a rest day, so the due date is {@code unknownFrom} or later.
 */
public record Deadline(LocalDate due, LocalDate earliest, LocalDate unknownFrom, List<Integer> missingYears)
        implements Labeled {
    /** The deadline of a period whose start is not known: it decides nothing either way. */
    public static final Deadline UNDECIDED = new Deadline(null, null, null, List.of());

    public Deadline {
        missingYears = List.copyOf(missingYears);
    }

    public boolean covered() {
        return missingYears.isEmpty();
    }

    /** Did the period end before {@code date}? null when the missing years decide it. */
    public Boolean endsBefore(LocalDate date) {
        if (date == null || this == UNDECIDED) {
            return null;
        }
        if (due != null) {
            return due.isBefore(date);
        }
        return date.isAfter(unknownFrom) ? null : Boolean.FALSE;
    }

    /** The due date as a message says it: the date, or "2027-01-09 or later" when the calendar lacks it. */
    @Override
    public String label(Lang lang) {
        if (due != null) {
            return due.toString();
        }
        return lang == Lang.ZH ? "不早于" + unknownFrom + "（顺延需" + missingYears + "年放假安排）"
                : unknownFrom + " or later (moving it needs the holidays of " + missingYears + ")";
    }
}
