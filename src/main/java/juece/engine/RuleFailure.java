package juece.engine;

/**
 * A rule that threw, or kept firing, while judging a dossier. In an extra rule file that is a fault of the file:
 * the dossier cannot be checked (exit 2, naming file, line and rule); in a shipped rule it is a bug
 * in juece (exit 3).
 */
public final class RuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String rule;
    private final String file;
    private final int line;
    private final boolean builtIn;
    private final String reason;

    /** A rule that threw: the reason is what its own code threw, without Drools' wrapping. */
    RuleFailure(String rule, String file, int line, boolean builtIn, Throwable cause) {
        this(rule, file, line, builtIn, rootOf(cause), cause);
    }

    RuleFailure(String rule, String file, int line, boolean builtIn, String reason, Throwable cause) {
        super("rule \"" + rule + "\" failed: " + reason, cause);
        this.rule = rule;
        this.file = file;
        this.line = line;
        this.builtIn = builtIn;
        this.reason = reason;
    }

    public String rule() {
        return rule;
    }

    /** {@code file:line}, or the file alone when the line is unknown. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    public boolean builtIn() {
        return builtIn;
    }

    public String reason() {
        return reason;
    }

    private static String rootOf(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
