package juece.validate;

import static juece.text.Texts.msg;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import juece.facts.Vocabulary;
import juece.read.Node;
import juece.text.Message;

/**
 * Habits of a Chinese keyboard that would otherwise change what a dossier says without a word, or
 * end in a message that does not say why: two values typed into one list item with a full-width
 * comma or a 、, full-width brackets, colons and digits, dates written the Chinese way, 是/否 for
 * true/false, and 无 or 不详 written as if they were a reason or a name. Each gets a message that
 * says what was meant and how to write it; none is read in a guessed way.
 */
final class Traps {
    /** Separators a Chinese keyboard types between list items. */
    private static final Pattern JOINERS = Pattern.compile("[，、；]");
    /** Words that say "there is none": written as a text value they would read as a reason or a name. */
    private static final Set<String> NONE = Set.of("无", "没有", "暂无", "不适用", "空", "无理由", "未说明", "/", "-", "—", "——", "NA", "N/A");
    /** Words that say "the record does not show it": the dossier says that with unknown. */
    private static final Set<String> UNSHOWN = Set.of("不详", "不清楚", "待定", "待查", "待补", "不明", "无记录", "未记载");
    /** The longest of those words: a longer text is a name or a reason, and is not looked up. */
    private static final int LONGEST_WORD = java.util.stream.Stream.concat(NONE.stream(), UNSHOWN.stream())
            .mapToInt(String::length).max().orElseThrow();
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年/.\\-]\\s*(\\d{1,2})\\s*[月/.\\-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Set<String> YES_NO = Set.of("是", "否", "对", "错", "有", "无", "真", "假", "Y", "N", "y", "n");

    private Traps() {
    }

    /** Whether a full-width comma, 、 or ； stands in the text (looked for in every list item: no regex). */
    static boolean joins(String text) {
        return text.indexOf('，') >= 0 || text.indexOf('、') >= 0 || text.indexOf('；') >= 0;
    }

    /** The items a list item holds when a full-width comma or 、 joins them, written as a list; null when it holds one. */
    static String joined(String text) {
        if (!joins(text)) {
            return null;
        }
        return Arrays.stream(JOINERS.split(text)).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Why a value meant as a list is not one, when a keyboard habit explains it; else null. */
    static Message notAList(String text) {
        String t = text.strip();
        if (NONE.contains(t)) {
            return msg("trap.empty-list");
        }
        if (t.startsWith("［") || t.startsWith("【") || t.startsWith("〔") || JOINERS.matcher(t).find()) {
            String inner = t.replaceAll("^[［【〔]|[］】〕]$", "");
            String split = joined(inner);
            return msg("trap.fullwidth-list", "split", split != null ? split : "[" + inner + "]");
        }
        return null;
    }

    /** A keyboard habit in a scalar, as the message that explains it; null when there is none. */
    static Message of(Shape shape, Node.Scalar s, String path) {
        String text = s.text().strip();
        if (shape instanceof Shape.Text) {
            if (text.length() > LONGEST_WORD) {
                return null;
            }
            if (NONE.contains(text)) {
                return msg("trap.none-as-text", "path", path, "text", text);
            }
            if (UNSHOWN.contains(text)) {
                return msg("trap.unshown-as-text", "path", path, "text", text);
            }
        } else if (shape instanceof Shape.Date && s.type() == Node.Scalar.Type.STRING && !juece.read.Dates.isDateShaped(text)) {
            String date = date(halfWidth(text));
            if (date != null || !text.equals(halfWidth(text))) {
                return msg("trap.date", "path", path, "text", text, "date", date != null ? date : halfWidth(text));
            }
        } else if (shape instanceof Shape.Count && s.type() != Node.Scalar.Type.INTEGER && !text.equals(halfWidth(text))) {
            return msg("trap.fullwidth-digits", "path", path, "text", text, "digits", halfWidth(text));
        } else if (shape instanceof Shape.Bool && YES_NO.contains(text)) {
            return msg("trap.yes-no", "path", path, "text", text);
        } else if (shape instanceof Shape.Choice c && joins(text) && !Vocabulary.accepts(c.vocabulary(), text)) {
            return msg("trap.choice-joined", "path", path, "text", text, "split", joined(text));
        }
        return null;
    }

    /** A key typed with a full-width colon or space; null when it is not. */
    static Message key(String key) {
        if (key.indexOf('：') >= 0) {
            return msg("trap.key-colon", "key", key, "fixed", key.replace("：", ": "));
        }
        if (key.indexOf('\u3000') >= 0) {
            return msg("trap.key-space", "key", key.replace('\u3000', '□'));
        }
        return null;
    }

    /** Full-width digits, hyphen, slash and dot as their ASCII forms. */
    static String halfWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0')
                    : c == '－' ? '-' : c == '／' ? '/' : c == '．' ? '.' : c);
        }
        return b.toString();
    }

    /** A date written 2024年3月1日, 2024/3/1, 2024.3.1 or 20240301, as YYYY-MM-DD; null if it is none of these or does not exist. */
    private static String date(String text) {
        Matcher m = CHINESE_DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
