package juece.report;

/** Dossier text is data, never markup or a formula: one escaping function per output language. */
public final class Escape {
    private static final char REPLACEMENT = '\uFFFD';

    private Escape() {
    }

    /**
     * A control character (line feed and tab aside): the loader refuses them in dossiers, but a file
     * name may hold one, and XML cannot carry it nor a terminal show it safely.
     */
    static boolean control(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c < 0xA0 || c == 0xFFFE || c == 0xFFFF;
    }

    /** Text for an XML writer (which escapes markup itself) or a terminal: control characters replaced. */
    public static String visible(String s) {
        if (s == null) {
            return "";
        }
        for (int i = 0; i < s.length(); i++) {
            if (control(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s);
                for (int j = i; j < b.length(); j++) {
                    if (control(b.charAt(j))) {
                        b.setCharAt(j, REPLACEMENT);
                    }
                }
                return b.toString();
            }
        }
        return s;
    }

    /** HTML and XML text and attribute values. */
    public static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(control(c) ? REPLACEMENT : c);
            }
        }
        return b.toString();
    }

    /**
     * Markdown inline text, safe in a table cell: markup characters are backslash-escaped, HTML
     * is neutralised as entities, and line breaks and pipes cannot end the cell.
     */
    public static String markdown(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]()#+-.!|~".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (c == '<') {
                b.append("&lt;");
            } else if (c == '>') {
                b.append("&gt;");
            } else if (c == '&') {
                b.append("&amp;");
            } else if (c == '\n' || c == '\r') {
                b.append(' ');
            } else {
                b.append(control(c) ? REPLACEMENT : c);
            }
        }
        return b.toString();
    }

    /**
     * A spreadsheet cell that cannot run as a formula: text beginning with = + - @ (or a tab or
     * carriage return, which some spreadsheets skip) gets a leading apostrophe (OWASP CSV injection).
     */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /** A CSV field (RFC 4180), neutralised as a {@link #cell}. */
    public static String csv(String s) {
        String c = cell(s);
        if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
            return '"' + c.replace("\"", "\"\"") + '"';
        }
        return c;
    }
}
