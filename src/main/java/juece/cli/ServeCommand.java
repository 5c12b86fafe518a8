package juece.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import juece.catalog.Severity;
import juece.engine.RuleFileException;
import juece.pipeline.Checker;
import juece.profile.Profile;
import juece.serve.HttpServer;
import juece.serve.ServeConfig;
import juece.serve.ServeTexts;
import juece.text.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code juece serve}: the HTTP API (SPEC §8) for OA systems and the workbench page. One rule base
 * for the process; every request independent. Safe by default: it listens on the loopback only, and
 * anywhere else only with an access token.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API and the workbench page (SPEC §8): POST /v1/check, GET /v1/rules, …")
final class ServeCommand implements Callable<Integer> {
    /** A token shorter than this is guessable. */
    static final int MIN_TOKEN_CHARS = 16;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default 127.0.0.1); any other than the loopback needs --token-file")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeConfig.DEFAULT_PORT,
            description = "port (default 8417; 0: any free port)")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file holding the access token (one line, at least 16 characters); every /v1/ request then needs Authorization: Bearer TOKEN")
    Path tokenFile;

    @Option(names = "--profile", paramLabel = "NAME|FILE", description = "default rule profile (a request's profile parameter may name a built-in one)")
    String profile;

    @Option(names = "--rules", paramLabel = "DIR", description = "extra DRL rules (a folder of *.drl, or a file), layered on the built-in rules")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--calendar", paramLabel = "DIR", description = "extra holiday files (holiday-cn JSON, one per year); also $JUECE_CALENDAR_DIR")
    List<Path> calendarDirs = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "threads that check (default: the number of cores)")
    Integer threads;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "" + ServeConfig.DEFAULT_MAX_REQUESTS,
            description = "checks taken at once, running or waiting (default 128); beyond it 503 with Retry-After")
    int maxRequests;

    @Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        PrintStream err = new PrintStream(main.err, true, StandardCharsets.UTF_8);
        if (port < 0 || port > 65535) {
            throw usage(ServeTexts.msg("serve.port", "port", port));
        }
        if (maxRequests < 1) {
            throw new Main.UsageError(ServeTexts.msg("serve.max-requests", "value", maxRequests));
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw usage(ServeTexts.msg("serve.host", "host", host, "reason", String.valueOf(e.getMessage())));
        }
        if (!address.isLoopbackAddress() && tokenFile == null) {
            throw usage(ServeTexts.msg("serve.non-loopback", "host", host));
        }
        byte[] token = tokenFile == null ? null : token(tokenFile);
        Options o = new Options();
        o.profile = profile;
        o.rules = rules;
        o.calendarDirs = calendarDirs;
        o.threads = threads;
        o.language = language;
        Profile serverProfile = o.profile();
        Checker checker;
        try {
            checker = new Checker(new Checker.Options(LocalDate.now(), null, Severity.ERROR, serverProfile, o.rules(),
                    o.calendar(true), o.threads(), false));
        } catch (RuleFileException e) {
            throw Main.UsageError.literal(e.getMessage());
        }
        ServeConfig config = new ServeConfig(host, port, token, checker, serverProfile, o.threads(), maxRequests,
                ServeConfig.DEFAULT_IDLE_TIMEOUT_MILLIS, ServeConfig.DEFAULT_HEADER_TIMEOUT_MILLIS, err::println);
        HttpServer server;
        try {
            server = HttpServer.start(config, null);
        } catch (IOException e) {
            throw usage(ServeTexts.msg("serve.bind", "host", host, "port", port, "reason", String.valueOf(e.getMessage())));
        }
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
        Message listening = ServeTexts.msg("serve.listening", "url", url, "rules", checker.catalog().ids().size(),
                "auth", token == null ? Message.literal("") : ServeTexts.msg("serve.auth"));
        err.println(listening.render(language.lang()));
        server.join(); // until a stop: SIGTERM or Ctrl+C runs Jetty's shutdown hook, which lets requests in flight finish
        err.println(ServeTexts.msg("serve.stopped").render(language.lang()));
        return Main.OK;
    }

    /** The token: the file's first line, trimmed, at least 16 characters. */
    private static byte[] token(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw usage(ServeTexts.msg("serve.token-unreadable", "file", file, "reason", String.valueOf(e.getMessage())));
        }
        String token = text.lines().findFirst().orElse("").strip();
        if (token.isEmpty()) {
            throw usage(ServeTexts.msg("serve.token-empty", "file", file));
        }
        if (token.length() < MIN_TOKEN_CHARS) {
            throw usage(ServeTexts.msg("serve.token-short", "file", file, "length", token.length()));
        }
        return token.getBytes(StandardCharsets.UTF_8);
    }

    /** A usage error in the command's language, Chinese unless --lang en (exit 2). */
    private static Main.UsageError usage(Message m) {
        return new Main.UsageError(m);
    }
}
