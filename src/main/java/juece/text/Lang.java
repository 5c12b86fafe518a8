package juece.text;

import java.util.Locale;

/** The language of every message and report text: Chinese by default, English on request. */
public enum Lang {
    ZH, EN;

    public static Lang parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
