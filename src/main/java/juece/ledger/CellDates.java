package juece.ledger;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as ledgers write them: {@code 2024-03-01}, {@code 2024/3/1}, {@code 2024.3.1},
 * {@code 2024年3月1日} (also in Chinese numerals, {@code 二〇二四年三月一日}), {@code 20240301}, with
 * or without a time after it, in full-width digits too; an Excel serial number (a date cell whose
 * format was lost, or a CSV exported from one) and a date-formatted cell. A year and month without
 * a day, a quarter or a year alone is not a date: a day is never guessed.
 */
public final class CellDates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern TIME = Pattern.compile("(?:T|\\s+)\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern CHINESE = Pattern.compile("([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}(?:[-/.年]\\d{1,2}月?|年)?|\\d{4}(?:年)?第?[一二三四1-4](?:季度|季)|.*季度.*|.*上半年.*|.*下半年.*|.*[上中下]旬.*|.*月底.*|.*年底.*|.*年初.*");
    private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");
    /** Serial numbers a ledger of this century's documents can hold: 1950-01-01 to 2099-12-31. */
    private static final int FIRST_SERIAL = 18264;
    private static final int LAST_SERIAL = 73050;

    private CellDates() {
    }

    /** What a date cell says. */
    public sealed interface Result {
    }

    public record Date(LocalDate date) implements Result {
    }

    /** Not a date; {@code why} is the key of the message that says why. */
    public record NotADate(String why) implements Result {
    }

    /** The date of an Excel serial number (1900 or 1904 date system; the time of day dropped), or null. */
    static LocalDate serial(BigDecimal number, boolean date1904) {
        long days = number.longValue();
        if (date1904) {
            return days < 0 || days > 2_958_465 ? null : LocalDate.of(1904, 1, 1).plusDays(days);
        }
        if (days < 1 || days == 60 || days > 2_958_465) {
            return null; // 60 is 1900-02-29, a day Lotus 1-2-3 invented and Excel kept
        }
        return days < 60 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
    }

    /** Reads text written in a date cell (not blank, not "unknown": the caller has seen to those). */
    public static Result parse(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher time = TIME.matcher(s);
        if (time.find() && time.start() > 0) {
            s = s.substring(0, time.start());
        }
        s = s.replaceAll("\\s+", "");
        Matcher m = YMD.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return of(chineseYear(m.group(1)), String.valueOf(chineseNumber(m.group(2))), String.valueOf(chineseNumber(m.group(3))));
        }
        if (SERIAL.matcher(s).matches()) {
            return ofSerial(new BigDecimal(s));
        }
        if (DAY_FIRST.matcher(s).matches()) {
            return new NotADate("ledger.cell.ambiguous-date");
        }
        if (YEAR_MONTH.matcher(s).matches()) {
            return new NotADate("ledger.cell.partial-date");
        }
        return new NotADate("ledger.cell.not-a-date");
    }

    /** A number in a date column that is not date-formatted: 20240301, or an Excel serial that lost its format. */
    public static Result number(BigDecimal n) {
        String plain = n.stripTrailingZeros().toPlainString();
        Matcher m = COMPACT.matcher(plain);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if (n.signum() > 0 && n.compareTo(BigDecimal.valueOf(100_000)) < 0 && n.intValue() >= 10_000) {
            return ofSerial(n);
        }
        return parse(plain);
    }

    /** A serial number as a date, when it falls in the years a ledger holds. */
    static Result ofSerial(BigDecimal n) {
        int days = n.intValue();
        if (days < FIRST_SERIAL || days > LAST_SERIAL) {
            return new NotADate("ledger.cell.implausible-serial");
        }
        return new Date(serial(n, false));
    }

    private static Result of(String year, String month, String day) {
        try {
            return new Date(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return new NotADate("ledger.cell.no-such-date");
        }
    }

    private static String chineseYear(String s) {
        StringBuilder y = new StringBuilder();
        for (char c : s.toCharArray()) {
            y.append(c == '〇' || c == '零' || c == '○' ? 0 : "一二三四五六七八九".indexOf(c) + 1);
        }
        return y.toString();
    }

    /** 一 … 三十一. */
    private static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? "一二三四五六七八九".indexOf(s.charAt(0)) + 1 : -1;
        }
        int tens = ten == 0 ? 1 : "一二三四五六七八九".indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : "一二三四五六七八九".indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }
}
