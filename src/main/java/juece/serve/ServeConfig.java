package juece.serve;

import java.util.function.Consumer;
import juece.pipeline.Checker;
import juece.profile.Profile;

/**
 * How {@code juece serve} runs: where it listens, the access token (null: none; required off the
 * loopback), the checker every request's checks start from (its rules and calendar; as-of, gate,
 * fail-on and profile come with each request), the server's default profile (null: each dossier's
 * own, else national), the threads that check, how many checks it takes at once (running or
 * waiting; a 503 beyond), the idle timeout, the time a new connection has to send its first
 * request's headers, and where the audit lines go.
 */
public record ServeConfig(String host, int port, byte[] token, Checker checker, Profile profile, int threads,
                          int maxRequests, long idleTimeoutMillis, long headerTimeoutMillis, Consumer<String> audit) {
    public static final int DEFAULT_PORT = 8417;
    public static final int DEFAULT_MAX_REQUESTS = 128;
    public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 30_000;
    public static final long DEFAULT_HEADER_TIMEOUT_MILLIS = 10_000;

    public ServeConfig {
        token = token == null ? null : token.clone();
        if (threads < 1 || maxRequests < 1) {
            throw new IllegalArgumentException("threads and maxRequests must be at least 1");
        }
    }
}
