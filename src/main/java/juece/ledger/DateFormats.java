package juece.ledger;

import java.util.Locale;

/**
 * Whether a number cell's format shows it as a date, as Excel decides: one of the built-in date
 * formats (14–17, 22, and the East Asian ones 27–36 and 50–58, which a Chinese Excel uses for
 * {@code 2024年3月1日}), or a custom format that writes a year or a day ({@code yyyy/m/d},
 * {@code yyyy"年"m"月"d"日"}, {@code [$-F800]dddd, mmmm dd, yyyy}). Text in quotes, escaped characters
 * and bracketed colours or locales are not read as parts of the date.
 */
final class DateFormats {
    private DateFormats() {
    }

    static boolean isDate(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        if (format.toUpperCase(Locale.ROOT).contains("[$-F800]")) {
            return true; // the system's long date
        }
        StringBuilder code = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                bracket = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // an escaped character, a space the width of the next one, a fill character
            } else if (c == ';') {
                break; // the first section decides: positive numbers
            } else {
                code.append(Character.toLowerCase(c));
            }
        }
        String s = code.toString();
        return s.indexOf('y') >= 0 || s.indexOf('d') >= 0 || s.indexOf('e') >= 0 && s.indexOf('0') < 0 && s.indexOf('#') < 0;
    }
}
