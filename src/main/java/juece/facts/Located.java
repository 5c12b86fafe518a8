package juece.facts;

import java.util.Set;

/**
 * A fact that stands somewhere in a dossier: its YAML path, for the finding's line and column, and
 * which of its values the dossier wrote {@code unknown} (SPEC §3). A fact may stand for a step or a
 * list written {@code unknown} as a whole: then nothing about it is known, not even that it exists.
 */
public interface Located {
    /** In {@link #unknowns()}: the whole step, list or item was written unknown. */
    String WHOLE = "*";

    DossierKey dossier();

    String path();

    /** The names of this fact's fields written unknown, or {@link #WHOLE}. */
    default Set<String> unknowns() {
        return Set.of();
    }

    /** Whether the step or item is known to have taken place (it is not one written unknown as a whole). */
    default boolean recorded() {
        return !unknowns().contains(WHOLE);
    }

    /** Whether {@code field} is unknown (written so, or the whole fact is). */
    default boolean isUnknown(String field) {
        Set<String> u = unknowns();
        return !u.isEmpty() && (u.contains(field) || u.contains(WHOLE));
    }

    /** Where the value {@code field} was written unknown (the fact's own place when it is unknown as a whole); null when it is known. */
    default Place unknownAt(String field) {
        if (!isUnknown(field)) {
            return null;
        }
        return unknowns().contains(WHOLE) ? place() : at(field);
    }

    /** The fact's place when it stands for a step or item written unknown as a whole (it may not exist); else null. */
    default Place placeIfUnknown() {
        return recorded() ? null : place();
    }

    /** Where the fact itself stands. */
    default Place place() {
        return new Place(dossier(), path());
    }

    /** The place of one of this fact's fields, e.g. {@code legality_review.completed}. */
    default Place at(String field) {
        return new Place(dossier(), path().isEmpty() ? field : path() + "." + field);
    }
}
