package juece.engine;

/**
 * A rule that threw while judging a dossier. In an extra rule file that is a fault of the file:
 * the dossier cannot be checked (exit 2, naming file, line and rule); in a shipped rule it is a bug
 * in juece (exit 3).
 */
public final class RuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String rule;
    private final String file;
    private final int line;
    private final boolean builtIn;

    RuleFailure(String rule, String file, int line, boolean builtIn, Throwable cause) {
        super("rule \"" + rule + "\" failed: " + rootOf(cause), cause);
        this.rule = rule;
        this.file = file;
        this.line = line;
        this.builtIn = builtIn;
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

    /** What the rule's own code threw, without Drools' wrapping. */
    public String reason() {
        return rootOf(getCause());
    }

    private static String rootOf(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
