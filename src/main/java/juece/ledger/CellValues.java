package juece.ledger;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juece.facts.Kind;
import juece.read.Limits;

/**
 * What one cell says, column by column: a value, nothing (a blank cell, 无, —: the step or value is
 * absent), {@code unknown} (未知, 不详), or something that cannot be read, with the key of the message
 * that says why. Readings are plain and never guess: a cell reads as what it says or not at all.
 */
final class CellValues {
    private static final Set<String> UNKNOWN = Set.of("unknown", "未知", "不详", "不明", "待查");
    private static final Set<String> NOTHING = Set.of("-", "--", "—", "——", "–", "－", "/", "\\", "无", "暂无", "n/a", "na", "null",
            "none", "空");
    /** In a date column: the step was not done (未备案, 未经合法性审核, 否). */
    private static final Pattern NOT_DONE = Pattern.compile("否|未(?!知).*|没有|尚未.*");
    /** 是 of a yes/no column (是否经合法性审核), or 已… (已审核, 已备案, 已经集体审议): done, the date not given. */
    private static final Pattern DONE_UNDATED = Pattern.compile("是|已(?!废止|失效).{1,10}");
    private static final Pattern FROM_PUBLICATION = Pattern.compile("(自|从)?(公布|发布|公开)之?日起?(施行|生效|实施|执行)?|即日起?(施行|生效|实施|执行)?|同(公布|发布)(日期|之日)?|(施行|生效)日期?同(公布|发布)日期?");
    private static final Pattern FROM_ISSUE = Pattern.compile("(自|从)?(印发|成文|签发)之?日起?(施行|生效|实施|执行)?|同(印发|成文)(日期|之日)?");
    private static final Pattern YEARS = Pattern.compile("(?:有效期)?(?:为)?(\\d{1,2}|[一二三四五六七八九十]{1,2})(?:个)?年(?:有效)?");
    private static final Pattern FOREVER = Pattern.compile("长期(有效)?|无固定期限|永久(有效)?|无期限|不设有效期");
    private static final Pattern RANGE = Pattern.compile("(.+?)(?:至|到|~|～|—{1,2})(.+)");
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "√", "✓", "✔", "1", "试行", "暂行", "是(试行)", "是(暂行)");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "×", "✗", "✘", "0", "非试行", "正式", "不是", "否(正式)");

    private CellValues() {
    }

    /** What a cell says, before it is read as a value of its column. */
    enum Said { BLANK, UNKNOWN, TEXT }

    /** The cell's text as compared: full-width letters half-width, spaces at the ends off, lower case. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    static Said said(Sheets.RawCell cell) {
        if (cell == null || cell.blank()) {
            return Said.BLANK;
        }
        if (cell.date() != null || cell.number() != null) {
            return Said.TEXT;
        }
        String t = cell.text();
        if (t.length() > SHORTEST_TEXT) {
            return Said.TEXT; // a title, a name, a date written out: none of the words below is this long
        }
        String p = plain(t);
        if (p.isEmpty() || NOTHING.contains(p)) {
            return Said.BLANK;
        }
        return UNKNOWN.contains(p) ? Said.UNKNOWN : Said.TEXT;
    }

    /** Longer than every word for nothing or unknown, with spaces around it. */
    private static final int SHORTEST_TEXT = 12;

    /** Text for a report: line breaks and other control characters as spaces, no spaces at the ends. */
    static String text(Sheets.RawCell cell) {
        String s = cell.text();
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            char c = s.charAt(i);
            clean = !Character.isISOControl(c) && c != '\u0085' && c != '\u2028' && c != '\u2029';
        }
        if (clean) {
            return s.strip();
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u0085' || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString().strip();
    }

    static boolean tooLong(String text) {
        return text.length() > Limits.MAX_SCALAR_CHARS;
    }

    /** A date cell's reading: a date, or not a date and why. */
    static CellDates.Result date(Sheets.RawCell cell) {
        if (cell.date() != null) {
            return new CellDates.Date(cell.date());
        }
        if (cell.number() != null) {
            return CellDates.number(cell.number());
        }
        return CellDates.parse(cell.text());
    }

    /** In a date column, text that says the step was done on a day the ledger does not give (是, 已审核, 已备案). */
    static boolean doneUndated(Sheets.RawCell cell) {
        return cell.date() == null && cell.number() == null && DONE_UNDATED.matcher(plain(cell.text()).replace(" ", "")).matches();
    }

    /** In a date column, text that says the step was not done. */
    static boolean notDone(Sheets.RawCell cell) {
        return cell.date() == null && cell.number() == null && NOT_DONE.matcher(plain(cell.text()).replace(" ", "")).matches();
    }

    /** An effective date written as "from publication" (自公布之日起施行). */
    static boolean fromPublication(Sheets.RawCell cell) {
        return cell.date() == null && cell.number() == null && FROM_PUBLICATION.matcher(compact(cell.text())).matches();
    }

    /** An effective date written as "from the day it was issued" (自印发之日起施行). */
    static boolean fromIssue(Sheets.RawCell cell) {
        return cell.date() == null && cell.number() == null && FROM_ISSUE.matcher(compact(cell.text())).matches();
    }

    /** 长期, 长期有效, 无固定期限: no expiry. */
    static boolean forever(Sheets.RawCell cell) {
        return cell.date() == null && cell.number() == null && FOREVER.matcher(compact(cell.text())).matches();
    }

    /** A validity in years ("5年", "五年", "有效期3年"), or null. */
    static Integer years(Sheets.RawCell cell) {
        if (cell.date() != null) {
            return null;
        }
        Matcher m = YEARS.matcher(compact(cell.text()));
        if (!m.matches()) {
            return null;
        }
        String n = m.group(1);
        int years = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n)
                : n.equals("十") ? 10 : n.startsWith("十") ? 10 + "一二三四五六七八九".indexOf(n.charAt(1)) + 1
                : "一二三四五六七八九".indexOf(n.charAt(0)) + 1;
        return years > 0 ? years : null;
    }

    /** The end of a period written "2024年1月1日至2028年12月31日", or null when the text is not one. */
    static String rangeEnd(Sheets.RawCell cell) {
        if (cell.date() != null || cell.number() != null) {
            return null;
        }
        Matcher m = RANGE.matcher(compact(cell.text()));
        return m.matches() && CellDates.parse(m.group(1)) instanceof CellDates.Date ? m.group(2) : null;
    }

    /** 是 / 否 and their spellings; null when the cell says neither. */
    static Boolean yesNo(Sheets.RawCell cell) {
        String p = plain(cell.text()).replace(" ", "");
        return YES.contains(p) ? Boolean.TRUE : NO.contains(p) ? Boolean.FALSE : null;
    }

    /** The kind a 类型 cell names, or null. */
    static Kind kind(Sheets.RawCell cell) {
        String p = plain(cell.text()).replace(" ", "");
        return switch (p) {
            case "规范性文件", "行政规范性文件", "规范性", "normative_document", "normativedocument", "nd" -> Kind.NORMATIVE_DOCUMENT;
            case "重大行政决策", "重大决策", "重大行政决策事项", "major_decision", "majordecision", "md" -> Kind.MAJOR_DECISION;
            default -> null;
        };
    }

    /** What a ledger says of a document's force (有效性). */
    enum Status {
        /** 有效: in force (also 继续有效, 修改后继续有效, and a clean-up's proposal 拟…, not yet carried out). */
        IN_FORCE,
        /** 失效 / 宣布失效. */
        EXPIRED,
        /** 废止. */
        ABOLISHED
    }

    /** The status a 有效性 cell names, or null. */
    static Status status(Sheets.RawCell cell) {
        String p = plain(cell.text()).replace(" ", "");
        if (p.startsWith("拟") && status(p.substring(1)) != null) {
            return Status.IN_FORCE; // a proposal of a clean-up: the document is in force until it is carried out
        }
        return status(p);
    }

    private static Status status(String p) {
        return switch (p) {
            case "有效", "现行有效", "继续有效", "修改", "已修改", "修改后继续有效", "修订", "修订后继续有效", "部分修改", "in_force", "valid", "effective" -> Status.IN_FORCE;
            case "失效", "已失效", "宣布失效", "自动失效", "到期失效", "expired" -> Status.EXPIRED;
            case "废止", "已废止", "abolished", "repealed" -> Status.ABOLISHED;
            default -> null;
        };
    }

    private static String compact(String text) {
        return plain(text).replaceAll("\\s+", "");
    }

    /** The last day of a validity of {@code years} from {@code effective}: the corresponding day (民法典 Art. 201–202). */
    static LocalDate expiry(LocalDate effective, int years) {
        return effective.plusYears(years);
    }
}
