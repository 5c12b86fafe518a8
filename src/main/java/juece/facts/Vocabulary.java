package juece.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import juece.text.Labeled;
import juece.text.Lang;

/**
 * A closed set of values a dossier field may take. Each value has its code (what reports and JSON
 * give), its Chinese term and English name (what reports show), the synonyms people write for it,
 * and a one-line gloss; a dossier may write the code, the term or a synonym (SPEC §3 v1.1).
 */
public interface Vocabulary extends Labeled {
    /** One value: its code, its names, the other spellings accepted for it and what it means. */
    record Term(String yaml, String zh, String en, List<String> synonyms, String glossZh, String glossEn) {
        public Term {
            synonyms = List.copyOf(synonyms);
        }

        public static Term of(String yaml, String zh, String en) {
            return new Term(yaml, zh, en, List.of(), null, null);
        }

        /** Other spellings people write for the value. */
        public Term also(String... more) {
            return new Term(yaml, zh, en, List.of(more), glossZh, glossEn);
        }

        /** What the value means, in a line. */
        public Term gloss(String zh, String en) {
            return new Term(yaml, this.zh, this.en, synonyms, zh, en);
        }

        public String gloss(Lang lang) {
            return lang == Lang.ZH ? glossZh : glossEn;
        }
    }

    Term term();

    /** The value as reports and JSON give it. */
    default String yaml() {
        return term().yaml();
    }

    @Override
    default String label(Lang lang) {
        return lang == Lang.ZH ? term().zh() : term().en();
    }

    /** The value a dossier wrote as its code, its Chinese term or a synonym. */
    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String written) {
        return Optional.ofNullable(type.cast(Index.OF.get(type).bySpelling.get(written)));
    }

    /** Whether a dossier may write {@code written} for a value of {@code type} (a code, a term, a synonym). */
    static boolean accepts(Class<? extends Vocabulary> type, String written) {
        return Index.OF.get(type).bySpelling.containsKey(written);
    }

    /** The codes in declaration order. */
    static List<String> codes(Class<? extends Vocabulary> type) {
        return Index.OF.get(type).codes;
    }

    /** Every accepted spelling: the codes, then the Chinese terms, then the synonyms. */
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

        private final List<String> codes = new ArrayList<>();
        private final List<String> spellings;
        private final Map<String, Object> bySpelling = new HashMap<>();

        private Index(Object[] constants) {
            List<String> terms = new ArrayList<>();
            List<String> synonyms = new ArrayList<>();
            for (Object c : constants) {
                Term t = ((Vocabulary) c).term();
                codes.add(t.yaml());
                terms.add(t.zh());
                synonyms.addAll(t.synonyms());
                for (String spelling : spellings(t)) {
                    Object other = bySpelling.put(spelling, c);
                    if (other != null && other != c) {
                        throw new IllegalStateException(c.getClass().getSimpleName() + ": \"" + spelling + "\" names both " + other + " and " + c);
                    }
                }
            }
            List<String> all = new ArrayList<>(codes);
            terms.stream().filter(t -> !all.contains(t)).forEach(all::add);
            synonyms.stream().filter(t -> !all.contains(t)).forEach(all::add);
            spellings = List.copyOf(all);
        }

        private static List<String> spellings(Term t) {
            List<String> out = new ArrayList<>(List.of(t.yaml(), t.zh()));
            out.addAll(t.synonyms());
            return out;
        }
    }
}
