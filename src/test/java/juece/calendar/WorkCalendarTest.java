package juece.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working-day arithmetic on the official calendar (SPEC §5; legal-reference §6 worked examples). */
class WorkCalendarTest {
    private static final WorkCalendar CAL = WorkCalendar.load(List.of());

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void springFestival2024ExcludesHolidaysAndCountsTheAdjustedSunday() {
        // submitted Wed 02-07, completed Mon 02-19: 02-08, 02-09 (除夕 is a working day in 2024), 02-18 (Sunday 调休), 02-19
        Workdays n = CAL.workdays(d("2024-02-07"), d("2024-02-19"));
        assertTrue(n.covered());
        assertEquals(4, n.days());
    }

    @Test
    void qingming2024() {
        // 04-02, 04-03, 04-07 (Sunday 调休), 04-08, 04-09, 04-10; 04-04 to 04-06 off
        assertEquals(6, CAL.workdays(d("2024-04-01"), d("2024-04-10")).days());
    }

    @Test
    void nationalDay2024SeventhWorkingDayIsTheAdjustedSaturday() {
        assertEquals(7, CAL.workdays(d("2024-09-27"), d("2024-10-12")).days());
        assertEquals(d("2024-10-12"), CAL.nthWorkday(d("2024-09-27"), 7).due());
        assertEquals(6, CAL.workdays(d("2024-09-27"), d("2024-10-11")).days());
    }

    @Test
    void springFestival2025ReviewBounds() {
        // legal-reference §6: submitted Fri 2025-01-24, 5th working day 02-07, 15th 02-20 (01-26 Sunday counts)
        assertEquals(d("2025-02-07"), CAL.nthWorkday(d("2025-01-24"), 5).due());
        assertEquals(d("2025-02-20"), CAL.nthWorkday(d("2025-01-24"), 15).due());
    }

    @Test
    void theNthWorkingDayAfterCrossesNationalDayAndItsAdjustedDays() {
        // 2024: 09-29 (Sunday) and 10-12 (Saturday) are 调休 working days; 10-01 to 10-07 off
        assertEquals(d("2024-09-29"), CAL.nthWorkdayAfter(d("2024-09-27"), 1).date());
        assertEquals(d("2024-09-30"), CAL.nthWorkdayAfter(d("2024-09-27"), 2).date());
        assertEquals(d("2024-10-08"), CAL.nthWorkdayAfter(d("2024-09-27"), 3).date());
        assertEquals(d("2024-10-12"), CAL.nthWorkdayAfter(d("2024-09-27"), 7).date());
        assertEquals(d("2024-10-08"), CAL.nthWorkdayAfter(d("2024-10-01"), 1).date()); // from inside the holiday
        assertEquals(d("2024-09-27"), CAL.nthWorkdayAfter(d("2024-09-27"), 0).date());
    }

    @Test
    void theNthWorkingDayAfterCrossesSpringFestival2025() {
        // 01-26 (Sunday) and 02-08 (Saturday) are working days; 01-28 to 02-04 off
        assertEquals(d("2025-01-26"), CAL.nthWorkdayAfter(d("2025-01-24"), 1).date());
        assertEquals(d("2025-01-27"), CAL.nthWorkdayAfter(d("2025-01-24"), 2).date());
        assertEquals(d("2025-02-05"), CAL.nthWorkdayAfter(d("2025-01-24"), 3).date());
        assertEquals(d("2025-02-07"), CAL.nthWorkdayAfter(d("2025-01-24"), 5).date());
        assertEquals(d("2025-02-08"), CAL.nthWorkdayAfter(d("2025-01-24"), 6).date());
        assertEquals(d("2025-02-20"), CAL.nthWorkdayAfter(d("2025-01-24"), 15).date());
    }

    @Test
    void theLatestStartCountsBackAcrossHolidaysAndAdjustedDays() {
        // a review of 7 working days done by Sat 2024-10-12 (调休): sent at the latest on 09-28, a Saturday off,
        // since (09-28, 10-12] holds 09-29, 09-30, 10-08 … 10-12
        assertEquals(d("2024-09-28"), CAL.latestStart(d("2024-10-12"), 7).date());
        assertEquals(7, CAL.workdays(d("2024-09-28"), d("2024-10-12")).days());
        assertEquals(6, CAL.workdays(d("2024-09-29"), d("2024-10-12")).days());
        // 5 working days done by 2025-02-07: 02-07, 02-06, 02-05, 01-27, 01-26 (Sunday 调休) → from 01-25
        assertEquals(d("2025-01-25"), CAL.latestStart(d("2025-02-07"), 5).date());
        // ending in a holiday: by 2025-02-03 (off), 3 working days are 01-27, 01-26, 01-24 → from 01-23
        assertEquals(d("2025-01-23"), CAL.latestStart(d("2025-02-03"), 3).date());
        assertEquals(d("2025-02-03"), CAL.latestStart(d("2025-02-03"), 0).date());
    }

    @Test
    void countingForwardAndBackAgreeWithCountingDayByDay() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 4000; i++) {
            LocalDate start = d("2018-01-01").plusDays(random.nextInt(365 * 9 - 60));
            int n = random.nextInt(31);
            CountedDay after = CAL.nthWorkdayAfter(start, n);
            // day by day: the first day on which (start, day] holds n working days, or the first unsettled day
            LocalDate day = start;
            Integer missing = null;
            for (int found = 0; found < n && missing == null; ) {
                day = day.plusDays(1);
                if (!CAL.covers(day)) {
                    missing = CAL.years().contains(day.getYear()) ? day.getYear() + 1 : day.getYear();
                } else if (CAL.isWorkday(day)) {
                    found++;
                }
            }
            if (missing != null) {
                assertEquals(List.of(missing), after.missingYears(), start + " + " + n);
                continue;
            }
            assertEquals(day, after.date(), start + " + " + n);
            assertEquals(n, CAL.workdays(start, day).days());
            // back from there: the latest start is on or after start, and a day later the period is one short
            LocalDate back = CAL.latestStart(day, n).date();
            assertFalse(back.isBefore(start), day + " - " + n);
            assertEquals(n, CAL.workdays(back, day).days(), day + " - " + n);
            if (n > 0) {
                assertEquals(n - 1, CAL.workdays(back.plusDays(1), day).days(), day + " - " + n);
            }
        }
    }

    @Test
    void aDayTheCalendarCannotGiveIsUnknownWithTheMissingYear() {
        CountedDay late = CAL.nthWorkdayAfter(d("2026-12-20"), 5); // 12-21 … 12-24 known, 12-25 on needs 2027's notice
        assertFalse(late.covered());
        assertEquals(null, late.date());
        assertEquals(List.of(2027), late.missingYears());
        assertEquals(d("2026-12-24"), CAL.nthWorkdayAfter(d("2026-12-20"), 4).date());
        assertEquals(List.of(2027), CAL.latestStart(d("2027-01-10"), 3).missingYears());
        assertEquals(List.of(2017), CAL.latestStart(d("2018-01-03"), 5).missingYears());
        assertEquals(List.of(2017), CAL.nthWorkdayAfter(d("2017-12-20"), 1).missingYears());
        assertTrue(CAL.latestStart(d("2026-12-24"), 7).covered());
        assertEquals(List.of(2027), CAL.latestStart(d("2026-12-28"), 1).missingYears());
    }

    @Test
    void theStartDayNeverCounts() {
        assertEquals(0, CAL.workdays(d("2024-03-04"), d("2024-03-04")).days());
        assertEquals(1, CAL.workdays(d("2024-03-04"), d("2024-03-05")).days());
        assertEquals(0, CAL.workdays(d("2024-03-08"), d("2024-03-10")).days()); // Fri → Sun
        assertEquals(30, WorkCalendar.days(d("2024-03-01"), d("2024-03-31")));
    }

    @Test
    void deadlineEndingInAHolidayMovesToTheNextWorkingDay() {
        // 民法典第二百零三条: 30 days after 2025-09-01 is 10-01, inside the 10-01…10-08 holiday → 10-09
        assertEquals(d("2025-10-09"), CAL.deadline(d("2025-09-01"), 30).due());
        // ending on a Saturday that is a 调休 working day does not move: 2024-10-12
        assertEquals(d("2024-10-12"), CAL.deadline(d("2024-09-12"), 30).due());
        // ending on an ordinary Sunday moves to Monday
        assertEquals(d("2024-03-11"), CAL.deadline(d("2024-02-09"), 30).due());
    }

    @Test
    void theCalendarNeverGuessesAYearItLacks() {
        Workdays n = CAL.workdays(d("2026-12-10"), d("2027-01-08"));
        assertFalse(n.covered());
        assertEquals(List.of(2027), n.missingYears());
        assertFalse(CAL.deadline(d("2026-12-20"), 30).covered());
        assertEquals(List.of(2027), CAL.nthWorkday(d("2026-12-20"), 20).missingYears());
        // the last days of December need the next year's notice (it may re-arrange them)
        assertTrue(CAL.covers(d("2026-12-24")));
        assertFalse(CAL.covers(d("2026-12-25")));
        assertTrue(CAL.covers(d("2018-12-29")));
        assertEquals(List.of(2017), CAL.workdays(d("2017-12-01"), d("2017-12-05")).missingYears());
    }

    /** A count the calendar cannot finish says both bounds and the missing years, never "至少0个工作日". */
    @Test
    void aPartlyUnknownCountSaysBothBoundsAndTheMissingYears() {
        Workdays known = CAL.workdays(d("2024-02-07"), d("2024-02-19"));
        assertEquals("4个工作日", known.label(juece.text.Lang.ZH));
        assertEquals("4 working days", known.label(juece.text.Lang.EN));
        assertEquals("1 working day", CAL.workdays(d("2024-02-07"), d("2024-02-08")).label(juece.text.Lang.EN));
        // 2016 is not in the calendar: every weekday of (12-26, 12-30] may or may not be a working day
        Workdays n = CAL.workdays(d("2016-12-26"), d("2016-12-30"));
        assertEquals(Boolean.TRUE, n.below(7), "at most 4 is below 7 whatever the 2016 notice said");
        assertEquals("至少0个、至多4个工作日（2016年不在日历范围内）", n.label(juece.text.Lang.ZH));
        assertEquals("at least 0 and at most 4 working days (2016 is not in the calendar)", n.label(juece.text.Lang.EN));
        // an unknown weekend may be an adjusted working day, so it counts towards the upper bound
        Workdays two = CAL.workdays(d("2016-12-26"), d("2017-01-03"));
        assertEquals("至少0个、至多8个工作日（2016、2017年不在日历范围内）", two.label(juece.text.Lang.ZH));
        assertEquals("at least 0 and at most 8 working days (2016, 2017 are not in the calendar)", two.label(juece.text.Lang.EN));
    }

    @Test
    void aCountDecidedByTheKnownDatesConcludesDespiteAMissingYear() {
        // decided 2026-11-02; as of 2027-01-20 the known part (to 12-24) already holds far more than 20 working days
        Workdays n = CAL.workdays(d("2026-11-02"), d("2027-01-20"));
        assertFalse(n.covered());
        assertEquals(Boolean.TRUE, n.above(20));
        assertEquals(Boolean.FALSE, n.below(7));
        // a review from 12-21 to 2027-01-05: 3 known working days (12-22…12-24), the rest unknown
        Workdays r = CAL.workdays(d("2026-12-21"), d("2027-01-05"));
        assertEquals(3, r.min());
        assertEquals(null, r.below(7));
        assertEquals(null, r.above(14));
        assertEquals(Boolean.FALSE, r.above(3 + 12));
    }

    @Test
    void aDeadlineIsNeverMovedEarlier() {
        // published 2026-12-10: day 30 is 2027-01-09; the calendar lacks 2027, but a filing by day 30 is on time
        Deadline due = CAL.deadline(d("2026-12-10"), 30);
        assertFalse(due.covered());
        assertEquals(d("2027-01-09"), due.earliest());
        assertEquals(Boolean.FALSE, due.endsBefore(d("2026-12-15")));
        assertEquals(Boolean.FALSE, due.endsBefore(d("2027-01-09")));
        assertEquals(null, due.endsBefore(d("2027-01-10")));
        Deadline known = CAL.deadline(d("2025-09-01"), 30);
        assertEquals(Boolean.FALSE, known.endsBefore(d("2025-10-09")));
        assertEquals(Boolean.TRUE, known.endsBefore(d("2025-10-10")));
    }

    @Test
    void aUserFolderAddsAYearWithoutRebuilding(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2027.json"), """
                {"year": 2027, "papers": [], "days": [
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                  {"name": "春节", "date": "2027-02-07", "isOffDay": false}]}
                """, StandardCharsets.UTF_8);
        WorkCalendar cal = WorkCalendar.load(List.of(dir));
        assertTrue(cal.years().contains(2027));
        assertFalse(cal.covers(d("2027-12-31")));
        assertFalse(cal.isWorkday(d("2027-01-01")));
        assertTrue(cal.isWorkday(d("2027-02-07"))); // a Sunday made a working day
        Workdays n = cal.workdays(d("2026-12-20"), d("2027-01-08"));
        assertTrue(n.covered());
    }

    /** The running-count tables agree with counting day by day, across every notice on file and beyond, and across a gap. */
    @Test
    void periodsCountTheSameAsDayByDay(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2029.json"), "{\"year\": 2029, \"days\": [{\"date\": \"2029-01-01\", \"isOffDay\": true}]}",
                StandardCharsets.UTF_8);
        WorkCalendar gap = WorkCalendar.load(List.of(dir)); // 2018–2026, then 2029: 2027 and 2028 unknown
        java.util.Random random = new java.util.Random(7);
        for (WorkCalendar cal : List.of(CAL, gap)) {
            for (int i = 0; i < 3000; i++) {
                LocalDate from = d("2017-11-01").plusDays(random.nextInt(365 * 13));
                LocalDate to = from.plusDays(random.nextInt(90) - 5);
                int known = 0;
                int unknown = 0;
                TreeSet<Integer> missing = new TreeSet<>();
                for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                    if (!cal.covers(day)) {
                        unknown++;
                        missing.add(cal.years().contains(day.getYear()) ? day.getYear() + 1 : day.getYear());
                    } else if (cal.isWorkday(day)) {
                        known++;
                    }
                }
                assertEquals(new Workdays(known, known + unknown, from, to, List.copyOf(missing)), cal.workdays(from, to),
                        from + " → " + to);
            }
        }
    }

    @Test
    void aFarYearInAUserFileCostsNoMemory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("typo.json"), "{\"year\": 99999, \"days\": []}", StandardCharsets.UTF_8);
        WorkCalendar cal = WorkCalendar.load(List.of(dir));
        assertEquals(CAL.workdays(d("2024-02-07"), d("2024-02-19")), cal.workdays(d("2024-02-07"), d("2024-02-19")));
        assertEquals(5, cal.workdays(LocalDate.of(99999, 3, 5), LocalDate.of(99999, 3, 12)).days()); // any seven days hold five weekdays
    }

    @Test
    void aUserFileReplacesTheBundledYear(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2024.json"), "{\"year\": 2024, \"days\": []}", StandardCharsets.UTF_8);
        WorkCalendar cal = WorkCalendar.load(List.of(dir));
        assertTrue(cal.isWorkday(d("2024-02-12")));
        assertFalse(CAL.isWorkday(d("2024-02-12")));
    }

    @Test
    void aBrokenUserFileStopsTheRun(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2027.json"), "{\"year\": 2027, \"days\": [{\"date\": \"2027-02-30\", \"isOffDay\": true}]}");
        CalendarException e = assertThrows(CalendarException.class, () -> WorkCalendar.load(List.of(dir)));
        assertTrue(e.getMessage().contains("2027-02-30"), e.getMessage());
        assertThrows(CalendarException.class, () -> WorkCalendar.load(List.of(dir.resolve("absent"))));
    }

    @Test
    void theIndexListsEveryBundledFile() throws IOException {
        Path folder = Path.of("src/main/resources/juece/calendar/holidays-cn");
        TreeSet<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        TreeSet<String> index = new TreeSet<>(Files.readAllLines(folder.resolve("index.txt")));
        index.remove("");
        assertEquals(files, index);
        assertEquals(new TreeSet<>(List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)), CAL.years());
    }
}
