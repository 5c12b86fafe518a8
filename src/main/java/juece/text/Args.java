package juece.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named message arguments written inline as name, value, name, value… */
public final class Args {
    private Args() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("message arguments come in name/value pairs");
        }
        if (namesAndValues.length == 0) {
            return Map.of();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(args);
    }
}
