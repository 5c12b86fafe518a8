package juece.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juece.read.Dates;
import juece.read.Node;
import juece.read.SourceMap;

/**
 * Typed reading of one mapping of a dossier that the validator has accepted. A value written
 * {@code unknown} reads as null and is named in {@link #unknowns()}; a step or list written
 * {@code unknown} as a whole reads as a placeholder, every value of which is unknown, standing at
 * the path of the value written unknown (so that whatever a rule cannot judge points there).
 */
final class Fields {
    private static final Node.Mapping EMPTY = new Node.Mapping(Map.of(), juece.read.Position.START);

    final Node.Mapping node;
    final String path;
    /** The whole mapping was written unknown (or a step or list holding it was). */
    final boolean whole;
    /** Whether the dossier writes unknown anywhere: most do not, and their facts need not look. */
    private final boolean anyUnknown;

    /** The root of a dossier; {@code anyUnknown}: whether it writes unknown anywhere. */
    Fields(Node.Mapping node, boolean anyUnknown) {
        this(node, "", false, anyUnknown);
    }

    private Fields(Node.Mapping node, String path, boolean whole, boolean anyUnknown) {
        this.node = node;
        this.path = path;
        this.whole = whole;
        this.anyUnknown = anyUnknown;
    }

    private static Fields placeholder(String path) {
        return new Fields(EMPTY, path, true, true);
    }

    /** The sub-mapping under {@code key}: a placeholder when it is unknown, null when it is absent. */
    Fields child(String key) {
        if (whole) {
            return this;
        }
        Node n = node.value(key);
        if (n instanceof Node.Mapping m) {
            return new Fields(m, SourceMap.child(path, key), false, anyUnknown);
        }
        return n instanceof Node.Scalar s && s.isUnknown() ? placeholder(SourceMap.child(path, key)) : null;
    }

    /** The mappings of the list under {@code key}, each with its path; one placeholder when the list is unknown. */
    List<Fields> items(String key) {
        if (whole) {
            return List.of(this);
        }
        List<Fields> out = new ArrayList<>();
        Node n = node.value(key);
        String listPath = SourceMap.child(path, key);
        if (n instanceof Node.Seq seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                out.add(new Fields((Node.Mapping) seq.items().get(i), SourceMap.item(listPath, i), false, anyUnknown));
            }
        } else if (n instanceof Node.Scalar s && s.isUnknown()) {
            out.add(placeholder(listPath));
        }
        return out;
    }

    /** The keys of this mapping written unknown, or {@link Located#WHOLE}. */
    Set<String> unknowns() {
        if (whole) {
            return Set.of(Located.WHOLE);
        }
        if (!anyUnknown) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Node.Entry e : node.entries().values()) {
            if (e.value() instanceof Node.Scalar s && s.isUnknown()) {
                out.add(e.key());
            }
        }
        return out;
    }

    boolean unknown(String key) {
        return whole || anyUnknown && node.value(key) instanceof Node.Scalar s && s.isUnknown();
    }

    /** Where {@code key} was written unknown (the placeholder's place when the whole is); null when it is known. */
    String unknownPath(String key) {
        return whole ? path : unknown(key) ? at(key) : null;
    }

    String text(String key) {
        return !unknown(key) && node.value(key) instanceof Node.Scalar s ? s.text() : null;
    }

    /** The texts of a list; null when it is unknown, empty when absent. */
    List<String> texts(String key) {
        if (unknown(key)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (node.value(key) instanceof Node.Seq seq) {
            for (Node n : seq.items()) {
                out.add(((Node.Scalar) n).text());
            }
        }
        return out;
    }

    /** The ids of evidence a step cites: none when they are unknown (the step names that in its unknowns). */
    List<String> evidence() {
        List<String> ids = texts("evidence");
        return ids == null ? List.of() : ids;
    }

    LocalDate date(String key) {
        String s = text(key);
        return s == null ? null : Dates.parse(s);
    }

    /** true, false, or null when unknown or (an optional flag) absent. */
    Boolean flag(String key) {
        String s = text(key);
        return s == null ? null : Boolean.valueOf(s.equalsIgnoreCase("true"));
    }

    /** An optional flag: {@code absent} when it is not written, null when it is unknown. */
    Boolean flag(String key, boolean absent) {
        return unknown(key) ? null : node.value(key) == null ? Boolean.valueOf(absent) : flag(key);
    }

    Integer count(String key) {
        String s = text(key);
        return s == null ? null : Integer.valueOf(s);
    }

    <E extends Enum<E> & Vocabulary> E choice(String key, Class<E> type) {
        String s = text(key);
        return s == null ? null : Vocabulary.parse(type, s).orElseThrow();
    }

    /** The values of a list of choices; null when it is unknown. */
    <E extends Enum<E> & Vocabulary> List<E> choices(String key, Class<E> type) {
        List<String> texts = texts(key);
        return texts == null ? null : texts.stream().map(s -> Vocabulary.parse(type, s).orElseThrow()).toList();
    }

    String at(String key) {
        return SourceMap.child(path, key);
    }
}
