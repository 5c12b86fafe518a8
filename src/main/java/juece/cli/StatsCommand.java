package juece.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import juece.catalog.Severity;
import juece.engine.RuleFileException;
import juece.pipeline.Checker;
import juece.stats.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code juece stats PATH...}: the year's figures for the 法治政府建设年度报告 (SPEC §10). */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "The year's figures for the annual report on law-based government, from dossiers and ledgers (*.xlsx, *.csv).")
final class StatsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "dossier files or folders, and ledger files (*.xlsx, *.csv)")
    List<Path> paths;

    @Option(names = "--year", paramLabel = "YYYY", description = "the year to count (default: the year before --as-of)")
    Integer year;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "\"today\" for every deadline (default: the real today)")
    String asOf;

    @Option(names = "--by", paramLabel = "authority", description = "also the figures per authority (--by authority)")
    String by;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | json | md | xlsx | html (default text)")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the figures to FILE (default standard output; xlsx and html need a file)")
    Path output;

    @Option(names = "--profile", paramLabel = "NAME|FILE", description = "rule profile (default: each dossier's own, else national)")
    String profile;

    @Option(names = "--rules", paramLabel = "DIR", description = "extra DRL rules layered on the built-in rules")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--calendar", paramLabel = "DIR", description = "extra holiday files; also $JUECE_CALENDAR_DIR")
    List<Path> calendarDirs = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        if (!Stats.FORMATS.contains(format)) {
            throw new Main.UsageError("usage.choice", "option", "--format", "value", format, "choices", Stats.FORMATS);
        }
        if (output == null && (format.equals("xlsx") || format.equals("html"))) {
            throw new Main.UsageError("usage.format-needs-file", "format", format);
        }
        if (by != null && !by.equals("authority")) {
            throw new Main.UsageError("usage.choice", "option", "--by", "value", by, "choices", List.of("authority"));
        }
        if (paths.stream().anyMatch(p -> p.toString().isEmpty())) {
            throw new Main.UsageError("usage.empty-path");
        }
        Options o = new Options();
        o.asOf = asOf;
        o.profile = profile;
        o.rules = rules;
        o.calendarDirs = calendarDirs;
        o.threads = threads;
        o.language = language;
        LocalDate today = o.asOf();
        int y = year != null ? year : Stats.defaultYear(today);
        if (y < 1900 || y > 9999) {
            throw new Main.UsageError("usage.year", "value", year);
        }
        guard();
        var calendar = o.calendar(true);
        Checker checker;
        try {
            checker = new Checker(new Checker.Options(today, null, Severity.ERROR, o.profile(), o.rules(), calendar, o.threads(), false));
        } catch (RuleFileException e) {
            throw Main.UsageError.literal(e.getMessage());
        }
        Stats.Result result = Stats.run(checker, calendar, paths, new Stats.Options(y, today, by != null, o.lang()), Progress.onTerminal(main.err));
        try (OutputStream out = output == null ? new Terminal.Unclosable(main.out) : new BufferedOutputStream(Files.newOutputStream(output))) {
            Stats.write(result.report(), format, out);
        } catch (IOException e) {
            throw new Main.UsageError("usage.output-unwritable", "file", output, "reason", String.valueOf(e.getMessage()));
        }
        if (main.out.checkError()) {
            throw new Main.UsageError("usage.stdout-unwritable");
        }
        return result.summary().invalid() > 0 ? Main.USAGE : Main.OK;
    }

    /** The figures never overwrite what the run reads. */
    private void guard() {
        if (output == null) {
            return;
        }
        for (Path p : paths) {
            try {
                if (Files.isRegularFile(p) && Files.exists(output) && Files.isSameFile(p, output)) {
                    throw new Main.UsageError("usage.output-overwrites", "file", output, "read", p);
                }
            } catch (IOException e) {
                // compared by name below
            }
            if (p.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
                throw new Main.UsageError("usage.output-overwrites", "file", output, "read", p);
            }
        }
    }
}
