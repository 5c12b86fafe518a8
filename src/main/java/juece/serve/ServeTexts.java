package juece.serve;

import java.util.Set;
import juece.text.Bundle;
import juece.text.Lang;
import juece.text.Message;

/**
 * The texts of the HTTP layer (problem titles and details, the command's messages), one bundle per
 * language in {@code juece/serve/texts_*.properties}, read as UTF-8: kept beside the service
 * rather than in the checker's bundles, which the road's stages share.
 */
public final class ServeTexts {
    private static final Bundle BUNDLE = new Bundle("/juece/serve/texts");

    private ServeTexts() {
    }

    public static String get(String key, Lang lang) {
        return BUNDLE.get(key, lang);
    }

    public static Set<String> keys(Lang lang) {
        return BUNDLE.keys(lang);
    }

    /** A text with named arguments, rendered in the request's language. */
    public static Message msg(String key, Object... namesAndValues) {
        return BUNDLE.msg(key, namesAndValues);
    }
}
