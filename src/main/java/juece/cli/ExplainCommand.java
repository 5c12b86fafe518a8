package juece.cli;

import static juece.text.Texts.get;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import juece.catalog.Catalog;
import juece.catalog.RuleDocs;
import juece.catalog.RuleMeta;
import juece.engine.RuleBook;
import juece.facts.Kind;
import juece.law.Citation;
import juece.law.Law;
import juece.profile.Parameter;
import juece.profile.ProfileException;
import juece.profile.Profiles;
import juece.text.Lang;
import juece.text.Nearest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code juece explain RULE-ID}: what the rule is for, when it fires, how to comply, whether it can
 * be waived, and what it rests on: the text of the articles, quoted from the shipped law texts; the
 * profile parameters, with their value and source in every built-in profile; any other basis (the
 * dossier format, the document's own validity). A section is printed only when it has content.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a rule: purpose, the article's text, trigger, how to comply.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE-ID", description = "e.g. legality-review/missing")
    String id;

    @Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        Lang l = language.lang();
        Catalog catalog = RuleBook.builtIn().catalog();
        List<RuleMeta> rules = catalog.withId(id);
        if (rules.isEmpty()) {
            throw new Main.UsageError("usage.no-rule", "id", id, "hint", Nearest.ids(id, catalog.ids().keySet()));
        }
        PrintStream out = main.terminal.print(main.out);
        RuleMeta main = rules.get(0);
        out.println(id + " — " + RuleDocs.title(main, l));
        String severities = rules.stream().map(r -> r.severity().label(l)).distinct().collect(Collectors.joining(" / "));
        out.println(get("explain.header", l).replace("{severity}", severities)
                .replace("{waivable}", get(catalog.waivable(id) ? "explain.waivable" : "explain.not-waivable", l))
                .replace("{step}", main.step().label(l))
                .replace("{kinds}", catalog.kinds(id).stream().map(k -> k.label(l)).collect(Collectors.joining(l == Lang.ZH ? "、" : ", "))));
        Set<String> bases = new LinkedHashSet<>();
        for (RuleMeta r : rules) {
            for (Kind k : r.kinds()) {
                bases.add(Law.render(r.basisFor(k), l));
            }
        }
        out.println(get("explain.basis", l) + String.join(l == Lang.ZH ? "；" : "; ", bases));
        RuleDocs.of(id).ifPresent(doc -> {
            section(out, get("explain.purpose", l), doc.purpose(l));
            section(out, get("explain.trigger", l), doc.trigger(l));
            section(out, get("explain.comply", l), doc.comply(l));
        });
        List<String> quotes = new ArrayList<>();
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        Set<String> quoted = new LinkedHashSet<>();
        for (RuleMeta r : rules) {
            for (String basis : r.basisNd() == null ? List.of(r.basis()) : List.of(r.basis(), r.basisNd())) {
                for (Citation c : Law.get().cite(basis)) {
                    if (c.instrument() == null) {
                        if (c.text().startsWith(PARAMETERS)) {
                            parameters.addAll(List.of(c.text().substring(PARAMETERS.length()).strip().split("、")));
                        } else {
                            others.add(Law.render(c.text(), l));
                        }
                        continue;
                    }
                    String head = "  《" + c.instrument().title() + "》（" + c.instrument().number()
                            + (c.instrument().dates().isEmpty() ? "" : "，" + c.instrument().dates()) + "）";
                    if (c.articles().isEmpty() || c.instrument().file().isEmpty()) {
                        if (quoted.add(head)) {
                            quotes.add(head);
                            quotes.add("    " + get("explain.no-text", l).replace("{tag}", c.instrument().tag()));
                        }
                        continue;
                    }
                    for (String a : c.articles()) {
                        Law.get().text(c.instrument(), a).ifPresent(t -> {
                            if (quoted.add(head + t)) {
                                quotes.add(head);
                                t.lines().forEach(line -> quotes.add("    " + line));
                            }
                        });
                    }
                }
            }
        }
        // a section is printed only with something in it: a rule resting on a profile parameter or on
        // the dossier format has no article to quote, and says what applies instead
        section(out, get("explain.articles", l), quotes);
        section(out, get("explain.parameters", l), parameterLines(parameters, l));
        section(out, get("explain.other-basis", l), others.stream().map(o -> "  " + o).toList());
        out.flush();
        return Main.OK;
    }

    private static final String PARAMETERS = "规则档案参数";

    /**
     * What each named parameter is in every built-in profile, with its source: the national value
     * first (saying where national law is silent), then each profile that sets the parameter itself
     * (another value, or the same value on a source of its own), then the profiles that inherit it.
     */
    static List<String> parameterLines(Set<String> keys, Lang l) {
        List<String> lines = new ArrayList<>();
        Map<String, juece.facts.Parameters> profiles = new LinkedHashMap<>();
        for (String name : Profiles.builtIn()) {
            try {
                profiles.put(name, Profiles.load(name, Path.of(".")).parameters());
            } catch (ProfileException e) {
                throw new IllegalStateException("a built-in profile is broken: " + e.getMessage(), e);
            }
        }
        juece.facts.Parameters national = profiles.get(Profiles.NATIONAL);
        for (String key : keys) {
            Parameter p = Parameter.byKey(key);
            if (p == null) {
                lines.add("  " + key);
                continue;
            }
            lines.add("  " + key);
            List<String> same = new ArrayList<>();
            for (Map.Entry<String, juece.facts.Parameters> e : profiles.entrySet()) {
                Object value = p.valueIn(e.getValue());
                boolean own = e.getKey().equals(Profiles.NATIONAL) || !java.util.Objects.equals(value, p.valueIn(national))
                        || !e.getValue().source(key).equals(national.source(key)); // the same number on a source of its own
                if (own) {
                    lines.add("    " + get("explain.parameter-value", l).replace("{profile}", e.getKey())
                            .replace("{value}", value(p, value, l)).replace("{source}", e.getValue().source(key).label(l)));
                } else {
                    same.add(e.getKey());
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
}
