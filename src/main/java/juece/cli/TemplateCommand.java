package juece.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import juece.ledger.LedgerTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code juece template …}: files to start from. */
@Command(name = "template", mixinStandardHelpOptions = true, description = "Write a file to start from.",
        subcommands = {TemplateCommand.Ledger.class})
final class TemplateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "which template? ledger");
    }

    /** {@code juece template ledger [FILE]}: an empty ledger workbook with every header juece reads. */
    @Command(name = "ledger", mixinStandardHelpOptions = true,
            description = "Write an empty ledger (台账) workbook: the headers juece reads, a note on each, dropdowns, an example sheet.")
    static final class Ledger implements Callable<Integer> {
        static final String DEFAULT = "台账模板.xlsx";

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "the workbook to write (default " + DEFAULT + ")")
        Path file;

        @Option(names = "--force", description = "overwrite FILE if it exists")
        boolean force;

        @picocli.CommandLine.ParentCommand
        TemplateCommand parent;

        @Override
        public Integer call() {
            Path target = file != null ? file : Path.of(DEFAULT);
            if (Files.exists(target) && !force) {
                throw new Main.UsageError("usage.template-exists", "file", target);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
                LedgerTemplate.write(out);
            } catch (IOException e) {
                throw new Main.UsageError("usage.output-unwritable", "file", target, "reason", String.valueOf(e.getMessage()));
            }
            parent.main.err.println("juece: " + target);
            return Main.OK;
        }
    }
}
