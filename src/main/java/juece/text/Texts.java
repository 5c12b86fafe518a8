package juece.text;

import java.util.Set;

/**
 * The texts that are not rule messages (loader problems, report labels), one bundle per language
 * ({@code juece/text/messages_zh.properties}, {@code messages_en.properties}), always read as UTF-8.
 */
public final class Texts {
    /** Each language's texts, kept in a file per command: {@code messages} (check and the rest), {@code plan} (juece plan). */
    private static final Bundle BUNDLE = new Bundle("/juece/text/messages", "/juece/text/plan");

    private Texts() {
    }

    public static String get(String key, Lang lang) {
        return BUNDLE.get(key, lang);
    }

    public static Set<String> keys(Lang lang) {
        return BUNDLE.keys(lang);
    }

    /** A bundled message with named arguments, rendered later in the run's language. */
    public static Message msg(String key, Object... namesAndValues) {
        return BUNDLE.msg(key, namesAndValues);
    }
}
