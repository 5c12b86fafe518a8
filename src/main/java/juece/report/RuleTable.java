package juece.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juece.catalog.Catalog;
import juece.catalog.RuleDocs;
import juece.catalog.RuleMeta;
import juece.facts.Kind;
import juece.law.Citation;
import juece.law.Law;
import juece.text.Lang;

/**
 * The rule catalogue as a table (text, Markdown, JSON), generated from the rules' metadata: the
 * README's catalogue is this table in Markdown, and a test keeps the two the same.
 */
public final class RuleTable {
    private static final String PARAMETERS = "规则档案参数";

    private RuleTable() {
    }

    /** One id: every severity its branches have (the first is the main one), its step, bases, waivability. */
    public record Row(String id, List<String> severities, String step, List<String> bases, boolean waivable, String name) {
    }

    public static List<Row> rows(Catalog catalog, Lang lang) {
        return catalog.ids().entrySet().stream().map(e -> row(e, lang)).toList();
    }

    private static Row row(Map.Entry<String, List<RuleMeta>> e, Lang lang) {
        List<RuleMeta> rules = e.getValue();
        Set<String> severities = new LinkedHashSet<>();
        rules.forEach(r -> severities.add(r.severity().id()));
        RuleMeta first = rules.get(0);
        return new Row(e.getKey(), List.copyOf(severities), first.step().yaml(), bases(rules, lang),
                first.waivable(), RuleDocs.title(first, lang));
    }

    /**
     * The legal bases of the rules of one id, each once: a plain list when every kind of dossier rests
     * on the same ones, else one entry per kind ("重大行政决策：…").
     */
    static List<String> bases(List<RuleMeta> rules, Lang lang) {
        Map<Kind, List<String>> perKind = new EnumMap<>(Kind.class);
        for (RuleMeta r : rules) {
            for (Kind k : r.kinds()) {
                List<String> parts = perKind.computeIfAbsent(k, x -> new ArrayList<>());
                for (String part : r.basisFor(k).split("；")) {
                    parts.add(part.strip());
                }
            }
        }
        perKind.replaceAll((k, parts) -> withoutRepeats(parts));
        List<String> bases = new ArrayList<>();
        if (new HashSet<>(perKind.values()).size() == 1) {
            perKind.values().iterator().next().forEach(part -> bases.add(Law.render(part, lang)));
        } else {
            String colon = lang == Lang.ZH ? "：" : ": ";
            perKind.forEach((k, parts) -> bases.add(k.label(lang) + colon + Law.render(String.join("；", parts), lang)));
        }
        return List.copyOf(bases);
    }

    /**
     * The parts of a basis once each, leaving out a part whose articles (or profile parameters)
     * another part of the same instrument cites too.
     */
    private static List<String> withoutRepeats(List<String> parts) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(parts));
        List<String> kept = new ArrayList<>();
        for (String part : unique) {
            Citation c = Law.get().cite(part).get(0);
            boolean covered = unique.stream().filter(o -> !o.equals(part)).map(o -> Law.get().cite(o).get(0))
                    .anyMatch(o -> c.instrument() == o.instrument() && !cited(c).isEmpty()
                            && cited(o).containsAll(cited(c)) && cited(o).size() > cited(c).size());
            if (!covered) {
                kept.add(part);
            }
        }
        return kept;
    }

    /** An instrument's articles, or the profile parameters a part names ("规则档案参数 a、b"). */
    private static List<String> cited(Citation c) {
        return c.instrument() != null ? c.articles() : List.of(c.text().replace(PARAMETERS, "").strip().split("、"));
    }

    public static void markdown(Catalog catalog, Lang lang, OutputStream out) {
        PrintWriter w = writer(out);
        w.println("| id | severity | step | basis | waivable |");
        w.println("|---|---|---|---|---|");
        for (Row r : rows(catalog, lang)) {
            w.printf("| `%s` | %s | %s | %s | %s |%n", r.id(), String.join(" / ", r.severities()), r.step(),
                    String.join(separator(lang), r.bases()), r.waivable() ? "yes" : "**no**");
        }
        w.flush();
    }

    public static void text(Catalog catalog, Lang lang, OutputStream out) {
        PrintWriter w = writer(out);
        List<Row> rows = rows(catalog, lang);
        int width = rows.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (Row r : rows) {
            w.printf("%-" + width + "s  %-15s  %-24s  %-4s  %s%n", r.id(), String.join("/", r.severities()), r.step(),
                    r.waivable() ? (lang == Lang.ZH ? "可豁免" : "yes") : (lang == Lang.ZH ? "不可豁免" : "no"),
                    String.join(separator(lang), r.bases()));
        }
        w.flush();
    }

    public static void json(Catalog catalog, Lang lang, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Row r : rows(catalog, lang)) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("severity", r.severities().get(0));
                g.writeArrayFieldStart("severities");
                for (String s : r.severities()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeStringField("step", r.step());
                g.writeArrayFieldStart("basis");
                for (String b : r.bases()) {
                    g.writeString(b);
                }
                g.writeEndArray();
                g.writeBooleanField("waivable", r.waivable());
                g.writeStringField("name", r.name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /** Law.render joins the citations of one basis with this. */
    private static String separator(Lang lang) {
        return lang == Lang.ZH ? "；" : "; ";
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
