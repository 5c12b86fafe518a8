package juece.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import juece.read.Dates;
import juece.read.Node;
import juece.read.SourceMap;

/** Typed reading of one mapping of a dossier that the validator has accepted. */
final class Fields {
    final Node.Mapping node;
    final String path;

    Fields(Node.Mapping node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The sub-mapping under {@code key}, or null if absent. */
    Fields child(String key) {
        return node.value(key) instanceof Node.Mapping m ? new Fields(m, SourceMap.child(path, key)) : null;
    }

    /** The mappings of the list under {@code key}, each with its path. */
    List<Fields> items(String key) {
        List<Fields> out = new ArrayList<>();
        if (node.value(key) instanceof Node.Seq seq) {
            String listPath = SourceMap.child(path, key);
            for (int i = 0; i < seq.items().size(); i++) {
                out.add(new Fields((Node.Mapping) seq.items().get(i), SourceMap.item(listPath, i)));
            }
        }
        return out;
    }

    String text(String key) {
        return node.value(key) instanceof Node.Scalar s ? s.text() : null;
    }

    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        if (node.value(key) instanceof Node.Seq seq) {
            for (Node n : seq.items()) {
                out.add(((Node.Scalar) n).text());
            }
        }
        return out;
    }

    LocalDate date(String key) {
        String s = text(key);
        return s == null ? null : Dates.parse(s);
    }

    Boolean flag(String key) {
        String s = text(key);
        return s == null ? null : Boolean.valueOf(s.equalsIgnoreCase("true"));
    }

    boolean is(String key) {
        return Boolean.TRUE.equals(flag(key));
    }

    int count(String key) {
        String s = text(key);
        return s == null ? 0 : Integer.parseInt(s);
    }

    <E extends Enum<E> & Vocabulary> E choice(String key, Class<E> type) {
        String s = text(key);
        return s == null ? null : Vocabulary.parse(type, s).orElseThrow();
    }

    <E extends Enum<E> & Vocabulary> List<E> choices(String key, Class<E> type) {
        return texts(key).stream().map(s -> Vocabulary.parse(type, s).orElseThrow()).toList();
    }

    String at(String key) {
        return SourceMap.child(path, key);
    }
}
