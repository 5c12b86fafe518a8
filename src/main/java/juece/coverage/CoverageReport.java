package juece.coverage;

import static juece.text.Texts.get;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import juece.catalog.Severity;
import juece.law.Instrument;
import juece.law.Law;
import juece.text.Args;
import juece.text.Lang;
import juece.text.Template;

/**
 * The map of the law as people read it: Markdown (docs/law-coverage.md is this, in Chinese then
 * English), plain text for a terminal, JSON for tools. Chinese first: the instruments and articles
 * keep their Chinese names in the English rendering too.
 */
public final class CoverageReport {
    private CoverageReport() {
    }

    /** docs/law-coverage.md: the Markdown map in Chinese, then in English. */
    public static String document(LawCoverage c) {
        return markdown(c, Lang.ZH) + "\n" + markdown(c, Lang.EN);
    }

    public static String markdown(LawCoverage c, Lang l) {
        StringBuilder b = new StringBuilder();
        LawCoverage.Part whole = c.parts().stream().filter(LawCoverage.Part::whole).findFirst().orElseThrow();
        List<LawCoverage.Part> others = c.parts().stream().filter(p -> !p.whole()).toList();
        b.append("# ").append(get("coverage.title", l)).append("\n\n");
        b.append(get("coverage.intro", l)).append("\n\n");
        b.append(summary(c, whole, others, l)).append("\n\n");
        b.append("## ").append(heading(whole.instrument(), l)).append("\n\n");
        table(b, whole, l);
        b.append("## ").append(get("coverage.other-instruments", l)).append("\n\n");
        for (LawCoverage.Part p : others) {
            b.append("### ").append(heading(p.instrument(), l)).append("\n\n");
            table(b, p, l);
        }
        b.append("## ").append(get("coverage.cases", l)).append("\n\n");
        b.append(get(c.hasCases() ? "coverage.cases-intro" : "coverage.no-cases", l)).append("\n\n");
        if (c.hasCases()) {
            b.append("| ").append(get("coverage.col.provision", l)).append(" | ").append(get("coverage.col.rule", l))
                    .append(" | ").append(get("coverage.col.severity", l)).append(" | ").append(get("coverage.col.fires", l))
                    .append(" | ").append(get("coverage.col.near", l)).append(" |\n|---|---|---|---|---|\n");
            for (LawCoverage.Part p : c.parts()) {
                for (LawCoverage.Provision v : p.provisions()) {
                    for (LawCoverage.Implementation i : v.rules()) {
                        b.append("| ").append(cell(p.instrument().shortName() + " " + article(v.article(), l))).append(" | `").append(i.rule())
                                .append("`").append(part(v.article(), i, l)).append(" | ").append(severities(i, l)).append(" | ")
                                .append(list(i.cases(), l)).append(" | ").append(list(i.nearMisses(), l)).append(" |\n");
                    }
                }
            }
            b.append('\n');
        }
        b.append("## ").append(get("coverage.other-bases", l)).append("\n\n");
        b.append(get("coverage.other-bases-intro", l)).append("\n\n");
        b.append("| ").append(get("coverage.col.rule", l)).append(" | ").append(get("coverage.col.basis", l)).append(" |\n|---|---|\n");
        for (LawCoverage.OtherBasis o : c.others()) {
            b.append("| `").append(o.rule()).append("` | ").append(cell(bases(o, l))).append(" |\n");
        }
        return b.toString();
    }

    private static void table(StringBuilder b, LawCoverage.Part p, Lang l) {
        b.append("| ").append(get("coverage.col.article", l)).append(" | ").append(get("coverage.col.text", l)).append(" | ")
                .append(get("coverage.col.rules", l)).append(" |\n|---|---|---|\n");
        for (LawCoverage.Provision v : p.provisions()) {
            b.append("| ").append(cell(article(v.article(), l))).append(" | ").append(cell(excerpt(p.instrument(), v, l))).append(" | ")
                    .append(v.checked() ? v.rules().stream().map(i -> "`" + i.rule() + "`" + part(v.article(), i, l))
                            .collect(Collectors.joining(l == Lang.ZH ? "、" : ", ")) : cell(unchecked(v, l)))
                    .append(" |\n");
        }
        b.append('\n');
    }

    public static String text(LawCoverage c, Lang l) {
        StringBuilder b = new StringBuilder();
        LawCoverage.Part whole = c.parts().stream().filter(LawCoverage.Part::whole).findFirst().orElseThrow();
        List<LawCoverage.Part> others = c.parts().stream().filter(p -> !p.whole()).toList();
        b.append(get("coverage.title", l)).append("\n\n");
        b.append(summary(c, whole, others, l)).append("\n");
        for (LawCoverage.Part p : c.parts()) {
            b.append('\n').append(heading(p.instrument(), l)).append('\n');
            for (LawCoverage.Provision v : p.provisions()) {
                String text = excerpt(p.instrument(), v, l);
                b.append("  ").append(article(v.article(), l)).append(text.isEmpty() ? "" : "  " + text).append('\n');
                if (!v.checked()) {
                    b.append("      ").append(unchecked(v, l)).append('\n');
                }
                for (LawCoverage.Implementation i : v.rules()) {
                    b.append("      ").append(i.rule()).append(part(v.article(), i, l)).append("  ").append(severities(i, l)).append('\n');
                    if (c.hasCases()) {
                        b.append("        ").append(get("coverage.col.fires", l)).append(sep(l)).append(list(i.cases(), l)).append('\n');
                        b.append("        ").append(get("coverage.col.near", l)).append(sep(l)).append(list(i.nearMisses(), l)).append('\n');
                    }
                }
            }
        }
        b.append('\n').append(get("coverage.other-bases", l)).append('\n');
        for (LawCoverage.OtherBasis o : c.others()) {
            b.append("  ").append(o.rule()).append("  ").append(bases(o, l)).append('\n');
        }
        return b.toString();
    }

    public static void json(LawCoverage c, Lang l, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("instruments");
            for (LawCoverage.Part p : c.parts()) {
                Instrument i = p.instrument();
                g.writeStartObject();
                g.writeStringField("instrument", i.shortName());
                g.writeStringField("title", i.title());
                g.writeStringField("en", i.en());
                g.writeStringField("number", i.number());
                g.writeStringField("tag", i.tag());
                g.writeBooleanField("every_article", p.whole());
                g.writeNumberField("provisions", p.provisions().size());
                g.writeNumberField("checked", p.checkedCount());
                g.writeArrayFieldStart("articles");
                for (LawCoverage.Provision v : p.provisions()) {
                    g.writeStartObject();
                    g.writeStringField("article", v.article());
                    g.writeStringField("text", excerpt(i, v, l));
                    g.writeBooleanField("checked", v.checked());
                    g.writeArrayFieldStart("rules");
                    for (LawCoverage.Implementation r : v.rules()) {
                        g.writeStartObject();
                        g.writeStringField("rule", r.rule());
                        strings(g, "cites", new ArrayList<>(r.cited()));
                        strings(g, "severities", r.severities().stream().map(Severity::id).toList());
                        strings(g, "kinds", r.kinds().stream().map(k -> k.yaml()).toList());
                        strings(g, "cases", r.cases());
                        strings(g, "near_misses", r.nearMisses());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    if (v.note() != null) {
                        g.writeObjectFieldStart("not_checked");
                        g.writeStringField("why", v.note().kind().code());
                        g.writeStringField("label", v.note().kind().label(l));
                        g.writeStringField("reason", v.note().text(l));
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("other_bases");
            for (LawCoverage.OtherBasis o : c.others()) {
                g.writeStartObject();
                g.writeStringField("rule", o.rule());
                strings(g, "bases", o.bases().stream().map(x -> Law.render(x, l)).toList());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeBooleanField("golden_cases", c.hasCases());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    public static void write(String s, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.print(s);
        w.flush();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String summary(LawCoverage c, LawCoverage.Part whole, List<LawCoverage.Part> others, Lang l) {
        long checked = whole.checkedCount();
        return fill("coverage.summary", l, "title", whole.instrument().title(), "total", whole.provisions().size(),
                "checked", checked, "unchecked", whole.provisions().size() - checked)
                + (l == Lang.ZH ? "" : " ")
                + fill("coverage.others-summary", l, "instruments", others.size(),
                        "provisions", others.stream().mapToInt(p -> p.provisions().size()).sum(), "rules", c.others().stream()
                                .map(LawCoverage.OtherBasis::rule).distinct().count());
    }

    private static String bases(LawCoverage.OtherBasis o, Lang l) {
        return o.bases().stream().map(x -> Law.render(x, l)).collect(Collectors.joining(l == Lang.ZH ? "；" : "; "));
    }

    /** 《title》（number, dates）, a title that quotes another with 〈〉 inside; in English, its English name after. */
    private static String heading(Instrument i, Lang l) {
        return "《" + i.title().replace('《', '〈').replace('》', '〉') + "》（" + i.number() + (i.dates().isEmpty() ? "" : "，" + i.dates()) + "）"
                + (l == Lang.ZH ? "" : " — " + i.en());
    }

    /** An article as its reader names it: "第三十条", in English "第三十条 (Art. 30)". */
    private static String article(String a, Lang l) {
        String en = l == Lang.ZH ? "" : Law.english(a);
        return en.isEmpty() ? a : a + " (" + en + ")";
    }

    private static String excerpt(Instrument i, LawCoverage.Provision v, Lang l) {
        if (!v.excerpt().isEmpty()) {
            return v.excerpt();
        }
        return fill("coverage.no-text", l, "tag", i.tag());
    }

    private static String unchecked(LawCoverage.Provision v, Lang l) {
        if (v.note() == null) {
            return get("coverage.no-note", l);
        }
        return fill("coverage.unchecked", l, "kind", v.note().kind().label(l), "why", v.note().text(l));
    }

    /** The paragraph a rule cites when it is narrower than the article: "（第二款）", in English " (Art. 3(2))". */
    private static String part(String article, LawCoverage.Implementation i, Lang l) {
        List<String> parts = i.cited().stream().filter(c -> !c.equals(article) && c.startsWith(article))
                .map(c -> l == Lang.ZH ? c.substring(article.length()) : Law.english(c)).toList();
        if (parts.isEmpty() || i.cited().contains(article)) {
            return "";
        }
        return (l == Lang.ZH ? "（" : " (") + String.join(l == Lang.ZH ? "、" : ", ", parts) + (l == Lang.ZH ? "）" : ")");
    }

    private static String severities(LawCoverage.Implementation i, Lang l) {
        return i.severities().stream().map(s -> s.label(l)).collect(Collectors.joining(l == Lang.ZH ? "、" : ", "));
    }

    private static String list(List<String> names, Lang l) {
        return names.isEmpty() ? get("coverage.none", l) : String.join(l == Lang.ZH ? "、" : ", ", names);
    }

    private static String sep(Lang l) {
        return l == Lang.ZH ? "：" : ": ";
    }

    /** A table cell: a pipe or a line break cannot end it, HTML is shown as text. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace('\n', ' ');
    }

    private static String fill(String key, Lang l, Object... args) {
        return Template.fill(get(key, l), Args.of(args), l);
    }
}
