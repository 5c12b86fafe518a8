package juece.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working days on the official calendar. A working day is Monday to Friday, except the days off of
 * the State Council's holiday notices, plus the weekend days they make working days (调休上班).
 * Periods follow 民法典 Art. 201 (the start day does not count) and Art. 203 (a deadline that ends
 * on a rest day moves to the next working day). A date the notices on file do not cover is never
 * guessed: the answer carries the missing years instead.
 */
public final class WorkCalendar {
    /** holiday-cn names each file for its year: 2026.json. */
    private static final Pattern YEAR_FILE = Pattern.compile("(?:^|[/\\\\ ])(\\d{4})\\.json$");
    private static final String BUNDLED = "/juece/calendar/holidays-cn/";
    /**
     * A notice for year Y+1 can re-arrange the last days of December of year Y (the 2019 notice,
     * 国办发明电〔2018〕15号, made 2018-12-29 a working day and 12-31 a day off). From this day on,
     * a date also needs the next year's notice; the margin before 12-29 is deliberate.
     */
    static final MonthDay NEXT_NOTICE_REACHES_BACK_TO = MonthDay.of(12, 25);
    /** Streaming JSON: the holiday files are small and a data-binding mapper costs a tenth of a second to start. */
    private static final JsonFactory JSON = new JsonFactory();
    /** The running-count tables cover at most the last this many years on file (memory stays small whatever a file says). */
    private static final int TABLE_YEARS = 100;

    private final Map<LocalDate, Boolean> offDays;
    private final SortedSet<Integer> years;
    /** Epoch day where the tables below start: 1 January of the earliest year on file, at most {@link #TABLE_YEARS} back. */
    private final long firstDay;
    /**
     * Running counts from {@link #firstDay} to the last day of the latest year on file, so that a
     * period inside those years is counted in constant time (every rule with a period asks, on every
     * dossier): {@code workdaysBefore[i]} working days and {@code unsettledBefore[i]} days the notices
     * do not settle, among the {@code i} days before {@code firstDay + i}.
     */
    private final int[] workdaysBefore;
    private final int[] unsettledBefore;

    private WorkCalendar(Map<LocalDate, Boolean> offDays, SortedSet<Integer> years) {
        this.offDays = offDays;
        this.years = years;
        // a stray "year": 99999 in a user's file must not cost the run its memory
        LocalDate first = years.isEmpty() ? LocalDate.EPOCH : LocalDate.of(Math.max(years.first(), years.last() - TABLE_YEARS + 1), 1, 1);
        int span = years.isEmpty() ? 0 : (int) days(first, LocalDate.of(years.last(), 12, 31)) + 1;
        this.firstDay = first.toEpochDay();
        this.workdaysBefore = new int[span + 1];
        this.unsettledBefore = new int[span + 1];
        LocalDate d = first;
        for (int i = 0; i < span; i++, d = d.plusDays(1)) {
            boolean settled = covers(d);
            workdaysBefore[i + 1] = workdaysBefore[i] + (settled && isWorkday(d) ? 1 : 0);
            unsettledBefore[i + 1] = unsettledBefore[i] + (settled ? 0 : 1);
        }
    }

    /** The bundled notices, then the user's folders in order; a later file for a year replaces an earlier one. */
    public static WorkCalendar load(List<Path> userFolders) {
        Map<Integer, Map<LocalDate, Boolean>> byYear = new TreeMap<>();
        for (String name : bundledFiles()) {
            try (InputStream in = WorkCalendar.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new CalendarException("bundled holiday file missing: " + name);
                }
                try (JsonParser p = JSON.createParser(in)) {
                    readNotice(p, "bundled " + name, byYear);
                }
            } catch (IOException e) {
                throw new CalendarException("bundled holiday file " + name + ": " + e.getMessage());
            }
        }
        for (Path folder : userFolders) {
            if (!Files.isDirectory(folder)) {
                throw new CalendarException(folder + ": not a folder of holiday files");
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path f : sorted) {
                    if (!Files.isRegularFile(f)) {
                        throw new CalendarException(f + ": not a regular file");
                    }
                    try (JsonParser p = JSON.createParser(f.toFile())) {
                        readNotice(p, f.toString(), byYear);
                    }
                }
            } catch (IOException e) {
                throw new CalendarException(folder + ": " + e.getMessage());
            }
        }
        Map<LocalDate, Boolean> offDays = new HashMap<>();
        byYear.values().forEach(offDays::putAll);
        return new WorkCalendar(offDays, new TreeSet<>(byYear.keySet()));
    }

    private static List<String> bundledFiles() {
        try (InputStream in = WorkCalendar.class.getResourceAsStream(BUNDLED + "index.txt")) {
            if (in == null) {
                throw new CalendarException("bundled holiday index missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new CalendarException("bundled holiday index: " + e.getMessage());
        }
    }

    /** Reads one holiday-cn file: {"year": 2024, "days": [{"date": …, "isOffDay": …}], …}; other keys are ignored. */
    private static void readNotice(JsonParser p, String name, Map<Integer, Map<LocalDate, Boolean>> byYear) throws IOException {
        Integer year = null;
        Map<LocalDate, Boolean> notice = null;
        String expected = name + ": expected {\"year\": YYYY, \"days\": [{\"date\", \"isOffDay\"}…]}";
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new CalendarException(expected);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("year") && value == JsonToken.VALUE_NUMBER_INT) {
                    year = p.getIntValue();
                } else if (field.equals("days") && value == JsonToken.START_ARRAY) {
                    notice = readDays(p, name);
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CalendarException(name + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (year == null || notice == null) {
            throw new CalendarException(expected);
        }
        Matcher named = YEAR_FILE.matcher(name);
        if (named.find() && Integer.parseInt(named.group(1)) != year) { // a copy left unedited would replace another year
            throw new CalendarException(name + ": the file is named for " + named.group(1) + " but holds \"year\": " + year);
        }
        byYear.put(year, notice);
    }

    private static Map<LocalDate, Boolean> readDays(JsonParser p, String name) throws IOException {
        Map<LocalDate, Boolean> notice = new HashMap<>();
        String each = name + ": each day needs \"date\" (YYYY-MM-DD) and \"isOffDay\" (true/false)";
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String date = null;
            Boolean off = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("date") && value == JsonToken.VALUE_STRING) {
                    date = p.getText();
                } else if (field.equals("isOffDay") && value.isBoolean()) {
                    off = p.getBooleanValue();
                } else {
                    p.skipChildren();
                }
            }
            if (date == null || off == null) {
                throw new CalendarException(each);
            }
            try {
                notice.put(LocalDate.parse(date), off);
            } catch (DateTimeParseException e) {
                throw new CalendarException(name + ": no such date " + date);
            }
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new CalendarException(each);
        }
        return notice;
    }

    public SortedSet<Integer> years() {
        return java.util.Collections.unmodifiableSortedSet(years);
    }

    /** Whether the notices on file settle if {@code d} is a working day. */
    public boolean covers(LocalDate d) {
        int y = d.getYear();
        return years.contains(y)
                && (MonthDay.from(d).isBefore(NEXT_NOTICE_REACHES_BACK_TO) || years.contains(y + 1));
    }

    private int missingYear(LocalDate d) {
        return years.contains(d.getYear()) ? d.getYear() + 1 : d.getYear();
    }

    /** Working or not; only meaningful where {@link #covers} holds. */
    public boolean isWorkday(LocalDate d) {
        Boolean off = offDays.get(d);
        if (off != null) {
            return !off;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /**
     * Working days in (from, to]: the start day does not count (民法典 Art. 201). A date written
     * unknown (null) leaves the count undecided either way, for the rule to say which value it lacks.
     */
    public Workdays workdays(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Workdays.UNDECIDED;
        }
        long start = from.toEpochDay() + 1 - firstDay; // the first day counted, as an index into the tables
        long end = to.toEpochDay() + 1 - firstDay;      // one past the last
        if (start >= 0 && start <= end && end < workdaysBefore.length
                && unsettledBefore[(int) end] == unsettledBefore[(int) start]) {
            int n = workdaysBefore[(int) end] - workdaysBefore[(int) start];
            return new Workdays(n, n, from, to, List.of());
        }
        // a period reaching beyond the notices on file: counted day by day, naming the missing years
        TreeSet<Integer> missing = new TreeSet<>();
        int known = 0;
        int unknown = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!covers(d)) {
                missing.add(missingYear(d));
                unknown++;
            } else if (isWorkday(d)) {
                known++;
            }
        }
        return new Workdays(known, known + unknown, from, to, new ArrayList<>(missing));
    }

    /** The {@code n}th working day after {@code start}, as a deadline (the day itself is never moved). */
    public Deadline nthWorkday(LocalDate start, int n) {
        CountedDay day = nthWorkdayAfter(start, n);
        if (day.covered()) {
            return new Deadline(day.date(), day.date(), null, List.of());
        }
        LocalDate first = walkForward(start, n); // the first day the notices do not settle: the due date is there or later
        return new Deadline(null, first, first, day.missingYears());
    }

    /**
     * "The Nth working day after D": the day on which (D, day] first holds {@code n} working days
     * (民法典 Art. 201: D itself does not count); D itself when {@code n} is 0. Found in the running
     * counts by a binary search; unknown, naming the year whose notice is missing, when a day before
     * the answer is not settled by the notices on file.
     */
    public CountedDay nthWorkdayAfter(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of working days: " + n);
        }
        if (n == 0) {
            return CountedDay.of(start);
        }
        long from = start.toEpochDay() + 1 - firstDay; // index of the first day counted
        if (from >= 0 && from < workdaysBefore.length) {
            // the first index i with n working days in [from, i): the day at i - 1 is the n-th
            int i = firstAtLeast(workdaysBefore, (int) from, workdaysBefore[(int) from] + n);
            if (i < workdaysBefore.length && unsettledBefore[i] == unsettledBefore[(int) from]) {
                return CountedDay.of(LocalDate.ofEpochDay(firstDay + i - 1));
            }
        }
        LocalDate d = walkForward(start, n); // outside the tables, or a day not settled on the way
        return covers(d) ? CountedDay.of(d) : CountedDay.needs(missingYear(d));
    }

    /** Day by day: the n-th working day after {@code start}, or the first day on the way the notices do not settle. */
    private LocalDate walkForward(LocalDate start, int n) {
        LocalDate d = start;
        for (int found = 0; found < n; ) {
            d = d.plusDays(1);
            if (!covers(d)) {
                return d;
            }
            if (isWorkday(d)) {
                found++;
            }
        }
        return d;
    }

    /**
     * "The latest day D such that (D, T] holds N working days": the last day from which a period of
     * {@code n} working days still ends by {@code end} — the last day to send a draft for a review of
     * 7 working days that must be done by the meeting on {@code end}. {@code end} itself when
     * {@code n} is 0. D may be a rest day (the day before the period's first working day). Found in
     * the running counts by a binary search; unknown, naming the missing year, when a day of
     * (D, end] is not settled by the notices on file.
     */
    public CountedDay latestStart(LocalDate end, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of working days: " + n);
        }
        if (n == 0) {
            return CountedDay.of(end);
        }
        long past = end.toEpochDay() + 1 - firstDay; // one past the last day counted
        if (past > 0 && past < workdaysBefore.length && workdaysBefore[(int) past] >= n) {
            // the last index j with n working days in [j, past): the period starts the day after day j - 1
            int j = firstAtLeast(workdaysBefore, 0, workdaysBefore[(int) past] - n + 1) - 1;
            if (unsettledBefore[(int) past] == unsettledBefore[j]) {
                return CountedDay.of(LocalDate.ofEpochDay(firstDay + j - 1));
            }
        }
        // outside the tables, or a day of the period not settled: counted back day by day
        LocalDate d = end;
        for (int found = 0; found < n; d = d.minusDays(1)) {
            if (!covers(d)) {
                return CountedDay.needs(missingYear(d));
            }
            if (isWorkday(d)) {
                found++;
            }
        }
        return CountedDay.of(d);
    }

    /** The first index {@code i >= from} with {@code counts[i] >= wanted} ({@code counts} never falls), or {@code counts.length}. */
    private static int firstAtLeast(int[] counts, int from, int wanted) {
        int lo = from;
        int hi = counts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (counts[mid] >= wanted) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The last day of a period of {@code days} calendar days to act after {@code start} (民法典 Art. 201),
     * moved to the next working day when it falls on a rest day (Art. 203).
     */
    public Deadline deadline(LocalDate start, int days) {
        if (start == null) {
            return Deadline.UNDECIDED; // a start written unknown: the rule says which value it lacks
        }
        LocalDate earliest = start.plusDays(days);
        for (LocalDate d = earliest; ; d = d.plusDays(1)) {
            if (!covers(d)) {
                return new Deadline(null, earliest, d, List.of(missingYear(d)));
            }
            if (isWorkday(d)) {
                return new Deadline(d, earliest, null, List.of());
            }
        }
    }

    /** Calendar days from {@code from} to {@code to}, the start day not counted (民法典 Art. 201). */
    public static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
