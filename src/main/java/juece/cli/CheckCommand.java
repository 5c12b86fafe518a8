package juece.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import juece.engine.RuleFileException;
import juece.findings.RunReport;
import juece.pipeline.Checker;
import juece.report.Formats;
import juece.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code juece check PATH...}: checks dossiers and reports every gap with the article it breaks. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check dossiers (files, or folders searched for *.yaml / *.yml).")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "dossier files or folders")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | json (default text)")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE (default: standard output)")
    Path output;

    @Mixin
    Options options = new Options();

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        var reporter = Formats.reporter(format).orElseThrow(() -> new Main.UsageError(
                "--format: expected one of " + Formats.names() + ", found " + format));
        Lang lang = options.lang();
        Checker checker;
        try {
            checker = new Checker(new Checker.Options(options.asOf(), options.gate(), options.failOn(),
                    options.profile(), options.rules(), options.calendar(true), options.threads()));
        } catch (RuleFileException e) {
            throw new Main.UsageError(e.getMessage());
        }
        RunReport report = checker.check(paths);
        try (OutputStream out = output == null ? new UnclosableOut(main.out)
                : new BufferedOutputStream(Files.newOutputStream(output))) {
            reporter.write(report, lang, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report.exitCode();
    }

    /** Standard output, flushed but never closed by a reporter. */
    private static final class UnclosableOut extends java.io.FilterOutputStream {
        UnclosableOut(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
