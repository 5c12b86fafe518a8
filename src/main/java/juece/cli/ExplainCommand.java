package juece.cli;

import static juece.text.Texts.get;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
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
import juece.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code juece explain RULE-ID}: what the rule is for, when it fires, how to comply, whether it can
 * be waived, and the text of the articles it rests on, quoted from the shipped law texts.
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
            throw new Main.UsageError("no rule " + id + catalog.suggest(id).render(Lang.EN) + "; ./juece rules lists them all");
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
        out.println();
        out.println(get("explain.articles", l));
        Set<String> quoted = new LinkedHashSet<>();
        for (RuleMeta r : rules) {
            for (String basis : r.basisNd() == null ? List.of(r.basis()) : List.of(r.basis(), r.basisNd())) {
                for (Citation c : Law.get().cite(basis)) {
                    if (c.instrument() == null) {
                        continue;
                    }
                    String head = "  《" + c.instrument().title() + "》（" + c.instrument().number()
                            + (c.instrument().dates().isEmpty() ? "" : "，" + c.instrument().dates()) + "）";
                    if (c.articles().isEmpty() || c.instrument().file().isEmpty()) {
                        if (quoted.add(head)) {
                            out.println(head);
                            out.println("    " + get("explain.no-text", l).replace("{tag}", c.instrument().tag()));
                        }
                        continue;
                    }
                    for (String a : c.articles()) {
                        Law.get().text(c.instrument(), a).ifPresent(t -> {
                            if (quoted.add(head + t)) {
                                out.println(head);
                                t.lines().forEach(line -> out.println("    " + line));
                            }
                        });
                    }
                }
            }
        }
        out.flush();
        return Main.OK;
    }

    private static void section(PrintStream out, String title, String body) {
        out.println();
        out.println(title);
        body.lines().forEach(line -> out.println("  " + line));
    }
}
