package juece.serve;

import static juece.serve.ServeTexts.msg;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import juece.catalog.Catalog;
import juece.catalog.Severity;
import juece.facts.Gate;
import juece.facts.Vocabulary;
import juece.findings.DossierResult;
import juece.findings.Summary;
import juece.pipeline.Checker;
import juece.pipeline.Input;
import juece.plan.PlanSummary;
import juece.pipeline.Reading;
import juece.plan.OpenDuties;
import juece.plan.Planner;
import juece.report.PlanReporter;
import juece.profile.Parameter;
import juece.profile.Profile;
import juece.report.Explanation;
import juece.report.Formats;
import juece.report.Reporter;
import juece.report.RuleTable;
import juece.text.Lang;
import juece.text.Message;
import juece.text.Nearest;
import juece.validate.SchemaWriter;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The HTTP API of SPEC §8, thin: routing, access, parameters, content negotiation, limits and
 * problem answers. A check reads its body in memory without holding a thread, takes a place among
 * the checks (503 when there is none), and runs through the same {@link Checker} the command line
 * uses, fed by the upload door ({@link Uploads}); its report is any format of {@code juece check}.
 */
final class Api extends Handler.Abstract {
    private static final JsonFactory JSON = new JsonFactory();
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]");
    private static final Set<String> CHECK_PARAMETERS = Set.of("as_of", "gate", "fail_on", "profile", "lang", "format", "name");
    /** A timeline is drawn under a check's settings; it has no report format. */
    private static final Set<String> TIMELINE_PARAMETERS = Set.of("as_of", "gate", "fail_on", "profile", "lang", "name");
    /** Each report format's media type, which also chooses it from an Accept header. */
    static final Map<String, String> MEDIA_TYPES = new LinkedHashMap<>();

    static {
        MEDIA_TYPES.put("json", "application/json");
        MEDIA_TYPES.put("sarif", "application/sarif+json");
        MEDIA_TYPES.put("junit", "application/xml");
        MEDIA_TYPES.put("csv", "text/csv");
        MEDIA_TYPES.put("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        MEDIA_TYPES.put("md", "text/markdown");
        MEDIA_TYPES.put("html", "text/html");
        MEDIA_TYPES.put("text", "text/plain");
    }

    /** Every route: its method, its path ({@code {name}} a segment or, for a rule id, the rest), its parameters. */
    enum Route {
        PAGE("GET", "/", Set.of("lang")),
        ASSET("GET", "/assets/{name}", Set.of()),
        HEALTH("GET", "/healthz", Set.of()),
        READY("GET", "/readyz", Set.of()),
        OPENAPI("GET", "/openapi.json", Set.of()),
        CHECK("POST", "/v1/check", CHECK_PARAMETERS),
        PLAN("POST", "/v1/plan", CHECK_PARAMETERS),
        RULES("GET", "/v1/rules", Set.of("lang")),
        RULE("GET", "/v1/rules/{id}", Set.of("lang")),
        SCHEMA("GET", "/v1/schema", Set.of()),
        PROFILES("GET", "/v1/profiles", Set.of("lang")),
        // the workbench page's own routes (SPEC §8.1): the format it builds its form from, the one
        // reader's tree for a dossier's text, and the report's timeline picture
        FORMAT("GET", "/v1/format", Set.of()),
        PARSE("POST", "/v1/parse", Set.of("lang", "name")),
        TIMELINE("POST", "/v1/timeline", TIMELINE_PARAMETERS);

        final String method;
        final String path;
        final Set<String> parameters;

        Route(String method, String path, Set<String> parameters) {
            this.method = method;
            this.path = path;
            this.parameters = parameters;
        }

        private String prefix() {
            int brace = path.indexOf('{');
            return brace < 0 ? null : path.substring(0, brace);
        }

        /** The route a path names and its one path parameter (null without one), or null. */
        static Object[] match(String path) {
            for (Route r : values()) {
                String prefix = r.prefix();
                if (prefix == null ? r.path.equals(path)
                        : path.startsWith(prefix) && path.length() > prefix.length() && (r == RULE || path.indexOf('/', prefix.length()) < 0)) {
                    return new Object[] {r, prefix == null ? null : path.substring(prefix.length())};
                }
            }
            return null;
        }
    }

    /** The body kinds of a check. */
    private enum Body { YAML, JSON, MULTIPART, ZIP }

    /** What a check request asks for. */
    private record Settings(LocalDate asOf, Gate gate, Severity failOn, Profile profile, Lang lang, String format, String name) {
    }

    private final ServeConfig config;
    private final Checker checker;
    private final Map<String, Profile> builtInProfiles;
    /** Where checks wait for a thread when every one of {@link #running}'s is busy. */
    private final java.util.concurrent.ThreadPoolExecutor checks;
    /** One permit per checking thread: a check runs only with one, on the thread that read its body or a pool's. */
    private final Semaphore running;
    private final Semaphore admission;
    private final AtomicLong bytesInFlight = new AtomicLong();
    private final byte[] tokenHash;
    private final Statics statics;
    private volatile boolean ready;

    Api(ServeConfig config, Map<String, Profile> builtInProfiles, java.util.concurrent.ThreadPoolExecutor checks, Statics statics) {
        this.config = config;
        this.checker = config.checker();
        this.builtInProfiles = builtInProfiles;
        this.checks = checks;
        this.running = new Semaphore(config.threads());
        this.admission = new Semaphore(config.maxRequests());
        this.tokenHash = config.token() == null ? null : sha256(config.token());
        this.statics = statics;
    }

    void ready() {
        ready = true;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Call call = new Call(request, response, callback);
        try {
            route(call);
        } catch (HttpProblem p) {
            call.problem(p);
        } catch (RuntimeException | Error e) {
            call.internal(e);
        }
        return true;
    }

    private void route(Call call) throws HttpProblem {
        Request request = call.request;
        String path = Request.getPathInContext(request);
        Map<String, List<String>> query = query(request);
        if (query.get("lang") != null && query.get("lang").size() == 1) {
            try {
                call.lang = Lang.parse(query.get("lang").get(0));
            } catch (IllegalArgumentException e) {
                // reported with the other parameters
            }
        }
        if (tokenHash != null && (path.equals("/v1") || path.startsWith("/v1/")) && !authorized(request)) {
            throw new HttpProblem(401, "unauthorized", msg("unauthorized")).header("WWW-Authenticate", "Bearer realm=\"juece\"");
        }
        Object[] matched = Route.match(path);
        if (matched == null) {
            throw new HttpProblem(404, "not-found", msg("not-found.path", "path", ZipUpload.shown(abbreviated(path))));
        }
        Route route = (Route) matched[0];
        call.route = route;
        if (!route.method.equals(request.getMethod())) {
            throw new HttpProblem(405, "method-not-allowed", msg("method", "route", route.path, "allow", route.method))
                    .header("Allow", route.method);
        }
        List<HttpProblem.Error> errors = new ArrayList<>();
        Map<String, String> params = parameters(route, query, errors);
        if (route == Route.CHECK || route == Route.PLAN || route == Route.PARSE || route == Route.TIMELINE) {
            check(call, route, params, errors);
            return;
        }
        if (!errors.isEmpty()) {
            throw parameterProblem(errors);
        }
        switch (route) {
            case PAGE -> call.send(200, "text/html; charset=utf-8", statics.page(), Statics.PAGE_HEADERS);
            case ASSET -> {
                Statics.Asset asset = statics.asset((String) matched[1]);
                if (asset == null) {
                    throw new HttpProblem(404, "not-found", msg("not-found.path", "path", ZipUpload.shown(abbreviated(path))));
                }
                call.send(200, asset.type(), asset.bytes(), Map.of("Cache-Control", "no-cache"));
            }
            case HEALTH -> call.send(200, "application/json", "{\"status\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8));
            case READY -> {
                if (!ready) {
                    throw new HttpProblem(503, "not-ready", msg("not-ready")).header("Retry-After", "1");
                }
                call.send(200, "application/json", "{\"status\":\"ready\"}\n".getBytes(StandardCharsets.UTF_8));
            }
            case OPENAPI -> call.send(200, "application/json", statics.openApi());
            case RULES -> call.send(200, "application/json", write(out -> RuleTable.json(checker.catalog(), call.lang, out)));
            case RULE -> rule(call, pathParameter((String) matched[1]));
            case SCHEMA -> call.send(200, "application/schema+json", SchemaWriter.schema().getBytes(StandardCharsets.UTF_8));
            case PROFILES -> call.send(200, "application/json", write(out -> profiles(out, call.lang)));
            case FORMAT -> call.send(200, "application/json", statics.format(checker.catalog()));
            case CHECK, PLAN, PARSE, TIMELINE -> throw new IllegalStateException("answered above");
        }
    }

    // ---- the catalogue, one rule, the profiles ----

    private void rule(Call call, String id) throws HttpProblem {
        Catalog catalog = checker.catalog();
        Explanation e = Explanation.of(catalog, id, call.lang).orElse(null);
        if (e == null) {
            String near = Nearest.of(id, catalog.ids().keySet());
            throw new HttpProblem(404, "not-found", msg("not-found.rule", "id", ZipUpload.shown(abbreviated(id)),
                    "hint", near == null ? Message.literal("") : msg("not-found.hint", "near", near)));
        }
        call.send(200, "application/json", write(out -> e.json(call.lang, out)));
    }

    private void profiles(ByteArrayOutputStream out, Lang lang) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("default", config.profile() == null ? null : config.profile().name());
            g.writeArrayFieldStart("profiles");
            for (Profile p : builtInProfiles.values()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("title", p.title());
                g.writeArrayFieldStart("extends");
                for (String ancestor : p.chain().subList(0, p.chain().size() - 1)) {
                    g.writeString(ancestor);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("parameters");
                var params = p.parameters();
                for (Parameter param : Parameter.values()) {
                    g.writeObjectFieldStart(param.key());
                    Object value = param.valueIn(params);
                    g.writeFieldName("value");
                    if (value == null) {
                        g.writeNull();
                    } else if (value instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeNumber((Integer) value);
                    }
                    String source = params.source(param.key()).label(lang);
                    g.writeStringField("source", source.isEmpty() ? null : source);
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    // ---- checks ----

    private void check(Call call, Route route, Map<String, String> params, List<HttpProblem.Error> errors) throws HttpProblem {
        Settings settings = settings(call, params, errors);
        Request request = call.request;
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        Body body = body(contentType);
        if (route == Route.PARSE && body == Body.MULTIPART) {
            throw new HttpProblem(415, "unsupported-media-type", msg("media.parse")).header("Accept-Post", PARSE_ACCEPTED);
        }
        if (settings.name() != null && (body == Body.MULTIPART || body == Body.ZIP)) {
            throw parameterProblem(List.of(new HttpProblem.Error("parameter", "name", msg("parameter.name-upload"))));
        }
        boolean plain = body == Body.YAML || body == Body.JSON;
        long limit = plain ? UploadLimits.DOSSIER_BYTES : UploadLimits.UPLOAD_BYTES;
        HttpProblem tooLarge = new HttpProblem(413, "too-large", msg("too-large.body", "limit", limit,
                "what", msg(plain ? "too-large.what.dossier" : "too-large.what.upload")));
        long length = request.getLength();
        long drainLimit = limit + UploadLimits.UPLOAD_BYTES;
        if (length > limit) {
            if (length > drainLimit || request.getHeaders().contains(HttpHeader.EXPECT, "100-continue")) {
                throw tooLarge;
            }
            call.bodyStarted = true;
            new BodyReader(request, -1, drainLimit, bytes -> call.problem(tooLarge), call::problem, tooLarge).run();
            return;
        }
        call.bodyStarted = true;
        // the body is read first, without a place among the checks: a client that sends slowly holds
        // no check's place, only the bytes it has sent (counted against the bytes in flight)
        BodyReader reader = new BodyReader(request, limit, drainLimit, bytes -> {
            call.bodyRead = true;
            if (!admission.tryAcquire()) {
                call.problem(overloaded());
                return;
            }
            call.onFinish(admission::release);
            Runnable check = switch (route) {
                case PARSE -> () -> Workbench.parse(call, settings.lang(), settings.name(), body == Body.ZIP, body == Body.JSON, contentType, bytes);
                case TIMELINE -> () -> runTimeline(call, settings, body, contentType, bytes);
                case PLAN -> () -> runPlan(call, settings, body, contentType, bytes);
                default -> () -> runCheck(call, settings, body, contentType, bytes);
            };
            if (checks.getQueue().isEmpty() && running.tryAcquire()) {
                // a thread is free and no check waits: check here, on the thread that read the body,
                // rather than hand it over (a hand-over costs as much as the HTTP exchange itself)
                try {
                    check.run();
                } finally {
                    running.release();
                }
                return;
            }
            try {
                checks.execute(() -> {
                    running.acquireUninterruptibly();
                    try {
                        check.run();
                    } finally {
                        running.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                call.problem(new HttpProblem(503, "shutting-down", msg("shutting-down")).header("Retry-After", "5"));
            }
        }, call::problem, tooLarge);
        reader.budget(bytesInFlight, this::overloaded);
        call.onFinish(reader::giveBack);
        reader.run();
    }

    /** How many checks hold a place now, running or waiting for a thread. */
    int checksAdmitted() {
        return config.maxRequests() - admission.availablePermits();
    }

    private HttpProblem overloaded() {
        return new HttpProblem(503, "overloaded", msg("overloaded", "limit", config.maxRequests(), "seconds", 1))
                .header("Retry-After", "1");
    }

    private static List<Input> inputs(Settings s, Body body, String contentType, byte[] bytes) throws HttpProblem {
        return switch (body) {
            case YAML -> Uploads.plain(bytes, s.name() == null ? "dossier.yaml" : s.name(), false);
            case JSON -> Uploads.plain(bytes, s.name() == null ? "dossier.json" : s.name(), true);
            case MULTIPART -> Uploads.multipart(bytes, contentType);
            case ZIP -> Uploads.zip(bytes);
        };
    }

    /** On a checking thread: each dossier of the upload checked as for a report, its timeline drawn as the HTML report draws it. */
    private void runTimeline(Call call, Settings s, Body body, String contentType, byte[] bytes) {
        try {
            List<Input> inputs = inputs(s, body, contentType, bytes);
            Checker c = checker.with(s.asOf(), s.gate(), s.failOn(), s.profile(), true);
            List<DossierResult> results = new ArrayList<>();
            Summary summary = c.run(inputs::forEach, d -> {
                call.dossier(d);
                results.add(d);
            }, null);
            call.summary = summary;
            call.send(200, "application/json", write(out -> Workbench.timelines(results, s.lang(), out)));
        } catch (HttpProblem p) {
            call.problem(p);
        } catch (RuntimeException | Error e) {
            call.internal(e);
        }
    }

    /** On a checking thread: the upload's dossiers planned (SPEC §9), the plan written in the format asked for. */
    private void runPlan(Call call, Settings s, Body body, String contentType, byte[] bytes) {
        try {
            List<Input> inputs = inputs(s, body, contentType, bytes);
            // the request's checker: the process's rule base, extra rules compiled once at start
            Planner planner = new Planner(checker.with(s.asOf(), s.gate(), s.failOn(), s.profile(), false), Map.of());
            PlanReporter reporter = PlanReporter.Formats.reporter(s.format()).orElseThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            reporter.start(planner.header(), s.lang(), out);
            PlanSummary summary = planner.run(inputs::forEach, p -> {
                call.dossier(p.result());
                try {
                    reporter.dossier(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, null);
            reporter.finish(summary);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Juece-Exit-Code", String.valueOf(summary.exitCode()));
            if (s.format().equals("ics")) {
                headers.put("Content-Disposition", "attachment; filename=\"juece-plan.ics\"");
            }
            call.send(200, PLAN_MEDIA_TYPES.get(s.format()), out.toByteArray(), headers);
        } catch (HttpProblem p) {
            call.problem(p);
        } catch (RuntimeException | Error | IOException e) {
            call.internal(e);
        }
    }

    /** Each plan format's media type. */
    static final Map<String, String> PLAN_MEDIA_TYPES = Map.of(
            "json", "application/json",
            "text", "text/plain; charset=utf-8",
            "md", "text/markdown; charset=utf-8",
            "ics", "text/calendar; charset=utf-8");

    /** On a checking thread: the upload's dossiers checked, the report written in the format asked for. */
    private void runCheck(Call call, Settings s, Body body, String contentType, byte[] bytes) {
        try {
            List<Input> inputs = inputs(s, body, contentType, bytes);
            Checker c = checker.with(s.asOf(), s.gate(), s.failOn(), s.profile(), s.format().equals("html"));
            Reporter reporter = Formats.reporter(s.format()).orElseThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            reporter.start(c.tool(), c.catalog(), s.lang(), out);
            // the HTML report lists the plan's open duties under each timeline, from the same judgement
            Reading<DossierResult> reading = c.options().timelines() ? new OpenDuties(c.options().calendar()) : Reading.FINDINGS;
            Summary summary = c.run(inputs::forEach, reading, d -> {
                call.dossier(d);
                try {
                    reporter.dossier(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, null);
            reporter.finish(summary);
            call.summary = summary;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Juece-Exit-Code", String.valueOf(summary.exitCode()));
            headers.put("Vary", "Accept");
            if (s.format().equals("xlsx")) {
                headers.put("Content-Disposition", "attachment; filename=\"juece-report.xlsx\"");
            }
            call.send(200, contentType(s.format()), out.toByteArray(), headers);
        } catch (HttpProblem p) {
            call.problem(p);
        } catch (RuntimeException | Error | IOException e) {
            call.internal(e);
        }
    }

    static String contentType(String format) {
        String type = MEDIA_TYPES.get(format);
        return type.startsWith("text/") || format.equals("junit") ? type + "; charset=utf-8" : type;
    }

    private Body body(String contentType) throws HttpProblem {
        if (contentType == null || contentType.isBlank()) {
            throw new HttpProblem(415, "unsupported-media-type", msg("media.missing")).header("Accept-Post", ACCEPTED);
        }
        String[] parts = contentType.split(";");
        String mime = parts[0].strip().toLowerCase(Locale.ROOT);
        Body body = switch (mime) {
            case "application/yaml", "text/yaml", "application/x-yaml", "text/x-yaml" -> Body.YAML;
            case "application/json" -> Body.JSON;
            case "multipart/form-data" -> Body.MULTIPART;
            case "application/zip", "application/x-zip-compressed" -> Body.ZIP;
            default -> null;
        };
        if (body == null) {
            throw new HttpProblem(415, "unsupported-media-type", msg("media.unsupported", "type", ZipUpload.shown(abbreviated(mime))))
                    .header("Accept-Post", ACCEPTED);
        }
        if (body == Body.YAML || body == Body.JSON) {
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                    String cs = kv[1].strip().replace("\"", "");
                    if (!cs.equalsIgnoreCase("utf-8") && !cs.equalsIgnoreCase("utf8")) {
                        throw new HttpProblem(415, "unsupported-media-type", msg("media.charset", "charset", ZipUpload.shown(abbreviated(cs))))
                                .header("Accept-Post", ACCEPTED);
                    }
                }
            }
        }
        return body;
    }

    private static final String PARSE_ACCEPTED = "application/yaml, text/yaml, application/json, application/zip";
    private static final String ACCEPTED = "application/yaml, text/yaml, application/json, multipart/form-data, application/zip";

    // ---- parameters ----

    private static Map<String, List<String>> query(Request request) throws HttpProblem {
        String raw = request.getHttpURI().getQuery();
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        try {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            throw parameterProblem(List.of(new HttpProblem.Error("parameter", "", msg("parameter.encoding"))));
        }
        return query;
    }

    /**
     * A path parameter as written: Jetty keeps the separators a client encoded (%2F) encoded, and a
     * rule id holds a slash.
     */
    private static String pathParameter(String raw) {
        return raw.replace("%2F", "/").replace("%2f", "/").replace("%25", "%");
    }

    /** The route's parameters that are given once with a value; {@code errors} gets every other. */
    private static Map<String, String> parameters(Route route, Map<String, List<String>> query, List<HttpProblem.Error> errors) {
        Map<String, String> params = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            String shown = ZipUpload.shown(abbreviated(name));
            if (!route.parameters.contains(name)) {
                errors.add(new HttpProblem.Error("parameter", shown, route.parameters.isEmpty() ? msg("parameter.none", "name", shown)
                        : msg("parameter.unknown", "name", shown, "known", new TreeSet<>(route.parameters))));
            } else if (values.size() > 1) {
                errors.add(new HttpProblem.Error("parameter", name, msg("parameter.repeated", "name", name)));
            } else if (values.get(0).isEmpty()) {
                errors.add(new HttpProblem.Error("parameter", name, msg("parameter.empty", "name", name)));
            } else {
                params.put(name, values.get(0));
            }
        });
        if (params.containsKey("lang") && !params.get("lang").matches("(?i)zh|en")) {
            errors.add(new HttpProblem.Error("parameter", "lang", msg("parameter.lang", "value", ZipUpload.shown(abbreviated(params.get("lang"))))));
            params.remove("lang");
        }
        return params;
    }

    /** A check's settings from its parameters; {@code errors} (those met so far) and any found here make one 400. */
    private Settings settings(Call call, Map<String, String> params, List<HttpProblem.Error> errors) throws HttpProblem {
        LocalDate asOf = LocalDate.now();
        if (params.containsKey("as_of")) {
            try {
                asOf = LocalDate.parse(params.get("as_of"));
            } catch (DateTimeParseException e) {
                errors.add(error("as_of", msg("parameter.as-of", "value", shownValue(params, "as_of"))));
            }
        }
        Gate gate = null;
        if (params.containsKey("gate")) {
            gate = Vocabulary.parse(Gate.class, params.get("gate")).orElse(null);
            if (gate == null) {
                errors.add(error("gate", msg("parameter.gate", "value", shownValue(params, "gate"), "values", Vocabulary.spellings(Gate.class))));
            }
        }
        Severity failOn = Severity.ERROR;
        if (params.containsKey("fail_on")) {
            String f = params.get("fail_on");
            try {
                failOn = f.equals("none") ? null : Severity.parse(f);
            } catch (IllegalArgumentException e) {
                errors.add(error("fail_on", msg("parameter.fail-on", "value", shownValue(params, "fail_on"))));
            }
        }
        Profile profile = config.profile();
        if (params.containsKey("profile")) {
            String p = params.get("profile");
            profile = builtInProfiles.get(p);
            if (profile == null) {
                boolean pathLike = !p.matches("[a-z][a-z0-9-]*");
                String near = Nearest.of(p, builtInProfiles.keySet());
                errors.add(error("profile", pathLike
                        ? msg("parameter.profile-path", "value", shownValue(params, "profile"), "builtin", List.copyOf(builtInProfiles.keySet()))
                        : msg("parameter.profile-unknown", "value", shownValue(params, "profile"), "builtin", List.copyOf(builtInProfiles.keySet()),
                                "hint", near == null ? Message.literal("") : msg("parameter.hint", "near", near))));
            }
        }
        String name = params.get("name");
        if (name != null && (name.length() > 255 || CONTROL.matcher(name).find())) {
            errors.add(error("name", msg("parameter.name")));
        }
        if (!errors.isEmpty()) {
            throw parameterProblem(errors);
        }
        String format = call.route == Route.CHECK ? format(params.get("format"), call.request)
                : call.route == Route.PLAN ? planFormat(params.get("format")) : "json";
        return new Settings(asOf, gate, failOn, profile, call.lang, format, name);
    }

    private static HttpProblem.Error error(String parameter, Message detail) {
        return new HttpProblem.Error("parameter", parameter, detail);
    }

    private static String shownValue(Map<String, String> params, String name) {
        return ZipUpload.shown(abbreviated(params.get(name)));
    }

    static HttpProblem parameterProblem(List<HttpProblem.Error> errors) {
        HttpProblem p = new HttpProblem(400, "bad-parameter", errors.size() == 1 ? errors.get(0).detail()
                : msg("parameter.several", "count", errors.size()));
        errors.forEach(e -> p.error(e.member(), e.value(), e.detail()));
        return p;
    }

    /** The plan's format: the {@code format} parameter (text, json, md or ics), JSON without one. */
    static String planFormat(String format) throws HttpProblem {
        if (format == null) {
            return "json";
        }
        if (!PLAN_MEDIA_TYPES.containsKey(format)) {
            List<String> names = PlanReporter.Formats.names();
            throw new HttpProblem(406, "not-acceptable", msg("not-acceptable.format", "value", ZipUpload.shown(abbreviated(format)),
                    "formats", names)).error("parameter", "format", msg("not-acceptable.format",
                    "value", ZipUpload.shown(abbreviated(format)), "formats", names));
        }
        return format;
    }

    /** The report format: the {@code format} parameter, else the first type of the Accept header the API gives, else JSON. */
    static String format(String format, Request request) throws HttpProblem {
        if (format != null) {
            if (!MEDIA_TYPES.containsKey(format)) {
                throw new HttpProblem(406, "not-acceptable", msg("not-acceptable.format", "value", ZipUpload.shown(abbreviated(format)),
                        "formats", Formats.names())).error("parameter", "format", msg("not-acceptable.format",
                        "value", ZipUpload.shown(abbreviated(format)), "formats", Formats.names()));
            }
            return format;
        }
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return "json";
        }
        String chosen = Negotiation.choose(accept, MEDIA_TYPES);
        if (chosen == null) {
            throw new HttpProblem(406, "not-acceptable", msg("not-acceptable.accept", "accept", ZipUpload.shown(abbreviated(accept)),
                    "types", List.copyOf(MEDIA_TYPES.values())));
        }
        return chosen;
    }

    /** Long text from a request is cut before it is echoed in a problem. */
    private static String abbreviated(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }

    // ---- access ----

    private boolean authorized(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // both sides hashed first: equal lengths, and the comparison takes the same time wherever they differ
        return MessageDigest.isEqual(sha256(given), tokenHash);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // ---- answers ----

    @FunctionalInterface
    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] write(Writing w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        try {
            w.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One request and its answer: sent once, the audit line written as it goes. */
    final class Call {
        final Request request;
        final Response response;
        final Callback callback;
        final long start = System.nanoTime();
        Lang lang = Lang.ZH;
        Route route;
        Summary summary;
        private final List<String> ids = new ArrayList<>();
        private int moreIds;
        private final List<Runnable> onFinish = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final AtomicBoolean answered = new AtomicBoolean();
        /** Whether reading the body began, and whether it was read to its end. */
        volatile boolean bodyStarted;
        volatile boolean bodyRead;

        Call(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        /** Done once the answer is decided, before it is sent (a place among the checks, the bytes held). */
        void onFinish(Runnable r) {
            onFinish.add(r);
        }

        synchronized void dossier(DossierResult d) {
            if (ids.size() < 20) {
                ids.add(d.id() == null ? d.file() : d.id());
            } else {
                moreIds++;
            }
        }

        void send(int status, String type, byte[] body) {
            send(status, type, body, Map.of());
        }

        void send(int status, String type, byte[] body, Map<String, String> headers) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            onFinish.forEach(Runnable::run); // before the answer leaves: a client's next request finds the place free
            response.setStatus(status);
            var h = response.getHeaders();
            h.put(HttpHeader.CONTENT_TYPE, type);
            h.put("X-Content-Type-Options", "nosniff");
            h.put(HttpHeader.CACHE_CONTROL, "no-store");
            headers.forEach(h::put);
            h.put(HttpHeader.CONTENT_LENGTH, body.length);
            config.audit().accept(Audit.line(Instant.now(), request, route == null ? null : route.path, status,
                    (System.nanoTime() - start) / 1_000_000, ids, moreIds, summary));
            response.write(true, ByteBuffer.wrap(body), callback);
        }

        void problem(HttpProblem p) {
            if (!bodyStarted && p.status != 413 && !request.getHeaders().contains(HttpHeader.EXPECT, "100-continue")) {
                // answered before its body was read (a media type, a parameter): the body is read to its
                // end and dropped first, so that a client still sending gets the answer, and its pooled
                // connection (an OA system's HTTP client) stays usable for the next request. Not Jetty's
                // consumeAvailable(): what it cannot read at once makes the connection close unannounced.
                bodyStarted = true;
                new BodyReader(request, -1, UploadLimits.UPLOAD_BYTES, drained -> {
                    bodyRead = true;
                    problem(p);
                }, failed -> problem(p), p).run();
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>(p.headers);
            // bytes of the body still unread (past the drain, or a failure while reading): Jetty will
            // close the connection, and the client is told so instead of reusing it
            if (p.status == 413 || bodyStarted && !bodyRead) {
                headers.put("Connection", "close");
            }
            send(p.status, "application/problem+json", p.json(lang), headers);
        }

        void internal(Throwable e) {
            System.err.println("juece serve: internal error: " + e);
            if (System.getenv("JUECE_DEBUG") != null) {
                e.printStackTrace();
            }
            problem(new HttpProblem(500, "internal", msg("internal")));
        }
    }

    /**
     * Reads a request body into memory as it arrives, without holding a thread while it waits. Past
     * {@code limit} (-1: keep nothing) it keeps reading and dropping up to {@code drainLimit}, so that
     * the client, still sending, reads the 413 instead of a reset connection.
     */
    private static final class BodyReader implements Runnable {
        private final Request request;
        private final long limit;
        private final long drainLimit;
        private final java.util.function.Consumer<byte[]> done;
        private final java.util.function.Consumer<HttpProblem> failed;
        private final HttpProblem tooLarge;
        private ByteArrayOutputStream kept;
        private long read;
        private AtomicLong budget;
        private java.util.function.Supplier<HttpProblem> overBudget;
        private final AtomicLong reserved = new AtomicLong();

        BodyReader(Request request, long limit, long drainLimit, java.util.function.Consumer<byte[]> done,
                   java.util.function.Consumer<HttpProblem> failed, HttpProblem tooLarge) {
            this.request = request;
            this.limit = limit;
            this.drainLimit = drainLimit;
            this.done = done;
            this.failed = failed;
            this.tooLarge = tooLarge;
            long length = request.getLength();
            this.kept = limit < 0 ? null : new ByteArrayOutputStream((int) Math.min(limit, length > 0 ? length : 16 * 1024));
        }

        /** Counts the bytes kept against {@code budget}, the bytes of bodies held by all requests; past it, {@code overBudget}. */
        void budget(AtomicLong budget, java.util.function.Supplier<HttpProblem> overBudget) {
            this.budget = budget;
            this.overBudget = overBudget;
        }

        /** The bytes this body holds, given back to the budget (once). */
        void giveBack() {
            if (budget != null) {
                budget.addAndGet(-reserved.getAndSet(0));
            }
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable t = chunk.getFailure();
                    chunk.release();
                    failed.accept(t instanceof java.util.concurrent.TimeoutException
                            ? new HttpProblem(408, "timeout", msg("timeout"))
                            : HttpProblem.http(400, String.valueOf(t.getMessage())));
                    return;
                }
                ByteBuffer b = chunk.getByteBuffer();
                int n = b.remaining();
                read += n;
                if (kept != null && read <= limit && budget != null) {
                    reserved.addAndGet(n);
                    if (budget.addAndGet(n) > UploadLimits.IN_FLIGHT_BYTES) {
                        chunk.release();
                        failed.accept(overBudget.get());
                        return;
                    }
                }
                if (kept != null && read <= limit) {
                    if (b.hasArray()) {
                        kept.write(b.array(), b.arrayOffset() + b.position(), n);
                    } else {
                        byte[] copy = new byte[n];
                        b.get(copy);
                        kept.write(copy, 0, n);
                    }
                } else {
                    kept = null;
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (limit < 0 && last && read <= drainLimit) { // a body only drained, read to its end
                    done.accept(new byte[0]);
                    return;
                }
                if (kept == null && (last || read > drainLimit)) {
                    failed.accept(tooLarge);
                    return;
                }
                if (last) {
                    done.accept(kept.toByteArray());
                    return;
                }
            }
        }
    }
}
