package juece.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in every common written form; never a day guessed from a month, a quarter or a year. */
class LedgerDatesTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01", "2024-3-1", "2024/3/1", "2024/03/01", "2024.3.1", "2024年3月1日", "2024年03月01日",
        "2024 年 3 月 1 日", "20240301", "２０２４－０３－０１", "2024-03-01 00:00:00", "2024/3/1 9:30", "2024-03-01T08:00:00",
        "二〇二四年三月一日", "45352", " 2024-03-01 "})
    void everyCommonForm(String text) {
        assertEquals(MARCH_1, assertInstanceOf(CellDates.Date.class, CellDates.parse(text), text).date());
    }

    @Test
    void chineseNumeralsWithTens() {
        assertEquals(LocalDate.of(2023, 12, 31), ((CellDates.Date) CellDates.parse("二〇二三年十二月三十一日")).date());
        assertEquals(LocalDate.of(2023, 10, 20), ((CellDates.Date) CellDates.parse("二零二三年十月二十日")).date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年3月", "2024-03", "2024", "2024年", "2024年第一季度", "第二季度", "2024年上半年", "3月上旬", "2024年底"})
    void partialDatesAreNeverGuessed(String text) {
        assertEquals("ledger.cell.partial-date", assertInstanceOf(CellDates.NotADate.class, CellDates.parse(text), text).why());
    }

    @Test
    void whatIsNotADate() {
        assertEquals("ledger.cell.no-such-date", ((CellDates.NotADate) CellDates.parse("2024-02-30")).why());
        assertEquals("ledger.cell.no-such-date", ((CellDates.NotADate) CellDates.parse("2023年2月29日")).why());
        assertEquals("ledger.cell.ambiguous-date", ((CellDates.NotADate) CellDates.parse("3/1/2024")).why());
        assertEquals("ledger.cell.not-a-date", ((CellDates.NotADate) CellDates.parse("见附件")).why());
        assertEquals("ledger.cell.implausible-serial", ((CellDates.NotADate) CellDates.parse("99999")).why());
    }

    @Test
    void excelSerialNumbers() {
        assertEquals(MARCH_1, CellDates.serial(new BigDecimal("45352"), false));
        assertEquals(MARCH_1, CellDates.serial(new BigDecimal("45352.75"), false)); // the time of day dropped
        assertEquals(LocalDate.of(1900, 1, 1), CellDates.serial(BigDecimal.ONE, false));
        assertEquals(LocalDate.of(1900, 3, 1), CellDates.serial(new BigDecimal("61"), false));
        assertEquals(null, CellDates.serial(new BigDecimal("60"), false)); // 1900-02-29 does not exist
        assertEquals(MARCH_1, CellDates.serial(new BigDecimal("43890"), true));
        assertEquals(MARCH_1, ((CellDates.Date) CellDates.number(new BigDecimal("45352"))).date());
        assertEquals(MARCH_1, ((CellDates.Date) CellDates.number(new BigDecimal("20240301"))).date());
        assertEquals("ledger.cell.partial-date", ((CellDates.NotADate) CellDates.number(new BigDecimal("2024"))).why());
    }

    @Test
    void dateFormatsOfNumberCells() {
        assertEquals(true, DateFormats.isDate(14, null));
        assertEquals(true, DateFormats.isDate(31, null)); // 2024年3月1日 in a Chinese Excel
        assertEquals(true, DateFormats.isDate(176, "yyyy/m/d"));
        assertEquals(true, DateFormats.isDate(177, "yyyy\"年\"m\"月\"d\"日\""));
        assertEquals(true, DateFormats.isDate(178, "[$-F800]dddd, mmmm dd, yyyy"));
        assertEquals(false, DateFormats.isDate(0, "General"));
        assertEquals(false, DateFormats.isDate(2, "0.00"));
        assertEquals(false, DateFormats.isDate(179, "\"第\"0\"号\""));
        assertEquals(false, DateFormats.isDate(180, "mm:ss"));
    }
}
