package juece.read;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A YAML value and where it stands: the tree the validator and the facts stage read. */
public sealed interface Node permits Node.Scalar, Node.Seq, Node.Mapping {

    Position position();

    /** What the value is, as a person would say it in an error message. */
    String describe();

    /** A scalar as YAML 1.2 core schema types it; {@code text} is the source spelling. */
    record Scalar(Type type, String text, Position position) implements Node {
        public enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

        public Scalar {
            // YAML's empty value and blank strings count as absent, as null does
            if (type == Type.STRING && text.isBlank()) {
                type = Type.NULL;
            }
        }

        public boolean isNull() {
            return type == Type.NULL;
        }

        /** Written {@code unknown} (or {@code 未知}): the record at hand does not show it (SPEC §3). */
        public boolean isUnknown() {
            return type == Type.STRING && (text.equalsIgnoreCase("unknown") || text.equals("未知"));
        }

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "null";
                case STRING -> '"' + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + '"';
                default -> text;
            };
        }
    }

    /** A list; the reader hands over a list nobody else holds. */
    record Seq(List<Node> items, Position position) implements Node {
        public Seq {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String describe() {
            return "[…]";
        }
    }

    /** Whether {@code node} is a scalar written {@code unknown} or {@code 未知}. */
    static boolean unknown(Node node) {
        return node instanceof Scalar s && s.isUnknown();
    }

    /** A mapping in file order; the reader hands over a map nobody else holds. */
    record Mapping(Map<String, Entry> entries, Position position) implements Node {
        public Mapping {
            entries = Collections.unmodifiableMap(entries);
        }

        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        /** A present, non-null value under {@code key}, or null. */
        public Node value(String key) {
            Node n = get(key);
            return n instanceof Scalar s && s.isNull() ? null : n;
        }

        @Override
        public String describe() {
            return "{…}";
        }
    }

    record Entry(String key, Position keyPosition, Node value) {
    }
}
