package juece.cli;

import java.util.concurrent.Callable;
import juece.catalog.Catalog;
import juece.engine.RuleBook;
import juece.report.Explanation;
import juece.text.Lang;
import juece.text.Nearest;
import juece.text.Nearest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code juece explain RULE-ID}: what the rule is for, when it fires, how to comply, whether it can
 * be waived, and what it rests on: the text of the articles, quoted from the shipped law texts; the
 * profile parameters, with their value and source in every built-in profile; any other basis (the
 * dossier format, the document's own validity). A section is printed only when it has content.
 * The same {@link Explanation} is {@code GET /v1/rules/{id}}'s JSON.
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
        Explanation explanation = Explanation.of(catalog, id, l).orElseThrow(() ->
                new Main.UsageError("usage.no-rule", "id", id, "hint", Nearest.ids(id, catalog.ids().keySet())));
        explanation.text(l, main.terminal.print(main.out));
        return Main.OK;
    }
}
