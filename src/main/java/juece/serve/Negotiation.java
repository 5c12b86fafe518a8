package juece.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Content negotiation by the Accept header (RFC 9110 §12.5.1): the acceptable media ranges in order
 * of their weight, the most specific first among equal weights; the first that one of ours matches
 * wins ({@code application/*} and {@code *}{@code /*} choose JSON, {@code text/*} plain text).
 */
final class Negotiation {
    private Negotiation() {
    }

    private record Range(String type, double q, int order) {
        int specificity() {
            return type.equals("*/*") ? 0 : type.endsWith("/*") ? 1 : 2;
        }
    }

    /** The key of {@code offered} (key → media type, in order of preference) the header chooses, or null. */
    static String choose(String accept, Map<String, String> offered) {
        List<Range> ranges = new ArrayList<>();
        String[] items = accept.split(",");
        for (int i = 0; i < items.length; i++) {
            String[] params = items[i].split(";");
            String type = params[0].strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            double q = 1;
            for (int j = 1; j < params.length; j++) {
                String[] kv = params[j].split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(kv[1].strip());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranges.add(new Range(type, q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparing(Comparator.comparingInt(Range::specificity).reversed())
                .thenComparingInt(Range::order));
        for (Range r : ranges) {
            for (Map.Entry<String, String> o : offered.entrySet()) {
                if (matches(r.type(), o.getValue())) {
                    return o.getKey();
                }
            }
            if (r.type().equals("text/xml")) {
                return offered.containsKey("junit") ? "junit" : null;
            }
        }
        return null;
    }

    private static boolean matches(String range, String type) {
        if (range.equals("*/*")) {
            return true;
        }
        if (range.endsWith("/*")) {
            return type.startsWith(range.substring(0, range.length() - 1));
        }
        return range.equals(type);
    }
}
