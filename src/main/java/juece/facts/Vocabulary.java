package juece.facts;

import java.util.Arrays;
import java.util.List;
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
        for (E e : type.getEnumConstants()) {
            if (e.yaml().equals(yaml)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Vocabulary> List<String> spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::yaml).toList();
    }
}
