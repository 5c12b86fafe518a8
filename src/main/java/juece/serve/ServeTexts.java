package juece.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import juece.text.Args;
import juece.text.Lang;
import juece.text.Message;
import juece.text.Template;

/**
 * The texts of the HTTP layer (problem titles and details, the command's messages), one bundle per
 * language in {@code juece/serve/texts_*.properties}, read as UTF-8: kept beside the service
 * rather than in the checker's bundles, which the road's stages share.
 */
public final class ServeTexts {
    private static final Map<Lang, Properties> BUNDLES = load();

    private ServeTexts() {
    }

    private static Map<Lang, Properties> load() {
        Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String name = "/juece/serve/texts_" + lang.code() + ".properties";
            try (InputStream in = ServeTexts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled resource " + name);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                bundles.put(lang, p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundles;
    }

    public static String get(String key, Lang lang) {
        String s = BUNDLES.get(lang).getProperty(key);
        if (s == null) {
            throw new IllegalArgumentException("no text '" + key + "' in language " + lang.code());
        }
        return s;
    }

    public static Set<String> keys(Lang lang) {
        return BUNDLES.get(lang).stringPropertyNames();
    }

    /** A text with named arguments, rendered in the request's language. */
    public static Message msg(String key, Object... namesAndValues) {
        Map<String, Object> args = Args.of(namesAndValues);
        return lang -> Template.fill(get(key, lang), args, lang);
    }
}
