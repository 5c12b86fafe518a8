package juece.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import juece.engine.RuleBook;
import juece.Version;
import juece.text.Lang;
import juece.text.Message;
import juece.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code juece}: wires command-line options to the pipeline. Exit codes (SPEC §2): 0 clean, 1 a
 * finding at or above --fail-on, 2 usage error or input that could not be checked, 3 internal error.
 */
@Command(name = "juece", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks the procedure of major administrative decisions and normative documents (重大行政决策、行政规范性文件).",
        subcommands = {CheckCommand.class, PlanCommand.class, RulesCommand.class, ExplainCommand.class, CoverageCommand.class,
                VerifyCommand.class, SchemaCommand.class, VocabularyCommand.class, InitCommand.class, ServeCommand.class,
                StatsCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    /** The usage help in Chinese, by picocli's resource-bundle keys (juece/cli/help_zh.properties). */
    static final ResourceBundle HELP_ZH = helpZh();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where reports go (bytes, UTF-8) and where problems are told. */
    final PrintStream out;
    final PrintStream err;
    /** The charsets of text for a person on {@code out} and {@code err}: a console's, else UTF-8. */
    final Terminal terminal;

    private Main(PrintStream out, PrintStream err, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, Terminal.detect());
        exitCodeFile(code);
        System.exit(code);
    }

    /** Runs a command line, every byte in UTF-8; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Terminal.UTF8);
    }

    /** Runs a command line, text for a person in the charsets of {@code terminal}; never throws. */
    static int run(String[] args, PrintStream out, PrintStream err, Terminal terminal) {
        Lang lang = UsageErrors.lang(args);
        CommandLine cl = commandLine(out, err, terminal, lang);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, terminal.out()), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, terminal.err()), true));
        cl.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("juece: " + UsageErrors.of(e).render(lang));
            e.getCommandLine().getErr().println(UsageErrors.seeHelp(e.getCommandLine()).render(lang));
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageError u) {
                cmd.getErr().println("juece: " + u.message().render(lang));
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
        if (args.length > 0 && (args[0].equals("check") || args[0].equals("plan") || args[0].equals("verify") || args[0].equals("serve")
                || args[0].equals("stats"))) {
            RuleBook.warmUp();
        }
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            err.println("juece: internal error: " + e);
            return INTERNAL;
        }
    }

    /** juece's command line, its usage help in {@code lang}: Chinese from the bundle, English from the annotations. */
    static CommandLine commandLine(PrintStream out, PrintStream err, Terminal terminal, Lang lang) {
        CommandLine cl = new CommandLine(new Main(out, err, terminal));
        if (lang == Lang.ZH) {
            cl.setResourceBundle(HELP_ZH);
        }
        return cl;
    }

    private static ResourceBundle helpZh() {
        try (java.io.InputStream in = Main.class.getResourceAsStream("/juece/cli/help_zh.properties")) {
            return new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("juece/cli/help_zh.properties is missing from the jar", e);
        }
    }

    /**
     * The distribution's launcher makes its class-data-sharing archive on a first run, and Debian's
     * JDK 17 can crash writing it after the run has ended (PERF-NOTES); the exit code the run chose is
     * then lost. Where the launcher names a file ({@code -Djuece.exit-code-file}), the code goes there
     * too, before the JVM exits. Never fails the run.
     */
    private static void exitCodeFile(int code) {
        String file = System.getProperty("juece.exit-code-file");
        if (file != null && !file.isBlank()) {
            try {
                // a line as the platform writes it: sh reads it with read, cmd with set /p
                java.nio.file.Files.writeString(java.nio.file.Path.of(file), code + System.lineSeparator(), StandardCharsets.US_ASCII);
            } catch (java.io.IOException | RuntimeException e) {
                // the launcher then keeps the JVM's own exit code
            }
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), UsageErrors.COMMAND_REQUIRED);
    }

    /** Input the user can fix (bad option value, unreadable profile or calendar): exit 2, one line in the run's language. */
    public static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Message message;

        /** A bundled message ({@code usage.*}) with named arguments. */
        public UsageError(String key, Object... namesAndValues) {
            this(Texts.msg(key, namesAndValues));
        }

        public UsageError(Message message) {
            super(message.render(Lang.EN));
            this.message = message;
        }

        /** Words that are already what the user must read (a file's name and what is wrong with it). */
        public static UsageError literal(String text) {
            return new UsageError(Message.literal(text));
        }

        public Message message() {
            return message;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"juece " + Version.get()};
        }
    }
}
