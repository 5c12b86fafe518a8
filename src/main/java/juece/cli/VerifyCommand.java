package juece.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import juece.engine.RuleFileException;
import juece.golden.GoldenCase;
import juece.golden.GoldenCases;
import juece.golden.GoldenRunner;
import juece.profile.ProfileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code juece verify [DIR...]}: runs the golden cases (default {@code cases/} and {@code cases-invalid/})
 * and shows, for each one that fails, what was expected and not produced and what was produced and
 * not expected.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Run golden cases (folders with dossier.yaml and expected.yaml).")
final class VerifyCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "DIR", description = "folders of golden cases (default: cases and cases-invalid, those of them that exist)")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--update", description = "rewrite each failing case's findings with what the rules produce now (review the diff before committing)")
    boolean update;

    @Mixin
    Options options = new Options();

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        List<Path> roots = dirs;
        if (roots.isEmpty()) {
            roots = GoldenCases.FOLDERS.stream().filter(Files::isDirectory).toList();
            if (roots.isEmpty()) {
                throw new Main.UsageError("usage.no-cases");
            }
        }
        for (Path dir : roots) {
            if (!Files.isDirectory(dir)) {
                throw new Main.UsageError("usage.no-such-cases", "folder", dir);
            }
        }
        PrintStream out = main.terminal.print(main.out);
        // the bundled calendar only (and --calendar): a case must not depend on the machine's environment
        GoldenRunner runner = new GoldenRunner(options.calendar(false));
        List<Path> cases = new ArrayList<>();
        roots.forEach(dir -> cases.addAll(GoldenCases.find(dir)));
        int failed = 0;
        int broken = 0;
        for (Path folder : cases) {
            try {
                GoldenCase c = GoldenCases.read(folder);
                GoldenRunner.Verdict v = runner.run(c);
                if (v.passed()) {
                    out.println("ok    " + folder);
                } else {
                    failed++;
                    out.println("FAIL  " + folder);
                    out.print(v.diff());
                    if (update) {
                        GoldenRunner.update(v);
                        out.println("      updated " + c.expectation());
                    }
                }
            } catch (GoldenCases.BadCase | ProfileException | RuleFileException e) {
                broken++;
                out.println("BROKEN " + folder + ": " + e.getMessage());
            }
        }
        out.printf("%d cases: %d passed, %d failed, %d broken%n", cases.size(), cases.size() - failed - broken, failed, broken);
        out.flush();
        if (cases.isEmpty() || broken > 0) {
            return Main.USAGE;
        }
        return failed > 0 ? Main.FINDINGS : Main.OK;
    }
}
