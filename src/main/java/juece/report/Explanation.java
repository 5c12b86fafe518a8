package juece.report;

import static juece.text.Texts.get;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import juece.catalog.Catalog;
import juece.catalog.RuleDocs;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Kind;
import juece.law.Citation;
import juece.law.Law;
import juece.text.Lang;

/**
 * One rule id explained: what it is for, when it fires, how to comply, whether it can be waived,
 * and the text of the articles it rests on, quoted from the shipped law texts. {@code juece explain}
 * prints it as text, {@code GET /v1/rules/{id}} answers it as JSON.
 */
public record Explanation(String id, String title, List<Severity> severities, boolean waivable, RuleMeta main,
                          List<Kind> kinds, List<String> bases, RuleDocs.Doc doc, List<Quote> quotes) {

    /**
     * One article quoted (or, without a verified text, the instrument named with why nothing is
     * quoted): the instrument's title, number and dates, the article cited and its text.
     */
    public record Quote(String instrument, String number, String dates, String article, String text, String tag) {
        /** The heading the text report prints above the article. */
        String head() {
            return "  《" + instrument + "》（" + number + (dates.isEmpty() ? "" : "，" + dates) + "）";
        }
    }

    /** The explanation of {@code id} in {@code lang}, or empty when no rule has that id. */
    public static Optional<Explanation> of(Catalog catalog, String id, Lang lang) {
        List<RuleMeta> rules = catalog.withId(id);
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        RuleMeta main = rules.get(0);
        List<Severity> severities = rules.stream().map(RuleMeta::severity).distinct().toList();
        Set<String> bases = new LinkedHashSet<>();
        for (RuleMeta r : rules) {
            for (Kind k : r.kinds()) {
                bases.add(Law.render(r.basisFor(k), lang));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        Set<String> quoted = new LinkedHashSet<>();
        for (RuleMeta r : rules) {
            for (String basis : r.basisNd() == null ? List.of(r.basis()) : List.of(r.basis(), r.basisNd())) {
                for (Citation c : Law.get().cite(basis)) {
                    if (c.instrument() == null) {
                        continue;
                    }
                    var in = c.instrument();
                    if (c.articles().isEmpty() || in.file().isEmpty()) {
                        Quote q = new Quote(in.title(), in.number(), in.dates(), null, null, in.tag());
                        if (quoted.add(q.head())) {
                            quotes.add(q);
                        }
                        continue;
                    }
                    for (String a : c.articles()) {
                        Law.get().text(in, a).ifPresent(t -> {
                            Quote q = new Quote(in.title(), in.number(), in.dates(), a, t, in.tag());
                            if (quoted.add(q.head() + t)) {
                                quotes.add(q);
                            }
                        });
                    }
                }
            }
        }
        return Optional.of(new Explanation(id, RuleDocs.title(main, lang), severities, catalog.waivable(id), main,
                List.copyOf(catalog.kinds(id)), List.copyOf(bases), RuleDocs.of(id).orElse(null), List.copyOf(quotes)));
    }

    /** As {@code juece explain} prints it. */
    public void text(Lang l, OutputStream stream) {
        PrintStream out = new PrintStream(stream, true, StandardCharsets.UTF_8);
        out.println(id + " — " + title);
        out.println(get("explain.header", l)
                .replace("{severity}", severities.stream().map(s -> s.label(l)).collect(Collectors.joining(" / ")))
                .replace("{waivable}", get(waivable ? "explain.waivable" : "explain.not-waivable", l))
                .replace("{step}", main.step().label(l))
                .replace("{kinds}", kinds.stream().map(k -> k.label(l)).collect(Collectors.joining(l == Lang.ZH ? "、" : ", "))));
        out.println(get("explain.basis", l) + String.join(l == Lang.ZH ? "；" : "; ", bases));
        if (doc != null) {
            section(out, get("explain.purpose", l), doc.purpose(l));
            section(out, get("explain.trigger", l), doc.trigger(l));
            section(out, get("explain.comply", l), doc.comply(l));
        }
        out.println();
        out.println(get("explain.articles", l));
        for (Quote q : quotes) {
            out.println(q.head());
            if (q.text() == null) {
                out.println("    " + get("explain.no-text", l).replace("{tag}", q.tag()));
            } else {
                q.text().lines().forEach(line -> out.println("    " + line));
            }
        }
        out.flush();
    }

    private static void section(PrintStream out, String title, String body) {
        out.println();
        out.println(title);
        body.lines().forEach(line -> out.println("  " + line));
    }

    /**
     * As JSON: the id, its title, severities (the first is the main one), step, the kinds of
     * dossier it applies to, whether it can be waived, its bases, the documentation's sections and
     * the articles quoted, each with its text (or, without a verified text, {@code text: null} and
     * a {@code note} saying why).
     */
    public void json(Lang l, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("title", title);
            g.writeStringField("severity", severities.get(0).id());
            g.writeArrayFieldStart("severities");
            for (Severity s : severities) {
                g.writeString(s.id());
            }
            g.writeEndArray();
            g.writeStringField("step", main.step().yaml());
            g.writeArrayFieldStart("kinds");
            for (Kind k : kinds) {
                g.writeString(k.yaml());
            }
            g.writeEndArray();
            g.writeBooleanField("waivable", waivable);
            g.writeArrayFieldStart("basis");
            for (String b : bases) {
                g.writeString(b);
            }
            g.writeEndArray();
            g.writeStringField("purpose", doc == null ? null : doc.purpose(l));
            g.writeStringField("trigger", doc == null ? null : doc.trigger(l));
            g.writeStringField("how_to_comply", doc == null ? null : doc.comply(l));
            g.writeArrayFieldStart("articles");
            for (Quote q : quotes) {
                g.writeStartObject();
                g.writeStringField("instrument", q.instrument());
                g.writeStringField("number", q.number());
                g.writeStringField("dates", q.dates());
                g.writeStringField("article", q.article());
                g.writeStringField("text", q.text());
                if (q.text() == null) {
                    g.writeStringField("note", get("explain.no-text", l).replace("{tag}", q.tag()));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
