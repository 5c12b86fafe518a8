package juece.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import juece.coverage.CoverageNotes;
import juece.coverage.CoverageReport;
import juece.coverage.LawCoverage;
import juece.engine.RuleBook;
import juece.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code juece coverage}: the map of the law. Every article of 重大行政决策程序暂行条例 and every
 * provision the rules cite elsewhere, with the rules that check it and the golden cases that show
 * them, or why it is not checked.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Map the law: every article of 重大行政决策程序暂行条例 and every provision the rules cite, with the rules and golden cases on it, or why it is not checked.")
final class CoverageCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | md | json (default text)")
    String format;

    @Option(names = "--cases", paramLabel = "DIR", defaultValue = "cases", description = "golden cases to list (default cases/; left out when absent)")
    Path cases;

    @Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        Lang l = language.lang();
        if (!format.equals("text") && !format.equals("md") && !format.equals("json")) {
            throw new Main.UsageError("usage.choice", "option", "--format", "value", format, "choices", "text, md, json");
        }
        LawCoverage coverage = LawCoverage.of(RuleBook.builtIn().catalog(), CoverageNotes.load(), cases);
        try {
            switch (format) {
                case "md" -> CoverageReport.write(CoverageReport.markdown(coverage, l), main.out);
                case "json" -> CoverageReport.json(coverage, l, main.out);
                default -> CoverageReport.write(CoverageReport.text(coverage, l), main.out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        main.out.flush();
        return Main.OK;
    }
}
