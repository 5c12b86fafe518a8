package juece.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the server sends as it is, read from the jar once at start: the workbench page
 * ({@code juece/web/index.html}), its assets (the files {@code juece/web/assets/index.txt} lists,
 * served at {@code /assets/NAME}), and the OpenAPI document. A request names an asset only by a
 * name looked up in that list: no request ever reaches a file.
 */
final class Statics {
    private static final String WEB = "/juece/web/";
    /** The page and its assets come from juece alone (closed intranets: no CDN) and are never framed. */
    static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache");

    record Asset(String type, byte[] bytes) {
    }

    private final byte[] page;
    private final byte[] openApi;
    private final Map<String, Asset> assets = new LinkedHashMap<>();

    Statics() {
        page = resource(WEB + "index.html");
        openApi = resource("/juece/serve/openapi.json");
        for (String name : new String(resource(WEB + "assets/index.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            assets.put(name, new Asset(type(name), resource(WEB + "assets/" + name)));
        }
    }

    byte[] page() {
        return page;
    }

    byte[] openApi() {
        return openApi;
    }

    Asset asset(String name) {
        return assets.get(name);
    }

    private static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "woff2" -> "font/woff2";
            case "json" -> "application/json";
            default -> "application/octet-stream";
        };
    }

    private static byte[] resource(String name) {
        try (InputStream in = Statics.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
