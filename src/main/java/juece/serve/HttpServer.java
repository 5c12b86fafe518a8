package juece.serve;

import static juece.serve.ServeTexts.msg;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import juece.profile.Profile;
import juece.profile.ProfileException;
import juece.profile.Profiles;
import juece.report.Formats;
import juece.text.Lang;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code juece serve} on Jetty 12's core server (no servlet layer): one HTTP/1.1 connector with
 * idle and header timeouts, a minimum upload rate and a cap on open connections; the API behind a
 * graceful handler, so that a stop (SIGTERM: Jetty's shutdown hook) lets the requests in flight
 * finish; Jetty's error pages replaced by problem JSON. As many checks run at once as there are
 * checking threads (one per core by default): on the thread that read the body when one is free,
 * else queued for a pool of that size.
 */
public final class HttpServer implements AutoCloseable {
    /** How long a stop waits for the requests in flight. */
    static final long STOP_TIMEOUT_MILLIS = 15_000;
    /** Uploads slower than this are cut (HTTP 408): a slow client cannot hold a request open for ever. */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 4096;
    /** Open connections at most; beyond, new ones wait in the accept queue. */
    static final int MAX_CONNECTIONS = 512;

    private final Server server;
    private final ServerConnector connector;
    private final Api api;
    private final Graceful graceful;
    private final ThreadPoolExecutor checks;

    private HttpServer(ServeConfig config) {
        Formats.keepDraftsInMemory(); // nothing a request brings or asks for is written to disk
        QueuedThreadPool pool = new QueuedThreadPool(64, 4);
        pool.setName("juece-http");
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
        // the API is called as soon as a request's headers are in (it reads bodies without holding a
        // thread), so that a stop counts a request whose body is still coming as in flight
        http.setDelayDispatchUntilContent(false);
        // a rule id holds a slash, which generated clients send as %2F: /v1/rules/legality-review%2Fmissing
        http.setUriCompliance(UriCompliance.DEFAULT.with("juece", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeoutMillis());
        connector.addBean(new HeaderDeadline(server, config.headerTimeoutMillis()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        AtomicInteger n = new AtomicInteger();
        checks = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "juece-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        api = new Api(config, builtInProfiles(), checks, new Statics());
        graceful = new Graceful(api, config);
        server.setHandler(graceful);
        server.setErrorHandler(new ProblemErrorHandler(config.audit()));
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        server.setStopAtShutdown(true);
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle event) {
                checks.shutdown();
            }
        });
    }

    /**
     * Starts listening at once ({@code /healthz} answers); the rule base is made ready in the
     * background, and {@code onReady} is told when {@code /readyz} says so.
     */
    public static HttpServer start(ServeConfig config, Runnable onReady) throws Exception {
        HttpServer s = new HttpServer(config);
        s.server.start();
        Thread warm = new Thread(() -> {
            config.checker().catalog(); // builds the rule base, shared by every later request
            s.api.ready();
            if (onReady != null) {
                onReady.run();
            }
        }, "juece-ready");
        warm.setDaemon(true);
        warm.start();
        return s;
    }

    /** The port listened on (the one chosen when the configuration said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** How many requests are being handled now (what a stop waits for). */
    long requestsInFlight() {
        return graceful.getCurrentRequestCount();
    }

    /** How many checks hold a place now, running or waiting (for tests and the benchmark's notes). */
    int checksAdmitted() {
        return api.checksAdmitted();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops gracefully: no new connections, the requests in flight finish (for at most 15 s). */
    @Override
    public void close() throws Exception {
        server.stop();
        checks.awaitTermination(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static Map<String, Profile> builtInProfiles() {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (String name : Profiles.builtIn()) {
            try {
                profiles.put(name, Profiles.load(name, null));
            } catch (ProfileException e) {
                throw new IllegalStateException("the bundled profile " + name + " is broken: " + e.getMessage(), e);
            }
        }
        return profiles;
    }

    /** During a stop, new requests get a 503 problem with Retry-After while those in flight finish. */
    private static final class Graceful extends GracefulHandler {
        private final ServeConfig config;

        Graceful(Api api, ServeConfig config) {
            super(api);
            this.config = config;
        }

        @Override
        protected void handleShutdownRejection(Request request, Response response, Callback callback) {
            byte[] body = new HttpProblem(503, "shutting-down", msg("shutting-down")).json(Lang.ZH);
            response.setStatus(503);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            response.getHeaders().put("Retry-After", "5");
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            config.audit().accept(Audit.line(java.time.Instant.now(), request, null, 503, 0, java.util.List.of(), 0, null));
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    /**
     * A new connection must have sent its first request's headers within the deadline, or it is
     * closed: a client that opens connections and dribbles header bytes (slowloris) holds no thread
     * here anyway, and now no connection either; between requests the idle timeout applies.
     */
    private static final class HeaderDeadline implements Connection.Listener {
        private final Server server;
        private final long millis;

        HeaderDeadline(Server server, long millis) {
            this.server = server;
            this.millis = millis;
        }

        @Override
        public void onOpened(Connection connection) {
            server.getScheduler().schedule(() -> {
                if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                    connection.getEndPoint().close();
                }
            }, millis, TimeUnit.MILLISECONDS);
        }
    }
}
