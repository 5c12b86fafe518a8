package juece.cli;

import static juece.text.Texts.msg;

import java.util.ArrayList;
import java.util.List;
import juece.text.Lang;
import juece.text.Message;
import juece.text.Nearest;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command-line mistake told in the user's language (Chinese unless {@code --lang en}): picocli's
 * own errors — an unknown option, a missing value, a value of the wrong type, an option given twice
 * — are read by kind and worded again, with the nearest option or command where there is one.
 */
final class UsageErrors {
    /** Main's own complaint when no command is given, recognised by this text. */
    static final String COMMAND_REQUIRED = "a command is required";

    private UsageErrors() {
    }

    /**
     * The language of the run, read from the arguments before picocli parses them (its own errors
     * come before any option is bound): {@code --lang en} or {@code --lang=en}, else Chinese.
     */
    static Lang lang(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Lang.parse(value);
                } catch (IllegalArgumentException e) {
                    return Lang.ZH;
                }
            }
        }
        return Lang.ZH;
    }

    static Message of(CommandLine.ParameterException e) {
        CommandLine cmd = e.getCommandLine();
        if (COMMAND_REQUIRED.equals(e.getMessage())) {
            return msg("usage.command-required", "commands", subcommands(cmd));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (first.startsWith("-")) {
                return msg("usage.unknown-option", "option", first, "command", name(cmd), "hint", nearest(first, options(cmd)));
            }
            if (cmd.getParent() == null && !cmd.getSubcommands().isEmpty()) {
                return msg("usage.unknown-command", "command", first, "commands", subcommands(cmd),
                        "hint", nearest(first, new ArrayList<>(cmd.getSubcommands().keySet())));
            }
            return msg("usage.extra-argument", "args", String.join(" ", unmatched), "command", name(cmd));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            ArgSpec missing = m.getMissing().isEmpty() ? null : m.getMissing().get(0);
            if (missing instanceof OptionSpec o) {
                return msg("usage.missing-value", "option", o.longestName(), "label", o.paramLabel());
            }
            return msg("usage.missing-parameter", "label", missing == null ? "" : missing.paramLabel(), "command", name(cmd));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return msg("usage.twice", "option", ((OptionSpec) o.getOverwritten()).longestName());
        }
        if (e.getArgSpec() instanceof OptionSpec o && e.getValue() != null) {
            boolean number = o.type() == Integer.class || o.type() == int.class;
            return msg(number ? "usage.bad-number" : "usage.bad-value", "option", o.longestName(), "value", e.getValue(),
                    "label", o.paramLabel());
        }
        return Message.literal(e.getMessage());
    }

    /** "用 juece check --help 查看用法" */
    static Message seeHelp(CommandLine cmd) {
        return msg("usage.see-help", "command", cmd.getCommandSpec().qualifiedName());
    }

    private static String name(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName();
    }

    private static String subcommands(CommandLine cmd) {
        return String.join(", ", cmd.getSubcommands().keySet());
    }

    private static List<String> options(CommandLine cmd) {
        List<String> names = new ArrayList<>();
        cmd.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        return names;
    }

    /** "（是否应为 --format？）", or nothing. */
    private static Message nearest(String typo, List<String> known) {
        String near = Nearest.of(typo.replaceFirst("=.*", ""), known);
        return near == null ? Message.literal("") : msg("format.hint-nearest", "key", near);
    }
}
