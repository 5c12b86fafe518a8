package juece.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import juece.text.Lang;

/**
 * The documentation of a rule id, written beside the rules ({@code rules/docs/<id>.md}, shipped in the
 * jar): its title, purpose, its trigger in plain words, and how to comply, in Chinese and English.
 */
public final class RuleDocs {
    private static final String FOLDER = "/juece/rules/docs/";
    private static final Map<String, Optional<Doc>> CACHE = new ConcurrentHashMap<>();

    /** The eight sections of a rule's documentation: a title, purpose, trigger and how to comply, in each language. */
    public record Doc(Map<String, String> sections) {
        public String title(Lang lang) {
            return sections.getOrDefault(lang == Lang.ZH ? "名称" : "Title", "");
        }

        public String purpose(Lang lang) {
            return sections.getOrDefault(lang == Lang.ZH ? "目的" : "Purpose", "");
        }

        public String trigger(Lang lang) {
            return sections.getOrDefault(lang == Lang.ZH ? "触发条件" : "Trigger", "");
        }

        public String comply(Lang lang) {
            return sections.getOrDefault(lang == Lang.ZH ? "如何整改" : "How to comply", "");
        }
    }

    private RuleDocs() {
    }

    public static Optional<Doc> of(String id) {
        return CACHE.computeIfAbsent(id, RuleDocs::load);
    }

    /** The id's title in {@code lang}; an extra rule without documentation goes by its DRL name. */
    public static String title(RuleMeta rule, Lang lang) {
        return of(rule.id()).map(d -> d.title(lang)).filter(t -> !t.isBlank()).orElse(rule.name());
    }

    private static Optional<Doc> load(String id) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(FOLDER + id + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Doc parse(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.put(heading, body.toString().strip());
                }
                heading = line.substring(3).strip();
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, body.toString().strip());
        }
        return new Doc(sections);
    }
}
