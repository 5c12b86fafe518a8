package juece.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import juece.engine.RuleFileException;
import juece.facts.Step;
import juece.facts.Vocabulary;
import juece.pipeline.Checker;
import juece.pipeline.Inputs;
import juece.plan.PlanSummary;
import juece.plan.Planner;
import juece.report.PlanReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code juece plan PATH...}: what must happen next, and by when (SPEC §9). The same options as
 * {@code check}; {@code --target STEP=DATE} schedules the other steps back from a date set for one.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan dossiers: the steps the law requires, each dated duty with its date and status, the next one first.")
final class PlanCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "dossier files or folders")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text | json | md | ics (default text)")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the plan to FILE (default standard output)")
    Path output;

    @Option(names = "--target", paramLabel = "STEP=DATE",
            description = "a date set for a step (hearing | legality_review | collective_decision | publication), repeatable; "
                    + "the dates of the other steps are scheduled from it")
    List<String> targets = new ArrayList<>();

    @Mixin
    Options options = new Options();

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        PlanReporter reporter = PlanReporter.Formats.reporter(format).orElseThrow(() -> new Main.UsageError(
                "usage.choice", "option", "--format", "value", format, "choices", PlanReporter.Formats.names()));
        guard();
        Planner planner;
        try {
            planner = new Planner(new Planner.Options(options.asOf(), options.gate(), options.failOn(), options.profile(),
                    options.rules(), options.calendar(true), options.threads(), targets()));
        } catch (RuleFileException e) {
            throw Main.UsageError.literal(e.getMessage());
        }
        OutputStream out = null;
        try {
            out = new BufferedOutputStream(output == null ? new Terminal.Unclosable(main.out) : Files.newOutputStream(output));
            reporter.start(planner.header(), options.lang(), out);
            OutputStream sinkOut = out;
            PlanSummary summary = planner.run(Checker.files(paths), p -> {
                try {
                    reporter.dossier(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, Progress.onTerminal(main.err));
            reporter.finish(summary);
            sinkOut.close();
            out = null;
            if (main.out.checkError()) {
                throw new IOException("standard output could not be written");
            }
            return summary.exitCode();
        } catch (UncheckedIOException e) {
            throw Main.UsageError.literal((output == null ? "" : "--output " + output + ": ") + e.getCause().getMessage());
        } catch (IOException e) {
            throw Main.UsageError.literal((output == null ? "" : "--output " + output + ": ") + e.getMessage());
        } finally {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    // the error that brought us here is the one to report
                }
            }
        }
    }

    /** --target STEP=DATE, each step at most once. */
    private Map<Step, LocalDate> targets() {
        Map<Step, LocalDate> out = new EnumMap<>(Step.class);
        List<String> allowed = Planner.targetSteps().stream().map(Step::yaml).toList();
        for (String t : targets) {
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new Main.UsageError("usage.target", "target", t, "steps", allowed);
            }
            Step step = Vocabulary.parse(Step.class, t.substring(0, eq)).filter(Planner.targetSteps()::contains)
                    .orElseThrow(() -> new Main.UsageError("usage.target", "target", t, "steps", allowed));
            try {
                if (out.put(step, LocalDate.parse(t.substring(eq + 1))) != null) {
                    throw new Main.UsageError("usage.target-twice", "target", t, "step", step.yaml());
                }
            } catch (DateTimeParseException e) {
                throw new Main.UsageError("usage.target", "target", t, "steps", allowed);
            }
        }
        return out;
    }

    /** The plan never overwrites what the run reads, nor lands as *.yaml in a folder being planned. */
    private void guard() {
        if (paths.stream().anyMatch(p -> p.toString().isEmpty())) {
            throw new Main.UsageError("usage.empty-path");
        }
        if (output == null) {
            return;
        }
        for (Path p : paths) {
            if (Files.isRegularFile(p) && CheckCommand.same(output, p)) {
                throw new Main.UsageError("usage.output-overwrites", "file", output, "read", p);
            }
            if (Inputs.isYaml(output) && Files.isDirectory(p) && CheckCommand.real(output).startsWith(CheckCommand.real(p))) {
                throw new Main.UsageError("usage.output-inside", "file", output, "folder", p);
            }
        }
    }
}
