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
 * Texts by key, one set per language, read as UTF-8 from bundled resources {@code BASE_zh.properties}
 * and {@code BASE_en.properties}; several bases make one set (a file per command).
 */
public final class Bundle {
    private final Map<Lang, Properties> byLang = new EnumMap<>(Lang.class);

    /** @param bases resource paths without the language and extension, e.g. {@code /juece/text/messages} */
    public Bundle(String... bases) {
        for (Lang lang : Lang.values()) {
            Properties p = new Properties();
            for (String base : bases) {
                String name = base + "_" + lang.code() + ".properties";
                try (InputStream in = Bundle.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing bundled resource " + name);
                    }
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            byLang.put(lang, p);
        }
    }

    public String get(String key, Lang lang) {
        String s = byLang.get(lang).getProperty(key);
        if (s == null) {
            throw new IllegalArgumentException("no text '" + key + "' in language " + lang.code());
        }
        return s;
    }

    public Set<String> keys(Lang lang) {
        return byLang.get(lang).stringPropertyNames();
    }

    /** A text with named arguments, rendered later in the language of its reader. */
    public Message msg(String key, Object... namesAndValues) {
        Map<String, Object> args = Args.of(namesAndValues);
        return lang -> Template.fill(get(key, lang), args, lang);
    }
}
