package juece.calendar;

import java.time.LocalDate;
import java.util.List;
import juece.text.Labeled;
import juece.text.Lang;

/**
 * The working days in (from, to]. When the calendar lacks some of the dates ({@code missingYears}),
 * the count is only known to lie between {@code min} (the working days among the dates it knows)
 * and {@code max} (those plus every unknown date); a rule concludes only when those bounds decide.
 */
public record Workdays(int min, int max, LocalDate from, LocalDate to, List<Integer> missingYears) implements Labeled {
    /** A count between dates not both known: it decides nothing either way. */
    public static final Workdays UNDECIDED = new Workdays(0, Integer.MAX_VALUE, null, null, List.of());

    public Workdays {
        missingYears = List.copyOf(missingYears);
    }

    public boolean covered() {
        return missingYears.isEmpty();
    }

    /** The exact count; only meaningful when {@link #covered()}. */
    public int days() {
        return min;
    }

    /** Fewer than {@code n}? null when the missing years decide it. */
    public Boolean below(int n) {
        return max < n ? Boolean.TRUE : min >= n ? Boolean.FALSE : null;
    }

    /** More than {@code n}? null when the missing years decide it. */
    public Boolean above(int n) {
        return min > n ? Boolean.TRUE : max <= n ? Boolean.FALSE : null;
    }

    /** The count as a message says it: "12", or "at least 21" when only the lower bound is known. */
    @Override
    public String label(Lang lang) {
        return covered() ? String.valueOf(min) : (lang == Lang.ZH ? "至少" : "at least ") + min;
    }
}
