package juece.ledger;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import juece.text.Nearest;

/**
 * Which {@link Column} a header names. Headers are compared as people write them, not byte for
 * byte: full-width letters and brackets as half-width ones (NFKC), spaces and line breaks inside a
 * header left out, a bracketed remark dropped ({@code 备案日期（必填）}, {@code 发布日期(YYYY-MM-DD)},
 * {@code 【必填】文号}), a required-field star or a trailing colon ignored, English in any case with
 * spaces or hyphens between words ({@code Filed To}, {@code filed-to}).
 */
public final class Headers {
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]|【[^【】]*】|〔[^〔〕]*〕|<[^<>]*>");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s\\-_]+");
    private static final Pattern MARKS = Pattern.compile("[*※★☆:;,.、]");
    /** The normalised spelling of every known header: a column, or null for a column juece does not read. */
    private static final Map<String, Column> KNOWN = new HashMap<>();
    /** The normalised spelling of every known header and how the template or SPEC writes it, for hints. */
    private static final Map<String, String> SHOWN = new LinkedHashMap<>();

    static {
        for (Column c : Column.values()) {
            for (String h : c.headers()) {
                KNOWN.putIfAbsent(normalise(h), c);
                SHOWN.putIfAbsent(normalise(h), h);
            }
        }
        for (String h : Column.IGNORED) {
            KNOWN.putIfAbsent(normalise(h), null);
        }
    }

    private Headers() {
    }

    /** What a header names. */
    public sealed interface Match {
    }

    /** A column juece reads. */
    public record Known(Column column) implements Match {
    }

    /** A column juece knows and does not read (序号, 索引号, 备注…). */
    public record Ignored() implements Match {
    }

    /** A header juece does not know; {@code nearest} is the known header it may have meant, or null. */
    public record Unknown(String nearest) implements Match {
    }

    /** A blank header cell. */
    public record Blank() implements Match {
    }

    public static Match match(String header) {
        String n = normalise(header);
        if (n.isEmpty()) {
            return new Blank();
        }
        if (KNOWN.containsKey(n)) {
            Column c = KNOWN.get(n);
            return c == null ? new Ignored() : new Known(c);
        }
        String near = Nearest.of(n, SHOWN.keySet());
        return new Unknown(near == null ? null : SHOWN.get(near));
    }

    /** A header as it is compared. */
    static String normalise(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC);
        String previous;
        do { // nested remarks: 日期（格式（示例）：…）
            previous = s;
            s = BRACKETED.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        s = MARKS.matcher(s.strip()).replaceAll("");
        s = BETWEEN_WORDS.matcher(s.strip()).replaceAll("_");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // an underscore stands between two English words only: 发布 日期 is 发布日期
            if (c == '_' && (i == 0 || i == s.length() - 1 || !ascii(s.charAt(i - 1)) || !ascii(s.charAt(i + 1)))) {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
