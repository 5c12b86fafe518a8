package juece.serve;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import juece.text.Lang;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Replaces Jetty's error pages: whatever Jetty answers by itself (a malformed request, a header
 * too large, an ambiguous path, a request that failed) is a problem JSON in Chinese, never an
 * HTML page and never a stack trace; it gets its audit line too.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private final Consumer<String> audit;

    ProblemErrorHandler(Consumer<String> audit) {
        this.audit = audit;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String reason = (String) request.getAttribute(ERROR_MESSAGE);
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        if (cause instanceof HttpException h) {
            status = h.getCode();
            if (reason == null) {
                reason = h.getReason();
            }
        }
        if (status < 400) {
            status = 500;
        }
        if (reason == null || status >= 500) {
            reason = HttpStatus.getMessage(status);
        }
        byte[] body = HttpProblem.http(status, reason).json(Lang.ZH);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        audit.accept(Audit.line(Instant.now(), request, null, status, 0, List.of(), 0, null));
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        return ByteBuffer.wrap(HttpProblem.http(status, reason == null ? HttpStatus.getMessage(status) : reason).json(Lang.ZH));
    }
}
