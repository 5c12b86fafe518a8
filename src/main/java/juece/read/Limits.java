package juece.read;

/**
 * Input limits, documented in the README. A real dossier is a few kilobytes, four levels deep;
 * these leave wide room for that and none for an input built to exhaust the checker.
 */
public final class Limits {
    /** SPEC §3 allows at most 10 MiB; a dossier of 1 MiB would already be a thousand pages. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** The format is at most 5 levels deep (waivers → item → field); 32 leaves room for mistakes. */
    public static final int MAX_DEPTH = 32;
    /** The longest field name in the format has 25 characters. */
    public static final int MAX_KEY_CHARS = 128;
    /** A reason or title longer than 64 Ki characters is not text a person wrote. */
    public static final int MAX_SCALAR_CHARS = 64 * 1024;

    private Limits() {
    }
}
