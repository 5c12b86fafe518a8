package juece.report;

import static juece.text.Texts.get;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import juece.catalog.Catalog;
import juece.catalog.RuleDocs;
import juece.catalog.RuleMeta;
import juece.catalog.Severity;
import juece.facts.Kind;
import juece.facts.ParameterSource;
import juece.facts.Parameters;
import juece.law.Citation;
import juece.law.Law;
import juece.profile.Parameter;
import juece.profile.ProfileException;
import juece.profile.Profiles;
import juece.text.Lang;

/**
 * One rule id explained: what it is for, when it fires, how to comply, whether it can be waived,
 * and what it rests on — the text of the articles, quoted from the shipped law texts; the profile
 * parameters, with their value and source in every built-in profile; any other basis (the dossier
 * format, the document's own validity). {@code juece explain} prints it as text (a section only
 * when it has content), {@code GET /v1/rules/{id}} answers it as JSON.
 */
public record Explanation(String id, String title, List<Severity> severities, boolean waivable, RuleMeta main,
                          List<Kind> kinds, List<String> bases, RuleDocs.Doc doc, List<Quote> quotes,
                          List<ParameterUse> parameters, List<String> otherBases) {
    private static final String PARAMETERS = "规则档案参数";

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

    /** A profile parameter the rule rests on (null {@code parameter}: a name no built-in profile knows), in every built-in profile. */
    public record ParameterUse(String key, Parameter parameter, List<ProfileValue> values) {
    }

    /** A parameter's value in one built-in profile and where it comes from; {@code own}: set by the profile itself. */
    public record ProfileValue(String profile, Object value, ParameterSource source, boolean own) {
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
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        Set<String> quoted = new LinkedHashSet<>();
        for (RuleMeta r : rules) {
            for (String basis : r.basisNd() == null ? List.of(r.basis()) : List.of(r.basis(), r.basisNd())) {
                for (Citation c : Law.get().cite(basis)) {
                    var in = c.instrument();
                    if (in == null) {
                        if (c.text().startsWith(PARAMETERS)) {
                            parameters.addAll(List.of(c.text().substring(PARAMETERS.length()).strip().split("、")));
                        } else {
                            others.add(Law.render(c.text(), lang));
                        }
                        continue;
                    }
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
                List.copyOf(catalog.kinds(id)), List.copyOf(bases), RuleDocs.of(id).orElse(null), List.copyOf(quotes),
                parameterUses(parameters), List.copyOf(others)));
    }

    /**
     * Each named parameter in every built-in profile: the national value first (saying where national
     * law is silent); a profile sets it itself when its value differs or rests on a source of its own.
     */
    private static List<ParameterUse> parameterUses(Set<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, Parameters> profiles = new LinkedHashMap<>();
        for (String name : Profiles.builtIn()) {
            try {
                profiles.put(name, Profiles.load(name, null).parameters());
            } catch (ProfileException e) {
                throw new IllegalStateException("a built-in profile is broken: " + e.getMessage(), e);
            }
        }
        Parameters national = profiles.get(Profiles.NATIONAL);
        List<ParameterUse> uses = new ArrayList<>();
        for (String key : keys) {
            Parameter p = Parameter.byKey(key);
            List<ProfileValue> values = new ArrayList<>();
            if (p != null) {
                profiles.forEach((name, params) -> {
                    Object value = p.valueIn(params);
                    boolean own = name.equals(Profiles.NATIONAL) || !Objects.equals(value, p.valueIn(national))
                            || !params.source(key).equals(national.source(key)); // the same number on a source of its own
                    values.add(new ProfileValue(name, value, params.source(key), own));
                });
            }
            uses.add(new ParameterUse(key, p, List.copyOf(values)));
        }
        return List.copyOf(uses);
    }

    /** As {@code juece explain} prints it: a section only when it has content. */
    public void text(Lang l, PrintStream out) {
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
        List<String> lines = new ArrayList<>();
        for (Quote q : quotes) {
            lines.add(q.head());
            if (q.text() == null) {
                lines.add("    " + get("explain.no-text", l).replace("{tag}", q.tag()));
            } else {
                q.text().lines().forEach(line -> lines.add("    " + line));
            }
        }
        section(out, get("explain.articles", l), lines);
        section(out, get("explain.parameters", l), parameterLines(l));
        section(out, get("explain.other-basis", l), otherBases.stream().map(o -> "  " + o).toList());
        out.flush();
    }

    private List<String> parameterLines(Lang l) {
        List<String> lines = new ArrayList<>();
        for (ParameterUse use : parameters) {
            lines.add("  " + use.key());
            List<String> same = new ArrayList<>();
            for (ProfileValue v : use.values()) {
                if (v.own()) {
                    lines.add("    " + get("explain.parameter-value", l).replace("{profile}", v.profile())
                            .replace("{value}", value(use.parameter(), v.value(), l)).replace("{source}", v.source().label(l)));
                } else {
                    same.add(v.profile());
                }
            }
            if (!same.isEmpty()) {
                lines.add("    " + get("explain.parameter-same", l).replace("{profiles}", String.join(l == Lang.ZH ? "、" : ", ", same)));
            }
        }
        return lines;
    }

    private static String value(Parameter p, Object v, Lang l) {
        if (v == null) {
            return get("explain.value-none", l);
        }
        return switch (p.type()) {
            case DAYS, DAYS_OR_ZERO -> l == Lang.ZH ? v + "日" : v + " days";
            case YEARS_OR_NULL -> l == Lang.ZH ? v + "年" : v + " years";
            case FLAG -> String.valueOf(v);
        };
    }

    private static void section(PrintStream out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        lines.forEach(out::println);
    }

    private static void section(PrintStream out, String title, String body) {
        out.println();
        out.println(title);
        body.lines().forEach(line -> out.println("  " + line));
    }

    /**
     * As JSON: the id, its title, severities (the first is the main one), step, the kinds of
     * dossier it applies to, whether it can be waived, its bases, the documentation's sections, the
     * articles quoted (each with its text, or {@code text: null} and a {@code note} saying why), the
     * profile parameters with their value and source in every built-in profile, and other bases.
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
            g.writeArrayFieldStart("parameters");
            for (ParameterUse use : parameters) {
                g.writeStartObject();
                g.writeStringField("parameter", use.key());
                g.writeArrayFieldStart("profiles");
                for (ProfileValue v : use.values()) {
                    g.writeStartObject();
                    g.writeStringField("profile", v.profile());
                    g.writeFieldName("value");
                    if (v.value() == null) {
                        g.writeNull();
                    } else if (v.value() instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeNumber((Integer) v.value());
                    }
                    String source = v.source().label(l);
                    g.writeStringField("source", source.isEmpty() ? null : source);
                    g.writeBooleanField("own", v.own());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("other_basis");
            for (String o : otherBases) {
                g.writeString(o);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
