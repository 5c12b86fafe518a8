package juece.validate;

import java.util.EnumSet;
import java.util.Set;
import juece.facts.Kind;

/**
 * A key of a mapping: its shape, when it is required, which dossier kinds may have it, and a
 * one-line description (Chinese, English) used in the JSON Schema and in error messages.
 */
public record Field(String key, Shape shape, Set<Kind> requiredFor, Set<Kind> allowedFor, String unlessPresent,
                    boolean mayBeUnknown, String zh, String en) {

    public static Field required(String key, Shape shape, String zh, String en) {
        return new Field(key, shape, EnumSet.allOf(Kind.class), EnumSet.allOf(Kind.class), null, true, zh, en);
    }

    public static Field optional(String key, Shape shape, String zh, String en) {
        return new Field(key, shape, EnumSet.noneOf(Kind.class), EnumSet.allOf(Kind.class), null, true, zh, en);
    }

    /** Only dossiers of {@code kind} may have this field. */
    public Field only(Kind kind) {
        return new Field(key, shape, intersect(requiredFor, kind), EnumSet.of(kind), unlessPresent, mayBeUnknown, zh, en);
    }

    /** Required for {@code kind}, optional for the others. */
    public Field requiredFor(Kind kind) {
        return new Field(key, shape, EnumSet.of(kind), allowedFor, unlessPresent, mayBeUnknown, zh, en);
    }

    /** Required unless {@code other} is present in the same mapping. */
    public Field unless(String other) {
        return new Field(key, shape, requiredFor, allowedFor, other, mayBeUnknown, zh, en);
    }

    /**
     * A value the dossier states about itself rather than a fact of the record (its format, kind, id,
     * profile, an evidence record's id, a waiver), which therefore cannot be written {@code unknown}.
     */
    public Field known() {
        return new Field(key, shape, requiredFor, allowedFor, unlessPresent, false, zh, en);
    }

    public boolean isRequired(Kind kind) {
        return kind == null ? requiredFor.size() == Kind.values().length : requiredFor.contains(kind);
    }

    private static Set<Kind> intersect(Set<Kind> kinds, Kind kind) {
        return kinds.contains(kind) ? EnumSet.of(kind) : EnumSet.noneOf(Kind.class);
    }
}
