package juece.validate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import juece.facts.Vocabulary;

/**
 * What the dossier format allows at one place. The format ({@link DossierFormat}) is written once
 * as shapes; the validator and the JSON Schema generator both read it.
 */
public sealed interface Shape {

    /** Non-blank text (a title, a name, a reason). */
    record Text() implements Shape {
    }

    /** A calendar date written {@code YYYY-MM-DD}, that exists. */
    record Date() implements Shape {
    }

    /** {@code true} or {@code false}. */
    record Bool() implements Shape {
    }

    /** A whole number, zero or more. */
    record Count() implements Shape {
    }

    /** One fixed value. */
    record Const(String value) implements Shape {
    }

    /** 64 hexadecimal digits. */
    record Sha256() implements Shape {
    }

    /** The address of a public record: http:// or https://. */
    record Url() implements Shape {
    }

    /** One of a vocabulary's spellings. */
    record Choice(Class<? extends Vocabulary> vocabulary) implements Shape {
        public List<String> spellings() {
            return Vocabulary.spellings(vocabulary);
        }
    }

    /** A shape that depends on the dossier's kind (a normative document's scope is not a decision's). */
    record PerKind(Map<juece.facts.Kind, Shape> byKind) implements Shape {
        public PerKind {
            byKind = Map.copyOf(byKind);
        }

        /** The shape for {@code kind}; for a kind not yet known, any of them. */
        public Shape of(juece.facts.Kind kind) {
            return byKind.get(kind);
        }
    }

    /** A list; {@code nonEmpty} when at least one item is required. */
    record ListOf(Shape item, boolean nonEmpty) implements Shape {
    }

    /**
     * A mapping with known fields and checks across them; {@code byKey} indexes the fields, as every
     * key of every dossier is looked up.
     */
    record Obj(List<Field> fields, List<Check> checks, Map<String, Field> byKey) implements Shape {
        public Obj(List<Field> fields, List<Check> checks) {
            this(List.copyOf(fields), List.copyOf(checks),
                    fields.stream().collect(Collectors.toUnmodifiableMap(Field::key, f -> f)));
        }

        public Field field(String key) {
            return byKey.get(key);
        }
    }

    /** A rule across fields of one mapping. */
    sealed interface Check {
    }

    /** {@code later} is not before {@code earlier}. */
    record Order(String later, String earlier) implements Check {
    }

    /** Both fields or neither (a legality review under way has neither its date nor its conclusion). */
    record Together(String first, String second) implements Check {
    }
}
