package juece.engine;

/** An extra rule file that does not compile or breaks the metadata contract: exit 2, with file and line. */
public final class RuleFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    public RuleFileException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
