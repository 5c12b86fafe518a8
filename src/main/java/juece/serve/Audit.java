package juece.serve;

import java.time.Instant;
import java.util.List;
import juece.findings.Summary;
import org.eclipse.jetty.server.Request;

/**
 * One line per request on standard error, for the operator: time, client, method, route, status,
 * duration, and for a check the dossier ids and the summary's counts — never the dossiers' content.
 * Each value a client chose (an id) is quoted as JSON, control characters escaped, so that no line
 * can be forged.
 */
final class Audit {
    private Audit() {
    }

    static String line(Instant time, Request request, String route, int status, long millis, List<String> ids, int moreIds, Summary s) {
        StringBuilder b = new StringBuilder(160);
        b.append(time).append(" juece-serve ")
                .append(Request.getRemoteAddr(request)).append(' ')
                .append(request.getMethod()).append(' ')
                .append(route == null ? "-" : route).append(' ')
                .append(status).append(' ')
                .append(millis).append("ms");
        if (s != null) {
            b.append(" dossiers=").append(s.dossiers()).append(" invalid=").append(s.invalid())
                    .append(" error=").append(s.error()).append(" warning=").append(s.warning())
                    .append(" info=").append(s.info()).append(" waived=").append(s.waived())
                    .append(" exit=").append(s.exitCode());
        }
        if (!ids.isEmpty()) {
            b.append(" ids=[");
            for (int i = 0; i < ids.size(); i++) {
                b.append(i == 0 ? "" : ",");
                quote(b, ids.get(i));
            }
            b.append(moreIds > 0 ? ",…+" + moreIds : "").append(']');
        }
        return b.toString();
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        int n = Math.min(s.length(), 80);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append(s.length() > n ? "…\"" : "\"");
    }
}
