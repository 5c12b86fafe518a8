package juece.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import juece.engine.RuleBook;
import juece.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code juece}: wires command-line options to the pipeline. Exit codes (SPEC §2): 0 clean, 1 a
 * finding at or above --fail-on, 2 usage error or input that could not be checked, 3 internal error.
 */
@Command(name = "juece", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks the procedure of major administrative decisions and normative documents (重大行政决策、行政规范性文件).",
        subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, CoverageCommand.class,
                VerifyCommand.class, SchemaCommand.class, StatsCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where reports go (bytes, UTF-8) and where problems are told. */
    final PrintStream out;
    final PrintStream err;

    private Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(out, err));
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageError u) {
                cmd.getErr().println("juece: " + u.getMessage());
                return USAGE;
            }
            cmd.getErr().println("juece: internal error: " + e);
            if (System.getenv("JUECE_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("juece: this is a bug in juece; set JUECE_DEBUG=1 to see where it happened");
            }
            return INTERNAL;
        });
        if (args.length > 0 && (args[0].equals("check") || args[0].equals("verify") || args[0].equals("stats"))) {
            RuleBook.warmUp();
        }
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            err.println("juece: internal error: " + e);
            return INTERNAL;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, rules, explain, coverage, verify, schema, stats, template");
    }

    /** Input the user can fix (bad option value, unreadable profile or calendar): exit 2, one line. */
    public static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageError(String message) {
            super(message);
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"juece " + Version.get()};
        }
    }
}
