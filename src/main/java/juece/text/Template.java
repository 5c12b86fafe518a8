package juece.text;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills {@code {name}} placeholders, and {@code {name|one|many}} with the number and the word for
 * its count ("1 warning", "2 warnings"). A placeholder without a value is left visible, so a
 * missing argument shows up in review instead of silently vanishing (the i18n test catches it too).
 */
public final class Template {
    private Template() {
    }

    public static String fill(String template, Map<String, ?> args, Lang lang) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String[] name = template.substring(i + 1, close).split("\\|", -1);
                if (args.containsKey(name[0])) {
                    Object value = args.get(name[0]);
                    out.append(format(value, lang));
                    if (name.length == 3) {
                        out.append(' ').append(value instanceof Number n && n.longValue() == 1 ? name[1] : name[2]);
                    }
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    public static String format(Object value, Lang lang) {
        if (value == null) {
            return lang == Lang.ZH ? "（未记载）" : "(not recorded)";
        }
        if (value instanceof Labeled l) {
            return l.label(lang);
        }
        if (value instanceof Message m) {
            return m.render(lang);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> format(v, lang)).collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
        }
        return value.toString();
    }
}
