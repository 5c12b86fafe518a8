package juece.catalog;

import java.util.Locale;
import juece.text.Labeled;
import juece.text.Lang;

/** How serious a finding is; follows the statute's words (应当/不得 → error; 一般 → warning; 可以 → info). */
public enum Severity implements Labeled {
    ERROR("错误", "error"), WARNING("警告", "warning"), INFO("提示", "info");

    private final String zh;
    private final String en;

    Severity(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** At least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    @Override
    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
