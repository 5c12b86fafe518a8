package juece.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import juece.text.Lang;
import juece.text.Message;

/**
 * An answer that is not the resource asked for: an RFC 9457 problem ({@code application/problem+json})
 * with {@code type}, {@code title}, {@code status}, {@code detail} and, where they apply,
 * {@code errors}: each names the {@code parameter}, the body's {@code pointer} or the upload's
 * {@code entry} it is about, with its {@code detail}. Titles and details in the request's language.
 * Thrown by the stages of a request; carries no stack trace.
 */
final class HttpProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();
    /** Where the types point: a name per kind of problem, listed in the OpenAPI document. */
    static final String TYPE = "urn:juece:problem:";

    /** One thing wrong: {@code member} is parameter, pointer or entry; {@code value} its name. */
    record Error(String member, String value, Message detail) {
    }

    final int status;
    /** The problem's kind: its type's last part and its title's key. */
    final String kind;
    private final Message title;
    private final Message detail;
    final List<Error> errors = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();

    HttpProblem(int status, String kind, Message detail) {
        this(status, kind, ServeTexts.msg("title." + kind), detail);
    }

    private HttpProblem(int status, String kind, Message title, Message detail) {
        super(kind, null, false, false);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.detail = detail;
    }

    /** A problem Jetty met before any route (a malformed request, a header too large): no kind of ours. */
    static HttpProblem http(int status, String reason) {
        String kind = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 408 -> "timeout";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            case 503 -> "shutting-down";
            default -> status >= 500 ? "internal" : "http";
        };
        Message title = kind.equals("http") ? ServeTexts.msg("title.http", "status", status) : ServeTexts.msg("title." + kind);
        Message detail = switch (kind) {
            case "bad-request" -> ServeTexts.msg("bad-request", "reason", reason);
            case "timeout" -> ServeTexts.msg("timeout");
            case "internal" -> ServeTexts.msg("internal");
            case "headers-too-large" -> ServeTexts.msg("headers-too-large");
            case "shutting-down" -> ServeTexts.msg("shutting-down");
            default -> ServeTexts.msg("http", "status", status, "reason", reason);
        };
        return new HttpProblem(status, kind, title, detail);
    }

    HttpProblem error(String member, String value, Message detail) {
        errors.add(new Error(member, value, detail));
        return this;
    }

    HttpProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    byte[] json(Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", TYPE + kind);
            g.writeStringField("title", title.render(lang));
            g.writeNumberField("status", status);
            g.writeStringField("detail", detail.render(lang));
            if (!errors.isEmpty()) {
                g.writeArrayFieldStart("errors");
                for (Error e : errors) {
                    g.writeStartObject();
                    g.writeStringField(e.member(), e.value());
                    g.writeStringField("detail", e.detail().render(lang));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
