package juece.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The texts that are not rule messages (loader problems, report labels), one bundle per language
 * ({@code juece/text/messages_zh.properties}, {@code messages_en.properties}), always read as UTF-8.
 */
public final class Texts {
    /** The files of each language's bundle: {@code messages} (check and the rest), {@code plan} (juece plan). */
    private static final String[] BUNDLE_NAMES = {"messages", "plan"};
    private static final Map<Lang, Properties> BUNDLES = load();

    private Texts() {
    }

    private static Map<Lang, Properties> load() {
        Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Properties p = new Properties();
            for (String bundle : BUNDLE_NAMES) { // one bundle per language, kept in a file per command
                String name = "/juece/text/" + bundle + "_" + lang.code() + ".properties";
                try (InputStream in = Texts.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing bundled resource " + name);
                    }
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            bundles.put(lang, p);
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

    /** A bundled message with named arguments, rendered later in the run's language. */
    public static Message msg(String key, Object... namesAndValues) {
        Map<String, Object> args = Args.of(namesAndValues);
        return lang -> Template.fill(get(key, lang), args, lang);
    }
}
