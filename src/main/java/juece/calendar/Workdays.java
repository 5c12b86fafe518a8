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

    /**
     * The count as a message says it, with its unit: "6个工作日" / "6 working days". When the calendar
     * lacks some years, both bounds and the missing years: "至少0个、至多6个工作日（2016年不在日历范围内）"
     * / "at least 0 and at most 6 working days (2016 is not in the calendar)" — never "至少0个工作日",
     * which says nothing. Rule messages write {@code {days}} alone, without a unit.
     */
    @Override
    public String label(Lang lang) {
        if (covered()) {
            return lang == Lang.ZH ? min + "个工作日" : min + (min == 1 ? " working day" : " working days");
        }
        String years = missingYears.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(lang == Lang.ZH ? "、" : ", "));
        return lang == Lang.ZH
                ? "至少" + min + "个、至多" + max + "个工作日（" + years + "年不在日历范围内）"
                : "at least " + min + " and at most " + max + " working days (" + years
                        + (missingYears.size() == 1 ? " is" : " are") + " not in the calendar)";
    }
}
