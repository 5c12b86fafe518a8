package juece.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import juece.text.Labeled;
import juece.text.Lang;

/** A closed set of values a dossier field may take: the YAML spelling and a label per language. */
public interface Vocabulary extends Labeled {

    /** The spelling in the dossier and the names people use for it. */
    record Term(String yaml, String zh, String en) {
    }

    Term term();

    /** The value as written in the dossier. */
    default String yaml() {
        return term().yaml();
    }

    @Override
    default String label(Lang lang) {
        return lang == Lang.ZH ? term().zh() : term().en();
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String yaml) {
        return Optional.ofNullable(type.cast(Index.OF.get(type).bySpelling.get(yaml)));
    }

    /** The spellings in declaration order. */
    static List<String> spellings(Class<? extends Vocabulary> type) {
        return Index.OF.get(type).spellings;
    }

    /** Each vocabulary's spellings, built once: they are looked up for every value of every dossier. */
    final class Index {
        private static final ClassValue<Index> OF = new ClassValue<>() {
            @Override
            protected Index computeValue(Class<?> type) {
                return new Index(type.getEnumConstants());
            }
        };

        private final List<String> spellings;
        private final Map<String, Object> bySpelling = new HashMap<>();

        private Index(Object[] constants) {
            List<String> all = new ArrayList<>();
            for (Object c : constants) {
                String yaml = ((Vocabulary) c).yaml();
                all.add(yaml);
                bySpelling.put(yaml, c);
            }
            spellings = List.copyOf(all);
        }
    }
}
