package juece.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The report formats by name. */
public final class Formats {
    private static final Map<String, Supplier<Reporter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("text", TextReporter::new);
        FORMATS.put("json", JsonReporter::new);
    }

    private Formats() {
    }

    public static Optional<Reporter> reporter(String name) {
        Supplier<Reporter> s = FORMATS.get(name);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }
}
