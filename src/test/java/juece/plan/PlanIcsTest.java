package juece.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import juece.calendar.WorkCalendar;
import juece.catalog.Severity;
import juece.pipeline.Checker;
import juece.report.PlanIcsReporter;
import juece.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The iCalendar file juece writes by hand, read back by an independent parser (biweekly): every open
 * duty is one all-day event with a stable UID, the article in its description, a Chinese summary; and
 * importing a later plan into the same calendar replaces its events instead of adding copies.
 */
class PlanIcsTest {
    private static final List<Path> DOSSIERS = List.of(Path.of("cases/nd-filing-pending-on-last-day-after-national-day/dossier.yaml"),
            Path.of("cases/md-publication-pending-20-workdays/dossier.yaml"));

    static byte[] ics(List<Path> paths, LocalDate asOf) throws Exception {
        Planner planner = new Planner(new Planner.Options(asOf, null, Severity.ERROR, null, List.of(), WorkCalendar.load(List.of()),
                1, Map.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanIcsReporter().write(planner.plan(Checker.files(paths)), Lang.ZH, out);
        return out.toByteArray();
    }

    private static long openWithDate(List<Path> paths, LocalDate asOf) throws Exception {
        Planner planner = new Planner(new Planner.Options(asOf, null, Severity.ERROR, null, List.of(), WorkCalendar.load(List.of()),
                1, Map.of()));
        return planner.plan(Checker.files(paths)).dossiers().stream().flatMap(d -> d.duties().stream())
                .filter(d -> d.status() == Duty.Status.OPEN && d.date() != null).count();
    }

    @Test
    void everyOpenDutyIsAnAllDayEventThatAParserReads() throws Exception {
        LocalDate asOf = LocalDate.of(2024, 6, 24);
        byte[] bytes = ics(DOSSIERS, asOf);
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
            assertFalse(line.contains("\n"), "every line ends in CRLF");
        }
        List<ICalendar> calendars = Biweekly.parse(text).all();
        assertEquals(1, calendars.size());
        List<VEvent> events = calendars.get(0).getEvents();
        assertEquals(openWithDate(DOSSIERS, asOf), events.size());
        assertTrue(events.size() >= 2, "the pending filing and the pending publication at least");
        for (VEvent e : events) {
            assertTrue(e.getUid().getValue().matches("[a-z-]+\\.[0-9a-f]{16}@juece"), e.getUid().getValue());
            assertFalse(e.getDateStart().getValue().hasTime(), "all-day");
            Calendar start = Calendar.getInstance(TimeZone.getDefault());
            start.setTime(e.getDateStart().getValue());
            Calendar end = Calendar.getInstance(TimeZone.getDefault());
            end.setTime(e.getDateEnd().getValue());
            start.add(Calendar.DAY_OF_MONTH, 1);
            assertEquals(start.getTime(), end.getTime(), "DTEND is the next day");
            assertTrue(e.getSummary().getValue().startsWith("【"), e.getSummary().getValue());
            assertTrue(e.getDescription().getValue().contains("依据："), e.getDescription().getValue());
            assertNotNull(e.getDateTimeStamp());
            assertEquals(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), e.getDateTimeStamp().getValue().toInstant());
        }
        assertTrue(events.stream().anyMatch(e -> e.getUid().getValue().startsWith("filing-file.")
                && e.getDescription().getValue().contains("地方组织法 第七十五条")));
        assertTrue(events.stream().anyMatch(e -> e.getUid().getValue().startsWith("publication-publish.")
                && e.getSummary().getValue().contains("公布")));
    }

    /** A title written unknown: each event is named by the dossier's id, never "null". */
    @Test
    void aDossierWhoseTitleIsUnknownIsNamedByItsId(@TempDir Path dir) throws Exception {
        Path d = dir.resolve("d.yaml");
        Files.writeString(d, Files.readString(DOSSIERS.get(1), StandardCharsets.UTF_8)
                .replace("title: 某市城市内涝治理系统化实施方案（2024—2026年）", "title: 未知"), StandardCharsets.UTF_8);
        List<VEvent> events = Biweekly.parse(new String(ics(List.of(d), LocalDate.of(2024, 6, 24)), StandardCharsets.UTF_8))
                .first().getEvents();
        assertFalse(events.isEmpty());
        for (VEvent e : events) {
            assertTrue(e.getSummary().getValue().endsWith("SNL-2024-020"), e.getSummary().getValue());
        }
    }

    @Test
    void importingALaterPlanReplacesEventsInsteadOfAddingCopies() throws Exception {
        Map<String, VEvent> calendar = new LinkedHashMap<>(); // one calendar, as a client keeps it: an event per UID
        int first = 0;
        for (LocalDate asOf : List.of(LocalDate.of(2024, 6, 20), LocalDate.of(2024, 6, 21))) {
            List<VEvent> events = Biweekly.parse(new String(ics(DOSSIERS, asOf), StandardCharsets.UTF_8)).first().getEvents();
            first = first == 0 ? events.size() : first;
            for (VEvent e : events) {
                VEvent had = calendar.get(e.getUid().getValue());
                if (had == null || !e.getDateTimeStamp().getValue().before(had.getDateTimeStamp().getValue())) {
                    calendar.put(e.getUid().getValue(), e); // RFC 5545: the same UID with a later DTSTAMP replaces
                }
            }
        }
        assertEquals(first, calendar.size(), "no event twice");
        for (VEvent e : calendar.values()) {
            assertEquals(LocalDate.of(2024, 6, 21).atStartOfDay().toInstant(ZoneOffset.UTC), e.getDateTimeStamp().getValue().toInstant());
        }
        assertEquals(new String(ics(DOSSIERS, LocalDate.of(2024, 6, 21)), StandardCharsets.UTF_8),
                new String(ics(DOSSIERS, LocalDate.of(2024, 6, 21)), StandardCharsets.UTF_8), "equal input, equal bytes");
    }

    @Test
    void textIsEscapedAndFoldedWithoutSplittingACharacter(@TempDir Path dir) throws Exception {
        String title = "某县,城区;排水\\防涝专项规划" + "（二〇二四年至二〇三五年，含“海绵城市”建设要求）".repeat(3);
        Path d = dir.resolve("d.yaml");
        Files.writeString(d, Files.readString(DOSSIERS.get(0)).replaceFirst("(?m)^title:.*$",
                java.util.regex.Matcher.quoteReplacement("title: '" + title + "'")));
        String text = new String(ics(List.of(d), LocalDate.of(2024, 10, 8)), StandardCharsets.UTF_8);
        VEvent e = Biweekly.parse(text).first().getEvents().get(0);
        assertTrue(e.getSummary().getValue().endsWith(title), e.getSummary().getValue());
        assertTrue(text.replace("\r\n ", "").contains("某县\\,城区\\;排水\\\\防涝"), "escaped on the wire");
    }
}
