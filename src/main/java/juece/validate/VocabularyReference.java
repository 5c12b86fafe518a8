package juece.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import juece.facts.Kind;
import juece.facts.Vocabulary;
import juece.read.SourceMap;
import juece.text.Lang;

/**
 * Every enumerated field of the format with its values: code, Chinese term, the synonyms a dossier
 * may write instead, and what the value means. Generated from the same declarations the loader and
 * the reports use, so the README's reference cannot drift from them.
 */
public final class VocabularyReference {
    private VocabularyReference() {
    }

    /** Each vocabulary the format uses, with the paths of the fields that take it, in the format's order. */
    public static Map<Class<? extends Vocabulary>, List<String>> fields() {
        Map<Class<? extends Vocabulary>, List<String>> out = new LinkedHashMap<>();
        collect(DossierFormat.ROOT, "", out);
        return out;
    }

    private static void collect(Shape shape, String path, Map<Class<? extends Vocabulary>, List<String>> out) {
        if (shape instanceof Shape.Choice c) {
            List<String> paths = out.computeIfAbsent(c.vocabulary(), k -> new ArrayList<>());
            if (!paths.contains(path)) {
                paths.add(path);
            }
        } else if (shape instanceof Shape.ListOf l) {
            collect(l.item(), path + "[]", out);
        } else if (shape instanceof Shape.PerKind k) {
            for (Kind kind : Kind.values()) {
                collect(k.of(kind), path + "@" + kind.yaml(), out);
            }
        } else if (shape instanceof Shape.Obj o) {
            for (Field f : o.fields()) {
                collect(f.shape(), SourceMap.child(path, f.key()), out);
            }
        }
    }

    /** "`scope.excluded`（行政规范性文件）" for a field whose values depend on the kind of dossier. */
    private static String field(String path, Lang lang) {
        int at = path.indexOf('@');
        if (at < 0) {
            return "`" + path + "`";
        }
        int end = path.indexOf('.', at) < 0 ? path.length() : path.indexOf('.', at);
        String label = Vocabulary.parse(Kind.class, path.substring(at + 1, end)).orElseThrow().label(lang);
        return "`" + path.substring(0, at) + path.substring(end) + "`" + (lang == Lang.ZH ? "（" + label + "）" : " (" + label + ")");
    }

    /** The reference as Markdown tables, in {@code lang}. */
    public static String markdown(Lang lang) {
        boolean zh = lang == Lang.ZH;
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Class<? extends Vocabulary>, List<String>> e : fields().entrySet()) {
            b.append(b.length() == 0 ? "**" : "\n**").append(String.join("、", e.getValue().stream().map(p -> field(p, lang)).toList())).append("**\n\n");
            b.append(zh ? "| 代码 | 中文 | 也可写作 | 含义 |\n|---|---|---|---|\n" : "| code | Chinese | also accepted | meaning |\n|---|---|---|---|\n");
            for (Vocabulary v : e.getKey().getEnumConstants()) {
                Vocabulary.Term t = v.term();
                b.append("| `").append(t.yaml()).append("` | ").append(t.zh()).append(" | ")
                        .append(String.join(zh ? "；" : "; ", t.synonyms())).append(" | ")
                        .append(t.gloss(lang) == null ? "" : t.gloss(lang)).append(" |\n");
            }
        }
        return b.toString();
    }
}
