package juece.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import juece.engine.RuleBook;
import juece.report.RuleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code juece rules}: every rule with its severity, step, legal basis and whether it can be waived. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: id, severity, step, legal basis, waivable.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | md | json (default text)")
    String format;

    @Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        var catalog = RuleBook.builtIn().catalog();
        var l = language.lang();
        try {
            switch (format) {
                // tables a person reads: in a console's charset; JSON is UTF-8 wherever it goes
                case "text", "md" -> {
                    try (var out = main.terminal.text(main.out)) {
                        if (format.equals("text")) {
                            RuleTable.text(catalog, l, out);
                        } else {
                            RuleTable.markdown(catalog, l, out);
                        }
                    }
                }
                case "json" -> RuleTable.json(catalog, l, main.out);
                default -> throw new Main.UsageError("usage.choice", "option", "--format", "value", format, "choices", "text, md, json");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        main.out.flush();
        return Main.OK;
    }
}
